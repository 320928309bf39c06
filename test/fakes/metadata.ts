/**
 * Developer metadata on the spreadsheet and on sheets: how generated tabs are recognised even after
 * a user renames them. Row, column and range metadata are not modelled. Adding or changing
 * metadata on a sheet is a change to the sheet, refused on a sheet protected against the user.
 */
import { Counted } from './calls';
import type { SpreadsheetContext } from './context';
import { enumName, FakeEnumValue } from './enums';
import { signatureError, toInt } from './errors';
import type { MetadataModel, SheetModel, Visibility } from './sheet-model';
import { FakeSheet, sheetModelOf } from './sheet';

type GasMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type GasFinder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
type GasLocation = GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation;
type GasLocationType = GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType;
type GasVisibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;
type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasRange = GoogleAppsScript.Spreadsheet.Range;

/**
 * Sorts out the overloads addDeveloperMetadata(key), (key, visibility), (key, value) and
 * (key, value, visibility). Visibility defaults to DOCUMENT.
 */
export function metadataArgs(
  key: unknown,
  second: unknown,
  third: unknown,
  method: string,
): { key: string; value: string | null; visibility: Visibility } {
  if (typeof key !== 'string') throw signatureError(method, [key, second, third]);
  if (second instanceof FakeEnumValue) {
    return {
      key,
      value: null,
      visibility: enumName(second, 'DeveloperMetadataVisibility', method) as Visibility,
    };
  }
  const value = second === undefined || second === null ? null : String(second);
  const visibility =
    third === undefined ? 'DOCUMENT' : (enumName(third, 'DeveloperMetadataVisibility', method) as Visibility);
  return { key, value, visibility };
}

export class FakeDeveloperMetadata
  extends Counted
  implements Pick<GasMetadata, keyof FakeDeveloperMetadata & keyof GasMetadata>
{
  constructor(
    private readonly ctx: SpreadsheetContext,
    readonly model: MetadataModel,
  ) {
    super(ctx.calls, 'DeveloperMetadata');
  }

  private gas(): GasMetadata {
    return this as unknown as GasMetadata;
  }

  /** Refuses a change to metadata on (or moving to) a sheet the running user may not change. */
  private changing(to: SheetModel | null = null): void {
    for (const sheet of [this.model.sheet, to]) if (sheet) this.ctx.book.checkWrite(sheet, { kind: 'sheet' });
  }

  getId(): number {
    this.hit('getId');
    return this.model.id;
  }

  getKey(): string {
    this.hit('getKey');
    return this.model.key;
  }

  getValue(): string | null {
    this.hit('getValue');
    return this.model.value;
  }

  setValue(value: string): GasMetadata {
    this.hit('setValue');
    this.changing();
    this.model.value = String(value);
    return this.gas();
  }

  setVisibility(visibility: GasVisibility): GasMetadata {
    this.hit('setVisibility');
    const method = 'SpreadsheetApp.DeveloperMetadata.setVisibility';
    const name = enumName(visibility, 'DeveloperMetadataVisibility', method) as Visibility;
    this.changing();
    this.model.visibility = name;
    return this.gas();
  }

  moveToSheet(sheet: GasSheet): GasMetadata {
    this.hit('moveToSheet');
    const to = sheetModelOf(sheet, 'SpreadsheetApp.DeveloperMetadata.moveToSheet');
    this.changing(to);
    this.model.sheet = to;
    return this.gas();
  }

  remove(): void {
    this.hit('remove');
    this.changing();
    this.model.removed = true;
  }
}

export class FakeDeveloperMetadataLocation
  extends Counted
  implements Pick<GasLocation, keyof FakeDeveloperMetadataLocation & keyof GasLocation>
{
  constructor(
    private readonly ctx: SpreadsheetContext,
    private readonly sheet: SheetModel | null,
  ) {
    super(ctx.calls, 'DeveloperMetadataLocation');
  }

  getSheet(): GasSheet | null {
    this.hit('getSheet');
    return this.sheet ? (new FakeSheet(this.ctx, this.sheet) as unknown as GasSheet) : null;
  }

  getRow(): GasRange | null {
    this.hit('getRow');
    return null;
  }

  getColumn(): GasRange | null {
    this.hit('getColumn');
    return null;
  }
}

/** Finds metadata in the whole spreadsheet (scope null) or on one sheet. */
export class FakeDeveloperMetadataFinder
  extends Counted
  implements Pick<GasFinder, keyof FakeDeveloperMetadataFinder & keyof GasFinder>
{
  private readonly filters: ((m: MetadataModel) => boolean)[] = [];

  constructor(
    private readonly ctx: SpreadsheetContext,
    private readonly scope: SheetModel | null,
  ) {
    super(ctx.calls, 'DeveloperMetadataFinder');
  }

  private where(filter: (m: MetadataModel) => boolean): GasFinder {
    this.filters.push(filter);
    return this;
  }

  withKey(key: string): GasFinder {
    this.hit('withKey');
    return this.where((m) => m.key === key);
  }

  withValue(value: string): GasFinder {
    this.hit('withValue');
    return this.where((m) => m.value === value);
  }

  withId(id: number): GasFinder {
    this.hit('withId');
    const wanted = toInt(id, 'SpreadsheetApp.DeveloperMetadataFinder.withId');
    return this.where((m) => m.id === wanted);
  }

  withVisibility(visibility: GasVisibility): GasFinder {
    this.hit('withVisibility');
    const name = enumName(
      visibility,
      'DeveloperMetadataVisibility',
      'SpreadsheetApp.DeveloperMetadataFinder.withVisibility',
    );
    return this.where((m) => m.visibility === name);
  }

  withLocationType(locationType: GasLocationType): GasFinder {
    this.hit('withLocationType');
    const name = enumName(
      locationType,
      'DeveloperMetadataLocationType',
      'SpreadsheetApp.DeveloperMetadataFinder.withLocationType',
    );
    return this.where((m) => (m.sheet ? 'SHEET' : 'SPREADSHEET') === name);
  }

  /** Only exact locations are modelled, so intersecting ones add nothing. */
  onIntersectingLocations(): GasFinder {
    this.hit('onIntersectingLocations');
    return this;
  }

  find(): GasMetadata[] {
    this.hit('find');
    return this.ctx.book.metadata
      .filter(
        (m) =>
          !m.removed && (this.scope === null || m.sheet === this.scope) && this.filters.every((f) => f(m)),
      )
      .map((m) => new FakeDeveloperMetadata(this.ctx, m) as unknown as GasMetadata);
  }
}
