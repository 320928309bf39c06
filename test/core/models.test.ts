import { validateNominations } from '../../src/core/validate/validate';
import { readWorkbook } from '../../src/core/workbook/read-workbook';
import { goodRow, HEADERS, nominationGrid, referenceTabs, type Row } from '../support/workbook';

const WITH_CODE = [...HEADERS, 'Mã mô hình'];
const NAME = 'Tên mô hình, tập thể, cá nhân, hộ gia đình';

function check(rows: (Row & { 'Mã mô hình'?: string })[]) {
  return validateNominations(
    readWorkbook([...referenceTabs(), { name: 'Đề cử', values: nominationGrid(rows, WITH_CODE) }]),
  );
}

/** One household's rows, a year each, at these stages (and decisions). */
function path(steps: [number, string, string?][], overrides: Row = {}) {
  return steps.map(([year, stage, decision]) =>
    goodRow({ Năm: year, 'Giai đoạn': stage, 'Kết quả xét': decision ?? '', ...overrides }),
  );
}

const PATH_CODES = [
  'W_STAGE_BACKWARDS',
  'W_STAGE_SKIPPED',
  'W_STAGE_STUCK',
  'W_NOT_REPLICATED',
  'W_MODEL_AMBIGUOUS',
];
/** What a model's path shows (the tracking tab's flags) and the names that could be two models. */
const pathIssues = (result: ReturnType<typeof check>) =>
  [
    ...result.models.flatMap((m) => m.flags.map((f) => ({ row: f.row.row, code: f.code }))),
    ...result.issues.filter((i) => i.code === 'W_MODEL_AMBIGUOUS'),
  ]
    .filter((i) => PATH_CODES.includes(i.code))
    .map((i) => `${i.row} ${i.code}`)
    .sort();
const flagMessages = (result: ReturnType<typeof check>, code: string) =>
  result.models.flatMap((m) => m.flags.filter((f) => f.code === code).map((f) => f.message));
/** What the rows' own check column says of their path. */
const rowPathIssues = (result: ReturnType<typeof check>) =>
  result.issues
    .filter((i) => PATH_CODES.includes(i.code) && i.code !== 'W_MODEL_AMBIGUOUS')
    .map((i) => `${i.row} ${i.code}`);

describe('one model, many years: the four stages', () => {
  it('a model that walks Phát hiện, Bồi dưỡng, Tổng kết, Nhân rộng a year at a time raises no path flag', () => {
    const result = check(
      path([
        [2021, 'Phát hiện'],
        [2022, 'Bồi dưỡng'],
        [2023, 'Tổng kết', 'Công nhận'],
        [2025, 'Nhân rộng'],
      ]),
    );
    expect(pathIssues(result)).toEqual([]);
    expect(result.models).toHaveLength(1);
    expect(result.models[0].rows.map((r) => r.year)).toEqual([2021, 2022, 2023, 2025]);
  });

  it('a stage that goes back is W_STAGE_BACKWARDS, on the row too when it is the model’s latest year', () => {
    const result = check(
      path([
        [2022, 'Tổng kết'],
        [2023, 'Bồi dưỡng'],
      ]),
    );
    expect(pathIssues(result)).toEqual(['3 W_STAGE_BACKWARDS']);
    expect(rowPathIssues(result)).toEqual(['3 W_STAGE_BACKWARDS']);
    expect(result.issues.find((i) => i.code === 'W_STAGE_BACKWARDS')?.message).toBe(
      'Khâu lùi từ “Tổng kết” (năm 2022) về “Bồi dưỡng” (năm 2023); kiểm tra lại khâu của năm nay, hoặc ghi lý do vào cột Ghi chú.',
    );
  });

  it('a stage jumped over is W_STAGE_SKIPPED, naming the stage, in the model’s path only', () => {
    const result = check(
      path([
        [2022, 'Phát hiện'],
        [2023, 'Tổng kết'],
      ]),
    );
    expect(pathIssues(result)).toEqual(['3 W_STAGE_SKIPPED']);
    expect(rowPathIssues(result)).toEqual([]);
    expect(flagMessages(result, 'W_STAGE_SKIPPED')[0]).toContain('bỏ qua khâu “Bồi dưỡng”');
  });

  it('two years or more at one stage is W_STAGE_STUCK, from the year it began, in the model’s path only', () => {
    const result = check(
      path([
        [2021, 'Bồi dưỡng'],
        [2022, 'Bồi dưỡng'],
        [2023, 'Bồi dưỡng'],
      ]),
    );
    expect(pathIssues(result)).toEqual(['3 W_STAGE_STUCK', '4 W_STAGE_STUCK']);
    expect(rowPathIssues(result)).toEqual([]);
    expect(flagMessages(result, 'W_STAGE_STUCK')[1]).toContain('từ năm 2021 đến năm 2023');
  });

  it('recognised but short of Nhân rộng is W_NOT_REPLICATED once the period’s last year has rows, not before', () => {
    const model = path([
      [2022, 'Phát hiện', 'Công nhận'],
      [2023, 'Bồi dưỡng'],
    ]);
    expect(pathIssues(check(model))).toEqual([]);
    const other = goodRow({ Năm: 2025, [NAME]: 'Hộ bà Triệu Thị Mai' });
    expect(pathIssues(check([...model, other]))).toEqual(['3 W_NOT_REPLICATED']);
    expect(rowPathIssues(check([...model, other]))).toEqual([]);
  });

  it('a model recognised only in the period’s last year is not W_NOT_REPLICATED: it had no year to be', () => {
    const model = path([
      [2024, 'Phát hiện'],
      [2025, 'Bồi dưỡng', 'Công nhận'],
    ]);
    expect(pathIssues(check(model))).toEqual([]);
  });

  it('an older step backwards stays in the model’s path, off the row', () => {
    const result = check(
      path([
        [2021, 'Tổng kết'],
        [2022, 'Bồi dưỡng'],
        [2023, 'Tổng kết'],
      ]),
    );
    expect(pathIssues(result)).toEqual(['3 W_STAGE_BACKWARDS']);
    expect(rowPathIssues(result)).toEqual([]);
  });
});

describe('which rows are one model', () => {
  it('rows with the same Mã mô hình are one model even when the name was written differently', () => {
    const result = check([
      goodRow({ Năm: 2022, 'Mã mô hình': 'MH-07' } as Row),
      goodRow({
        Năm: 2023,
        [NAME]: 'Hộ gia đình ông Hoàng Văn Sáu',
        'Giai đoạn': 'Bồi dưỡng',
        'Mã mô hình': 'mh-07',
      } as Row),
    ]);
    expect(result.models).toHaveLength(1);
  });

  it('different codes keep two rows of the same name apart, so no path flag joins them', () => {
    const result = check([
      goodRow({ Năm: 2022, 'Giai đoạn': 'Tổng kết', 'Mã mô hình': 'MH-1' } as Row),
      goodRow({ Năm: 2023, 'Mã mô hình': 'MH-2' } as Row),
    ]);
    expect(result.models).toHaveLength(2);
    expect(pathIssues(result)).toEqual([]);
  });

  it('the same name and subject in two unit families is shown as W_MODEL_AMBIGUOUS and never merged', () => {
    const result = check([goodRow({ Năm: 2022 }), goodRow({ Năm: 2023, 'Đơn vị đề nghị': 'X02' })]);
    expect(result.models).toHaveLength(2);
    expect(pathIssues(result)).toEqual(['2 W_MODEL_AMBIGUOUS', '3 W_MODEL_AMBIGUOUS']);
    expect(result.issues.find((i) => i.code === 'W_MODEL_AMBIGUOUS')?.message).toContain('“Mã mô hình”');
  });
});

describe('linking and unlinking models with Mã mô hình', () => {
  it('a later row without a code joins the one model its name was coded as', () => {
    const result = check([
      ...path([
        [2021, 'Phát hiện'],
        [2022, 'Bồi dưỡng'],
      ]).map((r) => ({ ...r, 'Mã mô hình': 'MH-X01-2021-01' })),
      ...path([[2023, 'Tổng kết']]),
    ]);
    expect(result.models).toHaveLength(1);
    expect(result.models[0].code).toBe('MH-X01-2021-01');
    expect(result.models[0].rows.map((r) => r.year)).toEqual([2021, 2022, 2023]);
    expect(pathIssues(result)).toEqual([]);
  });

  it('one name coded as two models: a row without a code is not guessed into either', () => {
    const result = check([
      { ...goodRow({ Năm: 2021 }), 'Mã mô hình': 'A' },
      { ...goodRow({ Năm: 2022, 'Giai đoạn': 'Bồi dưỡng' }), 'Mã mô hình': 'B' },
      goodRow({ Năm: 2023, 'Giai đoạn': 'Tổng kết' }),
    ]);
    expect(result.models.map((m) => m.code).sort()).toEqual(['', 'A', 'B']);
    const warning = result.issues.find((i) => i.code === 'W_MODEL_AMBIGUOUS');
    expect(warning?.row).toBe(4);
    expect(warning?.message).toContain('mã của mô hình mà nó tiếp nối');
  });

  it('two rows of different names with one code are one model: the user linked them', () => {
    const result = check([
      { ...goodRow({ Năm: 2021, [NAME]: 'Hộ ông Hoàng Văn Sáu' }), 'Mã mô hình': 'M1' },
      {
        ...goodRow({ Năm: 2022, [NAME]: 'Hộ bà Hoàng Thị Sáu', 'Giai đoạn': 'Bồi dưỡng' }),
        'Mã mô hình': 'm1',
      },
    ]);
    expect(result.models).toHaveLength(1);
  });
});
