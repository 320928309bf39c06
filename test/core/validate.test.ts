import { capText, CELL_LIMIT } from '../../src/core/cells';
import {
  allCriteria,
  check,
  codesAt,
  goodRow,
  HEADERS,
  nominationGrid,
  type Row,
  referenceTabs,
} from '../support/workbook';
import { validateNominations } from '../../src/core/validate/validate';
import { readWorkbook } from '../../src/core/workbook/read-workbook';

const NAME = 'Tên mô hình, tập thể, cá nhân, hộ gia đình';

describe('a valid row', () => {
  it('has no issue and counts as valid', () => {
    const result = check([goodRow()]);
    expect(result.issues).toEqual([]);
    expect(result.summary).toEqual({ rows: 1, valid: 1, errors: 0, warnings: 0 });
    expect(result.rows[0]).toMatchObject({
      year: 2024,
      unit: 'X01',
      subject: 'H',
      field: '2.4',
      valid: true,
    });
  });
});

describe('required cells (E_REQUIRED)', () => {
  it.each(['Năm', 'Đơn vị đề nghị', NAME, 'Đối tượng', 'Lĩnh vực', 'Thành tích tóm tắt'])(
    'a blank “%s” is an error',
    (column) => {
      const result = check([goodRow({ [column]: '   ' })]);
      expect(result.issues).toContainEqual(
        expect.objectContaining({ code: 'E_REQUIRED', column, row: 2, severity: 'error' }),
      );
      expect(result.summary.valid).toBe(0);
    },
  );

  it('a formula error such as #N/A counts as missing and says so', () => {
    const result = check([goodRow({ 'Đơn vị đề nghị': '#N/A' })]);
    const required = result.issues.find((i) => i.code === 'E_REQUIRED');
    expect(required?.message).toContain('#N/A');
    expect(codesAt(result, 2)).toEqual(['E_REQUIRED']);
  });

  it('skips blank rows between filled ones without reporting them', () => {
    const result = check([goodRow(), {}, goodRow({ [NAME]: 'Hộ bà Triệu Thị Mai' })]);
    expect(result.summary.rows).toBe(2);
    expect(result.rows.map((r) => r.row)).toEqual([2, 4]);
  });
});

describe('years (E_BAD_YEAR)', () => {
  it.each([
    ['a year before the plan', 2020],
    ['a year after the plan', 2026],
    ['a fraction', 2024.5],
    ['text', 'năm nay'],
    ['a date', new Date(2024, 0, 5)],
  ])('%s is an error', (_, year) => {
    expect(codesAt(check([goodRow({ Năm: year })]), 2)).toContain('E_BAD_YEAR');
  });

  it('accepts a year typed as text', () => {
    expect(check([goodRow({ Năm: ' 2023 ' })]).issues).toEqual([]);
  });

  it('says a date is a date', () => {
    const issue = check([goodRow({ Năm: new Date(2024, 0, 5) })]).issues[0];
    expect(issue.message).toContain('ngày tháng');
  });
});

describe('units (E_UNKNOWN_UNIT)', () => {
  it.each([
    'X01',
    'x01',
    'Thị trấn Chợ Rã',
    'thi tran cho ra',
    'THỊ TRẤN  CHỢ RÃ'.normalize('NFD'),
    'Thi\u0323 trâ\u0301n Chợ Rã',
  ])('finds the unit from “%s”', (unit) =>
    expect(check([goodRow({ 'Đơn vị đề nghị': unit })]).rows[0].unit).toBe('X01'),
  );

  it('reports a unit that is not in the Đơn vị tab', () => {
    const result = check([goodRow({ 'Đơn vị đề nghị': 'Xã Không Có' })]);
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'E_UNKNOWN_UNIT', column: 'Đơn vị đề nghị' }),
    ]);
  });
});

describe('subjects and fields', () => {
  it('reports an unknown subject (E_BAD_SUBJECT)', () => {
    expect(codesAt(check([goodRow({ 'Đối tượng': 'Doanh nghiệp' })]), 2)).toContain('E_BAD_SUBJECT');
  });

  it('reports an unknown field (E_UNKNOWN_FIELD)', () => {
    expect(codesAt(check([goodRow({ 'Lĩnh vực': '2.13' })]), 2)).toEqual(['E_UNKNOWN_FIELD']);
  });

  it.each([
    'Phát triển kinh tế hộ gia đình',
    'PHÁT TRIỂN KINH TẾ HỘ GIA ĐÌNH',
    '2.4. Phát triển kinh tế hộ gia đình',
    '2.4 - Phát triển kinh tế hộ gia đình',
    'Lĩnh vực kinh tế hộ gia đình',
  ])('finds field 2.4 from its name “%s”', (field) =>
    expect(
      check([goodRow({ 'Lĩnh vực': field, 'Tiêu chí đáp ứng': allCriteria('2.4', 'H') })]).issues,
    ).toEqual([]),
  );

  it('a household cannot be nominated in field 2.1 (E_SUBJECT_NOT_ALLOWED)', () => {
    const result = check([goodRow({ 'Lĩnh vực': '2.1', 'Đối tượng': 'Hộ gia đình' })]);
    expect(codesAt(result, 2)).toEqual(['E_SUBJECT_NOT_ALLOWED']);
    expect(result.issues[0].message).toContain('Tập thể, Cá nhân');
  });

  it('an individual cannot be nominated in field 2.4, which is for households only', () => {
    expect(codesAt(check([goodRow({ 'Lĩnh vực': '2.4', 'Đối tượng': 'Cá nhân' })]), 2)).toEqual([
      'E_SUBJECT_NOT_ALLOWED',
    ]);
  });

  it('a field that Sheets turned into a date no code reads as (15 March) is explained', () => {
    const result = check([goodRow({ 'Lĩnh vực': new Date(2024, 2, 15) })]);
    expect(result.issues[0]).toMatchObject({ code: 'E_UNKNOWN_FIELD' });
    expect(result.issues[0].message).toContain('Văn bản thuần');
  });

  it('a field code Sheets turned into 2 October is read back as 2.10 with a warning', () => {
    const result = check([
      goodRow({
        'Lĩnh vực': new Date(2024, 9, 2),
        'Đối tượng': 'Cá nhân',
        'Tiêu chí đáp ứng': allCriteria('2.10', 'C'),
      }),
    ]);
    expect(result.rows[0]).toMatchObject({ field: '2.10', valid: true });
    expect(codesAt(result, 2)).toEqual(['W_FIELD_AS_DATE']);
    expect(result.issues[0]).toMatchObject({ column: 'Lĩnh vực', severity: 'warning' });
    expect(result.issues[0].message).toContain('02/10/2024');
    expect(result.issues[0].message).toContain('lĩnh vực 2.10');
    expect(result.issues[0].message).toContain('Văn bản thuần');
  });

  it('a field code Sheets turned into 2 January is read back as 2.1, not 2.10', () => {
    const result = check([
      goodRow({
        'Lĩnh vực': new Date(2025, 0, 2),
        'Đối tượng': 'Cá nhân',
        'Tiêu chí đáp ứng': allCriteria('2.1', 'C'),
      }),
    ]);
    expect(result.rows[0].field).toBe('2.1');
    expect(codesAt(result, 2)).toEqual(['W_FIELD_AS_DATE']);
  });

  it('the number 2.1 is read as field 2.10 when the row’s criteria are 2.10’s, with a warning saying why', () => {
    const result = check([
      goodRow({ 'Lĩnh vực': 2.1, 'Đối tượng': 'Cá nhân', 'Tiêu chí đáp ứng': allCriteria('2.10', 'C') }),
    ]);
    expect(result.rows[0]).toMatchObject({ field: '2.10', valid: true });
    expect(codesAt(result, 2)).toEqual(['W_FIELD_AS_NUMBER']);
    const { message } = result.issues[0];
    expect(message).toContain('số 2.1, có thể là lĩnh vực 2.1 hoặc 2.10');
    expect(message).toContain('đang được hiểu là 2.10 vì tiêu chí “2.10.C1” thuộc lĩnh vực 2.10');
    expect(message).toContain('Văn bản thuần');
  });

  it('the number 2.1 is read as field 2.1 when the row’s criteria are 2.1’s, with the same kind of warning', () => {
    const result = check([
      goodRow({ 'Lĩnh vực': 2.1, 'Đối tượng': 'Cá nhân', 'Tiêu chí đáp ứng': allCriteria('2.1', 'C') }),
    ]);
    expect(result.rows[0]).toMatchObject({ field: '2.1', valid: true });
    expect(codesAt(result, 2)).toEqual(['W_FIELD_AS_NUMBER']);
    expect(result.issues[0].message).toContain('đang được hiểu là 2.1 vì tiêu chí “2.1.C1”');
  });

  it.each([
    ['only general criteria', 'G1; G2; G3; G4'],
    ['criteria of both fields', 'G1; G2; G3; G4; 2.1.C1; 2.10.C1'],
    ['no criteria', ''],
  ])('the number 2.1 with %s is an error that asks for the code or a field’s own criterion', (_, codes) => {
    const result = check([goodRow({ 'Lĩnh vực': 2.1, 'Đối tượng': 'Cá nhân', 'Tiêu chí đáp ứng': codes })]);
    expect(result.rows[0]).toMatchObject({ field: null, valid: false });
    expect(codesAt(result, 2)).toEqual(['E_UNKNOWN_FIELD']);
    const { message } = result.issues[0];
    expect(message).toContain('có thể là lĩnh vực 2.1 hoặc 2.10');
    expect(message).toContain('Văn bản thuần');
    expect(message).toContain('(như 2.1.C1 hoặc 2.10.C1)');
  });

  it('the number 2.1 for a household is an error: neither 2.1 nor 2.10 takes households', () => {
    const result = check([goodRow({ 'Lĩnh vực': 2.1 })]);
    expect(codesAt(result, 2)).toEqual(['E_UNKNOWN_FIELD']);
    expect(result.issues[0].message).toContain('không lĩnh vực nào trong số đó xét Hộ gia đình');
  });

  it('a number only one code reads as (2.4) is read as that field without a word', () => {
    const result = check([goodRow({ 'Lĩnh vực': 2.4 })]);
    expect(result.rows[0].field).toBe('2.4');
    expect(result.issues).toEqual([]);
  });
});

describe('criteria', () => {
  it('names the missing required codes and their texts (E_CRITERIA_MISSING)', () => {
    const result = check([goodRow({ 'Tiêu chí đáp ứng': 'G1; G2; G3; G4; 2.4.H1' })]);
    const issue = result.issues.find((i) => i.code === 'E_CRITERIA_MISSING');
    expect(issue?.column).toBe('Tiêu chí đáp ứng');
    expect(issue?.message).toContain('2.4.H7');
    expect(issue?.message).toContain('Gia đình văn hóa');
    expect(issue?.message).not.toContain('2.4.H1 ');
  });

  it('requires the general criteria G1–G4 for every nomination', () => {
    const codes = allCriteria('2.4', 'H').replace('G2; ', '');
    const issue = check([goodRow({ 'Tiêu chí đáp ứng': codes })]).issues[0];
    expect(issue.code).toBe('E_CRITERIA_MISSING');
    expect(issue.message).toMatch(/Chưa đáp ứng 1 tiêu chí bắt buộc: G2/);
  });

  it('accepts codes separated by commas, semicolons or new lines, in any case', () => {
    const codes = allCriteria('2.4', 'H').toLowerCase().split('; ');
    const text = `${codes.slice(0, 3).join(', ')}\n${codes.slice(3).join(' ; ')}`;
    expect(check([goodRow({ 'Tiêu chí đáp ứng': text })]).issues).toEqual([]);
  });

  it('rejects a code of another field or subject and an unknown code (E_CRITERIA_UNKNOWN)', () => {
    const result = check([goodRow({ 'Tiêu chí đáp ứng': `${allCriteria('2.4', 'H')}; 2.1.T1; X9` })]);
    const issue = result.issues.find((i) => i.code === 'E_CRITERIA_UNKNOWN');
    expect(issue?.message).toContain('2.1.T1');
    expect(issue?.message).toContain('X9');
    expect(codesAt(result, 2)).toEqual(['E_CRITERIA_UNKNOWN']);
  });

  describe('profiles', () => {
    const teacher = 'Cán bộ quản lý, giáo viên, nhân viên';
    const learner = 'Học sinh, sinh viên, học viên';
    const educationRow = (codes: string) =>
      goodRow({
        'Đơn vị đề nghị': 'GD',
        'Đối tượng': 'Cá nhân',
        'Lĩnh vực': '2.7',
        'Tiêu chí đáp ứng': codes,
      });

    it('a teacher meets 2.7 with the staff profile’s criteria alone', () => {
      expect(check([educationRow(allCriteria('2.7', 'C', teacher))]).issues).toEqual([]);
    });

    it('a pupil meets 2.7 with the learner profile’s criteria alone', () => {
      expect(check([educationRow(allCriteria('2.7', 'C', learner))]).issues).toEqual([]);
    });

    it('names the closest profile when neither is complete', () => {
      const codes = allCriteria('2.7', 'C', learner).split('; ').slice(0, -1).join('; ');
      const issue = check([educationRow(codes)]).issues[0];
      expect(issue.code).toBe('E_CRITERIA_MISSING');
      expect(issue.message).toContain(learner);
    });

    it('a party cell and an association each meet 2.10 Tập thể with their own profile', () => {
      const row = (profile: string) =>
        goodRow({
          'Đơn vị đề nghị': 'H01',
          'Đối tượng': 'Tập thể',
          'Lĩnh vực': '2.10',
          'Tiêu chí đáp ứng': allCriteria('2.10', 'T', profile),
        });
      expect(check([row('Tổ chức Đảng')]).issues).toEqual([]);
      expect(check([row('Hội, đoàn thể')]).issues).toEqual([]);
    });
  });
});

describe('duplicates and repeats', () => {
  it('keeps the row without other errors as the original of a duplicate pair, whichever comes first', () => {
    const failing = goodRow({ 'Tiêu chí đáp ứng': '' });
    const result = check([failing, goodRow()]);
    expect(codesAt(result, 2)).toEqual(expect.arrayContaining(['E_CRITERIA_MISSING', 'E_DUPLICATE']));
    expect(codesAt(result, 3)).toEqual([]);
    expect(result.issues.find((i) => i.code === 'E_DUPLICATE')?.message).toContain('dòng 3');
    expect(result.rows.filter((r) => r.valid)).toHaveLength(1);
  });

  it('flags the later of two rows for the same nominee, subject and year, naming the first (E_DUPLICATE)', () => {
    const result = check([goodRow(), goodRow({ [NAME]: '  HỘ ÔNG HOÀNG VĂN SÁU '.normalize('NFD') })]);
    expect(codesAt(result, 2)).toEqual([]);
    expect(codesAt(result, 3)).toEqual(['E_DUPLICATE']);
    expect(result.issues[0].message).toContain('trang “Đề cử”, dòng 2');
  });

  it('finds duplicates across nomination tabs', () => {
    const result = check(
      [goodRow()],
      [{ name: 'Đề cử 2', values: nominationGrid([goodRow({ [NAME]: 'Hộ ông Hoàng Văn Sáu.' })]) }],
    );
    expect(codesAt(result, 2, 'Đề cử 2')).toEqual(['E_DUPLICATE']);
  });

  it('two names that differ only by a tone mark are two nominees, never a duplicate (Hùng ≠ Hưng)', () => {
    const person = (name: string) =>
      goodRow({
        'Đối tượng': 'Cá nhân',
        'Lĩnh vực': '2.1',
        [NAME]: name,
        'Tiêu chí đáp ứng': allCriteria('2.1', 'C'),
      });
    const result = check([person('Nguyễn Văn Hùng'), person('Nguyễn Văn Hưng'), person('Nguyen Van Hung')]);
    expect(result.issues).toEqual([]);
  });

  it('the same name in two units is no duplicate: a warning says how to tell them apart', () => {
    const result = check([goodRow(), goodRow({ 'Đơn vị đề nghị': 'X02' })]);
    expect(codesAt(result, 3)).toEqual(['W_MODEL_AMBIGUOUS']);
    expect(result.issues[0].message).toContain('Số định danh cá nhân');
  });

  it('different Mã mô hình tell two rows of one name apart', () => {
    const grid = nominationGrid(
      [goodRow({ 'Mã mô hình': 'MH-1' } as Row), goodRow({ 'Mã mô hình': 'MH-2' } as Row)],
      [...HEADERS, 'Mã mô hình'],
    );
    const result = validateNominations(readWorkbook([...referenceTabs(), { name: 'Đề cử', values: grid }]));
    expect(result.issues).toEqual([]);
  });

  it('a duplicate and its original get no model warnings from each other', () => {
    expect(check([goodRow(), goodRow()]).issues.map((i) => [i.row, i.code])).toEqual([[3, 'E_DUPLICATE']]);
    // The original still hears of a namesake in another unit; the duplicate, no year of any model, does not.
    const result = check([goodRow(), goodRow(), goodRow({ 'Đơn vị đề nghị': 'X02', Năm: 2023 })]);
    expect(codesAt(result, 2)).toEqual(['W_MODEL_AMBIGUOUS']);
    expect(codesAt(result, 3)).toEqual(['E_DUPLICATE']);
  });

  it('a model put forward again in a later year, a stage further on, is neither a duplicate nor a repeat', () => {
    const result = check([goodRow({ 'Giai đoạn': 'Bồi dưỡng' }), goodRow({ Năm: 2023 })]);
    expect(result.issues.map((i) => i.code)).toEqual([]);
  });

  it('a nominee recognised in an earlier year and put forward again at no further stage is W_REPEAT_NOMINEE', () => {
    const result = check([
      goodRow({ Năm: 2023, 'Kết quả xét': 'Công nhận' }),
      goodRow({ Năm: 2024, 'Giai đoạn': '' }),
    ]);
    expect(codesAt(result, 3)).toEqual(['W_REPEAT_NOMINEE']);
    expect(result.issues[0].message).toContain('năm 2023');
    expect(result.summary.valid).toBe(2);
  });

  it('a model back at the same stage a year later, not yet recognised, is no warning on the row: its path is tracked', () => {
    const result = check([goodRow({ Năm: 2023 }), goodRow({ Năm: 2024 })]);
    expect(result.issues).toEqual([]);
    expect(result.models[0].flags.map((f) => f.code)).toEqual(['W_STAGE_STUCK']);
  });

  it('a model replicated year after year at the last stage is neither stuck nor a repeat', () => {
    const result = check([
      goodRow({ Năm: 2023, 'Giai đoạn': 'Nhân rộng', 'Kết quả xét': 'Công nhận' }),
      goodRow({ Năm: 2024, 'Giai đoạn': 'Nhân rộng' }),
    ]);
    expect(result.issues).toEqual([]);
    expect(result.models[0].flags).toEqual([]);
  });

  it('compares national IDs exactly when the column is there', () => {
    const headers = [...HEADERS, 'Số định danh cá nhân'];
    const person = (id: string) =>
      goodRow({
        'Đối tượng': 'Cá nhân',
        'Lĩnh vực': '2.1',
        [NAME]: 'Nguyễn Văn An',
        'Tiêu chí đáp ứng': allCriteria('2.1', 'C'),
        'Số định danh cá nhân': id,
      });
    const tabs = [
      ...referenceTabs(),
      {
        name: 'Đề cử',
        values: nominationGrid(
          [person('001090000001'), person('001090000002'), person('001090000001')],
          headers,
        ),
      },
    ];
    const result = validateNominations(readWorkbook(tabs));
    expect(result.issues.map((i) => [i.row, i.code])).toEqual([[4, 'E_DUPLICATE']]);
    expect(result.rows[0].nationalIdLast4).toBe('0001');
    expect(result.issues[0].message).not.toContain('001090000001');
  });
});

describe('stages and decisions', () => {
  it('reports an unknown stage (E_BAD_STAGE) and decision (E_BAD_DECISION)', () => {
    const result = check([goodRow({ 'Giai đoạn': 'Xây dựng', 'Kết quả xét': 'Xuất sắc' })]);
    expect(codesAt(result, 2)).toEqual(['E_BAD_STAGE', 'E_BAD_DECISION']);
  });

  it('takes them with a dash variant, in capitals, or by part of the name', () => {
    const result = check([goodRow({ 'Giai đoạn': 'Khâu nhân rộng', 'Kết quả xét': 'CÔNG NHẬN' })]);
    expect(result.issues).toEqual([]);
    expect(result.rows[0]).toMatchObject({ stage: 'Nhân rộng', decision: 'Công nhận' });
  });

  it('reads the usual words for a decision’s meaning as the council’s decision', () => {
    const result = check([
      goodRow({ 'Kết quả xét': 'Đã công nhận' }),
      goodRow({ Năm: 2023, 'Kết quả xét': 'Trả lại' }),
      goodRow({ Năm: 2022, 'Kết quả xét': 'Chưa xét' }),
    ]);
    expect(result.rows.map((r) => r.decision)).toEqual(['Công nhận', 'Không công nhận', 'Chờ xét']);
  });

  it('accepts them without diacritics only with a warning quoting the right spelling (W_SPELLING)', () => {
    const result = check([goodRow({ 'Giai đoạn': 'nhan rong', 'Kết quả xét': 'CONG NHAN' })]);
    expect(result.issues.map((i) => i.code)).toEqual(['W_SPELLING', 'W_SPELLING']);
    expect(result.issues[0].message).toContain('“Nhân rộng”');
    expect(result.rows[0]).toMatchObject({ stage: 'Nhân rộng', decision: 'Công nhận' });
    expect(result.summary.valid).toBe(1);
  });
});

describe('warnings', () => {
  it('warns when field 2.9 does not come from the police or the military (W_SECTOR_MISMATCH)', () => {
    const row = goodRow({
      'Đối tượng': 'Tập thể',
      'Lĩnh vực': '2.9',
      'Tiêu chí đáp ứng': allCriteria('2.9', 'T'),
    });
    expect(codesAt(check([row]), 2)).toEqual(['W_SECTOR_MISMATCH']);
    expect(check([{ ...row, 'Đơn vị đề nghị': 'CA' }]).issues).toEqual([]);
    expect(check([{ ...row, 'Đơn vị đề nghị': 'QS' }]).issues).toEqual([]);
  });

  it('follows parent units: a school under the Education office may nominate in 2.7', () => {
    const tabs = referenceTabs().map((t) =>
      t.name === 'Đơn vị'
        ? {
            ...t,
            values: [...t.values, ['TH01', 'Trường Tiểu học Chợ Rã', 'Cơ quan, ban, ngành', 'GD', '', '']],
          }
        : t,
    );
    const row = goodRow({
      'Đơn vị đề nghị': 'TH01',
      'Đối tượng': 'Tập thể',
      'Lĩnh vực': '2.7',
      'Tiêu chí đáp ứng': allCriteria('2.7', 'T'),
    });
    const result = validateNominations(
      readWorkbook([...tabs, { name: 'Đề cử', values: nominationGrid([row]) }]),
    );
    expect(result.issues).toEqual([]);
  });

  it('warns about a summary under 30 characters (W_SUMMARY_SHORT)', () => {
    expect(codesAt(check([goodRow({ 'Thành tích tóm tắt': 'Làm tốt' })]), 2)).toEqual(['W_SUMMARY_SHORT']);
  });

  it('warns when there is no evidence (W_NO_EVIDENCE) but still counts the row', () => {
    const result = check([goodRow({ 'Minh chứng': '' })]);
    expect(codesAt(result, 2)).toEqual(['W_NO_EVIDENCE']);
    expect(result.summary).toEqual({ rows: 1, valid: 1, errors: 0, warnings: 1 });
  });
});

describe('whole-tab problems', () => {
  it('reports a nomination tab missing a required column once, and checks none of its rows', () => {
    const headers = HEADERS.filter((h) => h !== 'Tiêu chí đáp ứng');
    const result = validateNominations(
      readWorkbook([...referenceTabs(), { name: 'Đề cử', values: nominationGrid([goodRow()], headers) }]),
    );
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'E_MISSING_COLUMN', sheet: 'Đề cử', row: 1 }),
    ]);
    expect(result.issues[0].message).toContain('Tiêu chí đáp ứng');
    expect(result.summary.rows).toBe(0);
  });

  it('finds the header row below title rows and reports sheet rows correctly', () => {
    const grid = [
      ['DANH SÁCH ĐỀ CỬ NĂM 2024'],
      [''],
      ...nominationGrid([goodRow({ 'Đơn vị đề nghị': 'Không rõ' })]),
    ];
    const result = validateNominations(
      readWorkbook([...referenceTabs(), { name: 'Xã Nam Mẫu', values: grid }]),
    );
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'E_UNKNOWN_UNIT', sheet: 'Xã Nam Mẫu', row: 4 }),
    ]);
  });

  it('quotes at most a short piece of a 50,000-character cell in its message', () => {
    const result = check([goodRow({ 'Đơn vị đề nghị': 'x'.repeat(50_000) })]);
    expect(result.issues[0].message.length).toBeLessThan(300);
  });

  it('warns of a cell longer than an Excel cell holds, and the row still counts', () => {
    const result = check([goodRow({ 'Thành tích tóm tắt': 'Thành tích '.repeat(3_500) })]);
    expect(result.issues.map((i) => i.code)).toEqual(['W_TEXT_TOO_LONG']);
    expect(result.issues[0].message).toContain('38.500 ký tự, quá 32.767 ký tự');
    expect(result.rows[0].valid).toBe(true);
  });
});

describe('what a door writes into a cell', () => {
  it('is cut to the cell limit with a visible “…”, and only when longer', () => {
    expect(capText('x'.repeat(40_000), CELL_LIMIT.xlsx)).toHaveLength(CELL_LIMIT.xlsx);
    expect(String(capText('x'.repeat(40_000), CELL_LIMIT.xlsx)).endsWith('…')).toBe(true);
    expect(capText('ngắn', CELL_LIMIT.xlsx)).toBe('ngắn');
    expect(capText(42, 1)).toBe(42);
  });
});
