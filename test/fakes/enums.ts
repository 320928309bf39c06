/**
 * Apps Script enums. The real values are Java enum objects whose toString() is the member name, and
 * they are compared by identity (`type === SpreadsheetApp.ProtectionType.SHEET`). The fakes use one
 * frozen object per member, shared by every fake environment, so identity comparisons work across
 * `SpreadsheetApp.X`, `Ui.X` and values stored earlier. Objects rather than strings also keep
 * overloads such as addDeveloperMetadata(key, visibility) and addDeveloperMetadata(key, value)
 * apart, as they are in Apps Script.
 */
import { signatureError } from './errors';

export class FakeEnumValue {
  constructor(
    readonly enumType: string,
    readonly name: string,
  ) {
    Object.freeze(this);
  }

  toString(): string {
    return this.name;
  }
}

/** Builds enum `E` (an Apps Script enum type) from its member names, which the compiler checks. */
function fakeEnum<E extends object>(enumType: string, names: readonly (keyof E & string)[]): E {
  const members: Record<string, FakeEnumValue> = {};
  for (const name of names) members[name] = new FakeEnumValue(enumType, name);
  // The one unchecked step: our objects stand in for the ambient enum's values.
  return Object.freeze(members) as unknown as E;
}

/**
 * The member name of an enum value of the expected type, or the error Apps Script gives for an
 * argument of the wrong type.
 */
export function enumName(value: unknown, enumType: string, method: string): string {
  if (value instanceof FakeEnumValue && value.enumType === enumType) return value.name;
  throw signatureError(method, [value]);
}

type Sheets = typeof GoogleAppsScript.Spreadsheet;

export const ProtectionType = fakeEnum<Sheets['ProtectionType']>('ProtectionType', ['RANGE', 'SHEET']);
export const Button = fakeEnum<typeof GoogleAppsScript.Base.Button>('Button', [
  'CLOSE',
  'OK',
  'CANCEL',
  'YES',
  'NO',
]);
export const ButtonSet = fakeEnum<typeof GoogleAppsScript.Base.ButtonSet>('ButtonSet', [
  'OK',
  'OK_CANCEL',
  'YES_NO',
  'YES_NO_CANCEL',
]);
export const ChartType = fakeEnum<typeof GoogleAppsScript.Charts.ChartType>('ChartType', [
  'AREA',
  'BAR',
  'COLUMN',
  'COMBO',
  'LINE',
  'PIE',
  'SCATTER',
  'TABLE',
]);
