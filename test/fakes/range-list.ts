/** RangeList: counted wrapper over several Regions of one sheet. */
import { type WrapStrategyName } from './cells';
import { SheetBound, type SpreadsheetContext } from './context';
import { enumName } from './enums';
import { signatureError, toInt } from './errors';
import {
  borderSpec,
  clearParts,
  setFormat,
  wrapOf,
  type ClearOptions,
  type VerticalAlignment,
} from './range-ops';
import type { Region } from './region';
import type { SheetModel } from './sheet-model';
type GasRangeList = GoogleAppsScript.Spreadsheet.RangeList;
type GasBorderStyle = GoogleAppsScript.Spreadsheet.BorderStyle;
type GasWrapStrategy = GoogleAppsScript.Spreadsheet.WrapStrategy;
type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;

/**
 * RangeList: the batched way to format scattered ranges in one call. Each method applies to every
 * range and counts once.
 */
export class FakeRangeList
  extends SheetBound
  implements Pick<GasRangeList, keyof FakeRangeList & keyof GasRangeList>
{
  constructor(
    ctx: SpreadsheetContext,
    sheet: SheetModel,
    readonly regions: readonly Region[],
  ) {
    super(ctx, 'RangeList', sheet);
  }

  private gas(): GasRangeList {
    return this as unknown as GasRangeList;
  }

  /** Applies a write to every range, once the running user may write to all of them. */
  private each(apply: (region: Region) => void): GasRangeList {
    for (const region of this.regions) region.checkWritable();
    for (const region of this.regions) apply(region);
    return this.gas();
  }

  activate(): GasRangeList {
    this.hit('activate');
    const last = this.regions[this.regions.length - 1];
    if (!last) return this.gas();
    this.ctx.book.activeSheet = last.sheet;
    last.sheet.activeRange = {
      row: last.row,
      column: last.column,
      numRows: last.numRows,
      numColumns: last.numColumns,
    };
    return this.gas();
  }

  breakApart(): GasRangeList {
    this.hit('breakApart');
    return this.each((region) => region.breakApart());
  }

  clear(options?: ClearOptions): GasRangeList {
    this.hit('clear');
    return this.each((region) => region.clear(clearParts(options)));
  }

  setValue(value: unknown): GasRangeList {
    this.hit('setValue');
    return this.each((region) => region.enter(region.read(() => value)));
  }

  setFormula(formula: string): GasRangeList {
    this.hit('setFormula');
    return this.each((region) => region.enter(region.read(() => formula)));
  }

  setNumberFormat(numberFormat: string): GasRangeList {
    this.hit('setNumberFormat');
    if (typeof numberFormat !== 'string')
      throw signatureError('SpreadsheetApp.RangeList.setNumberFormat', [numberFormat]);
    return this.each((region) => setFormat(region, 'numberFormat', numberFormat));
  }

  setFontFamily(fontFamily: string | null): GasRangeList {
    this.hit('setFontFamily');
    return this.each((region) => setFormat(region, 'fontFamily', fontFamily));
  }

  setFontSize(size: number): GasRangeList {
    this.hit('setFontSize');
    const points = toInt(size, 'SpreadsheetApp.RangeList.setFontSize');
    return this.each((region) => setFormat(region, 'fontSize', points));
  }

  setFontWeight(fontWeight: FontWeight | null): GasRangeList {
    this.hit('setFontWeight');
    return this.each((region) => setFormat(region, 'fontWeight', fontWeight));
  }

  setVerticalAlignment(alignment: VerticalAlignment | null): GasRangeList {
    this.hit('setVerticalAlignment');
    return this.each((region) => setFormat(region, 'verticalAlignment', alignment));
  }

  setWrap(isWrapEnabled: boolean): GasRangeList {
    this.hit('setWrap');
    return this.each((region) => setFormat(region, 'wrapStrategy', wrapOf(isWrapEnabled)));
  }

  setWrapStrategy(strategy: GasWrapStrategy): GasRangeList {
    this.hit('setWrapStrategy');
    const name = enumName(
      strategy,
      'WrapStrategy',
      'SpreadsheetApp.RangeList.setWrapStrategy',
    ) as WrapStrategyName;
    return this.each((region) => setFormat(region, 'wrapStrategy', name));
  }

  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontalLine: boolean | null,
    color?: string | null,
    style?: GasBorderStyle | null,
  ): GasRangeList {
    this.hit('setBorder');
    const spec = borderSpec(
      [top, left, bottom, right, vertical, horizontalLine, color, style],
      'SpreadsheetApp.RangeList.setBorder',
    );
    return this.each((region) => setFormat(region, 'border', spec));
  }
}
