import type { Random } from './random';

/**
 * How models live in the demo: a unit puts a model forward again in later years, usually a stage
 * further on, sometimes stuck where it was, now and then skipping a stage or slipping back, as the
 * plan's four stages (Phát hiện – Bồi dưỡng – Tổng kết – Nhân rộng) are walked in real units.
 */
export interface LiveModel<Row> {
  row: Row;
  stage: number;
  year: number;
}

export class ModelPool<Row> {
  private readonly live = new Map<string, LiveModel<Row>[]>();

  constructor(private readonly stages: number) {}

  /** A model of `unit` last put forward the year before, taken out of the pool; null most of the time. */
  takeContinuing(rng: Random, unit: string, year: number): LiveModel<Row> | null {
    const pool = this.live.get(unit) ?? [];
    const ready = pool.filter((m) => m.year === year - 1);
    if (ready.length === 0 || !rng.chance(0.6)) return null;
    const model = rng.pick(ready);
    pool.splice(pool.indexOf(model), 1);
    return model;
  }

  /** The stage a continuing model reaches this year. */
  nextStage(rng: Random, stage: number): number {
    const roll = rng.next();
    const step = roll < 0.66 ? 1 : roll < 0.84 ? 0 : roll < 0.93 ? 2 : -1;
    return Math.max(0, Math.min(this.stages - 1, stage + step));
  }

  /** The stage a new model is first put forward at: nearly always the first. */
  firstStage(rng: Random): number {
    const roll = rng.next();
    return roll < 0.78 ? 0 : roll < 0.95 ? 1 : 2;
  }

  /** Keeps a model for later years unless it has reached the last stage. */
  keep(unit: string, model: LiveModel<Row>): void {
    if (model.stage >= this.stages - 1) return;
    this.live.set(unit, [...(this.live.get(unit) ?? []), model]);
  }
}

/**
 * Models planted in the Ba Bể demo with a known path, and the flags the checker must give each: the
 * demo's answer key, checked through both doors by the tests.
 */
export const PLANTED_MODELS: {
  name: string;
  unit: string;
  steps: [year: number, stage: string, decision?: string][];
  flags: string[];
}[] = [
  {
    name: 'Hộ ông Nông Văn Tiến',
    unit: 'X01',
    steps: [
      [2021, 'Phát hiện'],
      [2022, 'Bồi dưỡng'],
      [2023, 'Tổng kết', 'Công nhận'],
      [2024, 'Nhân rộng', 'Công nhận'],
    ],
    flags: [],
  },
  {
    name: 'Hộ bà Lương Thị Hoa',
    unit: 'X02',
    steps: [
      [2021, 'Tổng kết'],
      [2022, 'Bồi dưỡng'],
    ],
    flags: ['khâu lùi'],
  },
  {
    name: 'Hộ ông Lý Văn Pảo',
    unit: 'X03',
    steps: [
      [2021, 'Phát hiện'],
      [2022, 'Phát hiện'],
      [2023, 'Phát hiện'],
    ],
    flags: ['dừng ở một khâu'],
  },
  {
    name: 'Hộ ông Ma Văn Dũng',
    unit: 'X05',
    steps: [
      [2022, 'Phát hiện'],
      [2023, 'Tổng kết'],
    ],
    flags: ['bỏ qua khâu'],
  },
  {
    name: 'Hộ ông Hà Văn Tường',
    unit: 'X06',
    steps: [
      [2023, 'Bồi dưỡng', 'Công nhận'],
      [2025, 'Tổng kết'],
    ],
    flags: ['chưa nhân rộng'],
  },
];
