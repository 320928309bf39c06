/** SpreadsheetApp: the entry point, bound to the one spreadsheet of the environment. */
import { Counted } from './calls';
import type { SpreadsheetContext } from './context';
import { ProtectionType } from './enums';
import { FakeRichTextValueBuilder } from './rich-text';
import type { FakeSpreadsheet } from './spreadsheet';
import type { FakeUi } from './ui';
import { FakeDataValidationBuilder } from './validation';

type GasApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GasUi = GoogleAppsScript.Base.Ui;
type GasValidationBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type GasRichTextBuilder = GoogleAppsScript.Spreadsheet.RichTextValueBuilder;

export class FakeSpreadsheetApp
  extends Counted
  implements Pick<GasApp, keyof FakeSpreadsheetApp & keyof GasApp>
{
  readonly ProtectionType = ProtectionType;

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

  getUi(): GasUi {
    this.hit('getUi');
    return this.ui as unknown as GasUi;
  }

  newDataValidation(): GasValidationBuilder {
    this.hit('newDataValidation');
    return new FakeDataValidationBuilder(this.ctx) as unknown as GasValidationBuilder;
  }

  newRichTextValue(): GasRichTextBuilder {
    this.hit('newRichTextValue');
    return new FakeRichTextValueBuilder(this.calls) as unknown as GasRichTextBuilder;
  }
}
