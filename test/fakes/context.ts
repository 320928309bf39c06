/** What every fake of the Spreadsheet service shares: the call counter, the workbook and who runs. */
import type { Accounts } from './accounts';
import { Counted, type CallCounter } from './calls';
import type { BookModel, SheetModel } from './sheet-model';

export interface SpreadsheetContext {
  readonly calls: CallCounter;
  readonly book: BookModel;
  readonly accounts: Accounts;
}

/**
 * A service object tied to one sheet (Sheet, Range, RangeList, Protection). Like the real ones it
 * stops working once its sheet is deleted; the check runs after the call is counted.
 */
export abstract class SheetBound extends Counted {
  protected constructor(
    protected readonly ctx: SpreadsheetContext,
    serviceName: string,
    private readonly boundSheet: SheetModel,
  ) {
    super(ctx.calls, serviceName);
  }

  protected override hit(method: string): void {
    super.hit(method);
    if (this.boundSheet.deleted) throw new Error(`The sheet "${this.boundSheet.name}" has been deleted.`);
  }
}
