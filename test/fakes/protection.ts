/** Protection of a whole sheet or of a range; editors are not modelled (the owner can always edit). */
import { SheetBound, type SpreadsheetContext } from './context';
import { ProtectionType } from './enums';
import { FakeRange } from './range';
import { Region, type ProtectionModel } from './sheet-model';

type GasProtection = GoogleAppsScript.Spreadsheet.Protection;
type GasProtectionType = GoogleAppsScript.Spreadsheet.ProtectionType;
type GasRange = GoogleAppsScript.Spreadsheet.Range;

export class FakeProtection
  extends SheetBound
  implements Pick<GasProtection, keyof FakeProtection & keyof GasProtection>
{
  constructor(
    ctx: SpreadsheetContext,
    readonly model: ProtectionModel,
  ) {
    super(ctx, 'Protection', model.sheet);
  }

  private gas(): GasProtection {
    return this as unknown as GasProtection;
  }

  getProtectionType(): GasProtectionType {
    this.hit('getProtectionType');
    return ProtectionType[this.model.kind];
  }

  getRange(): GasRange {
    this.hit('getRange');
    const { sheet, rect } = this.model;
    const region = rect
      ? new Region(sheet, rect.row, rect.column, rect.numRows, rect.numColumns)
      : new Region(sheet, 1, 1, sheet.maxRows, sheet.maxColumns);
    return new FakeRange(this.ctx, region) as unknown as GasRange;
  }

  getDescription(): string {
    this.hit('getDescription');
    return this.model.description;
  }

  setDescription(description: string): GasProtection {
    this.hit('setDescription');
    this.model.description = String(description);
    return this.gas();
  }

  /** Warning-only: editors may edit after confirming a warning. */
  isWarningOnly(): boolean {
    this.hit('isWarningOnly');
    return this.model.warningOnly;
  }

  setWarningOnly(warningOnly: boolean): GasProtection {
    this.hit('setWarningOnly');
    this.model.warningOnly = Boolean(warningOnly);
    return this.gas();
  }

  canEdit(): boolean {
    this.hit('canEdit');
    return true;
  }

  remove(): void {
    this.hit('remove');
    this.model.removed = true;
    const list = this.model.sheet.protections;
    const index = list.indexOf(this.model);
    if (index >= 0) list.splice(index, 1);
  }
}
