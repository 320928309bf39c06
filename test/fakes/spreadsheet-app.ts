/** SpreadsheetApp: the entry point, bound to the one spreadsheet of the environment. */
import { Counted } from './calls';
import type { SpreadsheetContext } from './context';
import {
  BorderStyle,
  DataValidationCriteria,
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  Dimension,
  ProtectionType,
  WrapStrategy,
} from './enums';
import { FakeRange } from './range';
import { FakeRichTextValueBuilder } from './rich-text';
import { FakeSheet, sheetModelOf } from './sheet';
import { Region } from './region';
import type { FakeSpreadsheet } from './spreadsheet';
import type { FakeUi } from './ui';
import { FakeDataValidationBuilder } from './validation';

type GasApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasRange = GoogleAppsScript.Spreadsheet.Range;
type GasUi = GoogleAppsScript.Base.Ui;
type GasValidationBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type GasRichTextBuilder = GoogleAppsScript.Spreadsheet.RichTextValueBuilder;

export class FakeSpreadsheetApp
  extends Counted
  implements Pick<GasApp, keyof FakeSpreadsheetApp & keyof GasApp>
{
  readonly BorderStyle = BorderStyle;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly Dimension = Dimension;
  readonly ProtectionType = ProtectionType;
  readonly WrapStrategy = WrapStrategy;

  constructor(
    private readonly ctx: SpreadsheetContext,
    private readonly spreadsheet: FakeSpreadsheet,
    private readonly ui: FakeUi,
  ) {
    super(ctx.calls, 'SpreadsheetApp');
  }

  getActive(): GasSpreadsheet {
    this.hit('getActive');
    return this.spreadsheet.asGas();
  }

  getActiveSheet(): GasSheet {
    this.hit('getActiveSheet');
    return new FakeSheet(this.ctx, this.ctx.book.activeSheet) as unknown as GasSheet;
  }

  setActiveSheet(sheet: GasSheet, restoreSelection?: boolean): GasSheet {
    this.hit('setActiveSheet');
    void restoreSelection;
    this.ctx.book.activeSheet = sheetModelOf(sheet, 'SpreadsheetApp.setActiveSheet');
    return sheet;
  }

  getActiveRange(): GasRange {
    this.hit('getActiveRange');
    const sheet = this.ctx.book.activeSheet;
    const { row, column, numRows, numColumns } = sheet.activeRange;
    return new FakeRange(
      this.ctx,
      new Region(sheet, row, column, numRows, numColumns),
    ) as unknown as GasRange;
  }

  /** Throws where Apps Script has no user interface (see FakeUi.available). */
  getUi(): GasUi {
    this.hit('getUi');
    if (!this.ui.available) throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
    return this.ui as unknown as GasUi;
  }

  newDataValidation(): GasValidationBuilder {
    this.hit('newDataValidation');
    return new FakeDataValidationBuilder(this.ctx) as unknown as GasValidationBuilder;
  }

  newRichTextValue(): GasRichTextBuilder {
    this.hit('newRichTextValue');
    return new FakeRichTextValueBuilder(this.calls);
  }
}
