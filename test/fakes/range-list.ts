/** RangeList: counted wrapper over several Regions of one sheet. */
import { normaliseColor, type WrapStrategyName } from './cells';
import { SheetBound, type SpreadsheetContext } from './context';
import { enumName } from './enums';
import { signatureError, toInt } from './errors';
import { FakeRange } from './range';
import {
  borderSpec,
  CLEAR_CONTENTS,
  CLEAR_FORMATS,
  CLEAR_NOTES,
  CLEAR_VALIDATIONS,
  clearParts,
  horizontal,
  setFormat,
  wrapOf,
  type ClearOptions,
  type HorizontalAlignment,
  type VerticalAlignment,
} from './range-ops';
import type { Region } from './region';
import type { SheetModel } from './sheet-model';

type GasRange = GoogleAppsScript.Spreadsheet.Range;
type GasRangeList = GoogleAppsScript.Spreadsheet.RangeList;
type GasBorderStyle = GoogleAppsScript.Spreadsheet.BorderStyle;
type GasWrapStrategy = GoogleAppsScript.Spreadsheet.WrapStrategy;
type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;
type FontStyle = GoogleAppsScript.Spreadsheet.FontStyle;
type FontLine = GoogleAppsScript.Spreadsheet.FontLine;

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

  getRanges(): GasRange[] {
    this.hit('getRanges');
    return this.regions.map((region) => new FakeRange(this.ctx, region) as unknown as GasRange);
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

  clearContent(): GasRangeList {
    this.hit('clearContent');
    return this.each((region) => region.clear(CLEAR_CONTENTS));
  }

  clearFormat(): GasRangeList {
    this.hit('clearFormat');
    return this.each((region) => region.clear(CLEAR_FORMATS));
  }

  clearNote(): GasRangeList {
    this.hit('clearNote');
    return this.each((region) => region.clear(CLEAR_NOTES));
  }

  clearDataValidations(): GasRangeList {
    this.hit('clearDataValidations');
    return this.each((region) => region.clear(CLEAR_VALIDATIONS));
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

  setBackground(color: string | null): GasRangeList {
    this.hit('setBackground');
    return this.each((region) => setFormat(region, 'background', normaliseColor(color)));
  }

  setFontColor(color: string | null): GasRangeList {
    this.hit('setFontColor');
    return this.each((region) => setFormat(region, 'fontColor', normaliseColor(color)));
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

  setFontStyle(fontStyle: FontStyle | null): GasRangeList {
    this.hit('setFontStyle');
    return this.each((region) => setFormat(region, 'fontStyle', fontStyle));
  }

  setFontLine(fontLine: FontLine | null): GasRangeList {
    this.hit('setFontLine');
    return this.each((region) => setFormat(region, 'fontLine', fontLine));
  }

  setHorizontalAlignment(alignment: HorizontalAlignment | null): GasRangeList {
    this.hit('setHorizontalAlignment');
    return this.each((region) => setFormat(region, 'horizontalAlignment', horizontal(alignment)));
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

  setNote(note: string | null): GasRangeList {
    this.hit('setNote');
    return this.each((region) =>
      region.forEach((cell) => {
        cell.note = note === null ? '' : String(note);
      }),
    );
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
