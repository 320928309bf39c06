/**
 * Embedded charts: Sheet.newChart's builder records what a chart is drawn from (its type, ranges,
 * options and anchor); Sheet.insertChart keeps it on the sheet, so it goes when the sheet does.
 * Nothing is drawn. The Charts global holds the ChartType enum the builder takes.
 */
import { CallCounter, Counted } from './calls';
import { ChartType, enumName } from './enums';
import { signatureError, toInt } from './errors';
import { FakeRange } from './range';
import type { GridRect, SheetModel } from './sheet-model';

type GasBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type GasChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

/** What a chart was built from, for test assertions. */
export interface ChartModel {
  type: string;
  /** Each range added, on its sheet (which keeps it when renamed), in order. */
  ranges: (GridRect & { sheet: SheetModel })[];
  transposed: boolean;
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number } | null;
}

/** The `Charts` service: only its ChartType enum, which needs no call. */
export const FakeCharts = Object.freeze({ ChartType });

export class FakeEmbeddedChart extends Counted {
  constructor(
    calls: CallCounter,
    /** What it was built from; for test assertions. */
    readonly model: ChartModel,
  ) {
    super(calls, 'EmbeddedChart');
  }
}

export class FakeEmbeddedChartBuilder
  extends Counted
  implements Pick<GasBuilder, keyof FakeEmbeddedChartBuilder & keyof GasBuilder>
{
  private readonly model: ChartModel = {
    type: 'LINE',
    ranges: [],
    transposed: false,
    options: {},
    position: null,
  };

  constructor(calls: CallCounter) {
    super(calls, 'EmbeddedChartBuilder');
  }

  private gas(): GasBuilder {
    return this as unknown as GasBuilder;
  }

  setChartType(type: GoogleAppsScript.Charts.ChartType): GasBuilder {
    this.hit('setChartType');
    this.model.type = enumName(type, 'ChartType', 'EmbeddedChartBuilder.setChartType');
    return this.gas();
  }

  addRange(range: GoogleAppsScript.Spreadsheet.Range): GasBuilder {
    this.hit('addRange');
    if (!(range instanceof FakeRange)) throw signatureError('EmbeddedChartBuilder.addRange', [range]);
    const { row, column, numRows, numColumns, sheet } = range.region;
    this.model.ranges.push({ row, column, numRows, numColumns, sheet });
    return this.gas();
  }

  setTransposeRowsAndColumns(transpose: boolean): GasBuilder {
    this.hit('setTransposeRowsAndColumns');
    this.model.transposed = transpose;
    return this.gas();
  }

  setOption(option: string, value: unknown): GasBuilder {
    this.hit('setOption');
    this.model.options[option] = value;
    return this.gas();
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): GasBuilder {
    this.hit('setPosition');
    const method = 'EmbeddedChartBuilder.setPosition';
    this.model.position = {
      row: toInt(anchorRowPos, method),
      column: toInt(anchorColPos, method),
      offsetX: toInt(offsetX, method),
      offsetY: toInt(offsetY, method),
    };
    return this.gas();
  }

  build(): GasChart {
    this.hit('build');
    const { ranges, options, position } = this.model;
    const copy = {
      ...this.model,
      ranges: [...ranges],
      options: { ...options },
      position: position && { ...position },
    };
    return new FakeEmbeddedChart(this.calls, copy) as unknown as GasChart;
  }
}
