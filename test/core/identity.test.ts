import { validateNominations } from '../../src/core/validate/validate';
import { readWorkbook } from '../../src/core/workbook/read-workbook';
import { cityRow, cityWorkbook } from '../support/city-plan';
import type { Row } from '../support/workbook';

/** Checks rows against the city plan (fields a…đ…e, other names); each row's codes by row number. */
function check(rows: Row[]) {
  const result = validateNominations(readWorkbook(cityWorkbook(rows)));
  const codes = (row: number) => result.issues.filter((i) => i.row === row).map((i) => i.code);
  return { result, codes };
}

const NAME = 'Tên mô hình, tập thể, cá nhân, hộ gia đình';

describe('one rule for identity, on a real council’s kind of plan', () => {
  it('field đ is not field d: each row keeps its own field', () => {
    const { result, codes } = check([
      cityRow({ 'Lĩnh vực': 'đ', 'Tiêu chí đáp ứng': 'G1; đ.1' }),
      cityRow({ 'Lĩnh vực': 'd', 'Tiêu chí đáp ứng': 'G1; d.1', [NAME]: 'Ông Lê Văn Tám' }),
      cityRow({ 'Lĩnh vực': 'đ', 'Tiêu chí đáp ứng': 'G1; d.1', [NAME]: 'Ông Lê Văn Chín' }),
    ]);
    expect(result.rows.map((r) => r.field)).toEqual(['đ', 'd', 'đ']);
    expect(codes(2)).toEqual([]);
    expect(codes(3)).toEqual([]);
    expect(codes(4)).toEqual(expect.arrayContaining(['E_CRITERIA_UNKNOWN']));
  });

  it.each([
    ['a dash for an en dash', { 'Giai đoạn': 'Giới thiệu - nhân rộng' }],
    ['a unit without its prefix', { 'Đơn vị đề nghị': 'Cẩm Châu' }],
    ['a unit in capitals with its prefix abbreviated', { 'Đơn vị đề nghị': 'P MINH AN' }],
    ['a unit by the council’s other name for it', { 'Đơn vị đề nghị': 'P. Cẩm Châu' }],
    ['a stage by part of its name', { 'Giai đoạn': 'Khâu nhân rộng' }],
    ['a field by its name only', { 'Lĩnh vực': 'Phát triển kinh tế' }],
    ['a field by code and name', { 'Lĩnh vực': 'a) Phát triển kinh tế' }],
    ['a field by the council’s other name for it', { 'Lĩnh vực': 'Kinh tế' }],
    ['a subject by the council’s other name for it', { 'Đối tượng': 'Cá nhân tiêu biểu' }],
    ['a decision by the usual words for its meaning', { 'Kết quả xét': 'Đã công nhận' }],
    ['the old tone placement', { 'Đơn vị đề nghị': 'Phường Cẩm Châu', [NAME]: 'Bà Trần Thị Hoà' }],
  ])('%s is understood, silently', (_, overrides) => {
    const { result } = check([cityRow(overrides)]);
    expect(result.issues).toEqual([]);
  });

  it('a name that fits only without tone marks is taken with W_SPELLING quoting the right spelling', () => {
    const { result, codes } = check([cityRow({ 'Đơn vị đề nghị': 'Phuong Cam Chau' })]);
    expect(codes(2)).toEqual(['W_SPELLING']);
    expect(result.issues[0].message).toContain('“Phường Cẩm Châu”');
    expect(result.rows[0]).toMatchObject({ unit: 'P1', valid: true });
  });

  it('a name several entries fit, or only a kind, is an error listing them', () => {
    const { result, codes } = check([cityRow({ 'Đơn vị đề nghị': 'Phường' })]);
    expect(codes(2)).toEqual(['E_UNKNOWN_UNIT']);
    expect(result.issues[0].message).toMatch(/“Phường Cẩm Châu”, “Phường Minh An”/);
  });

  it('a prefix written must be the unit’s: Xã Cẩm Châu is no ward', () => {
    const { codes } = check([cityRow({ 'Đơn vị đề nghị': 'Xã Cẩm Châu' })]);
    expect(codes(2)).toEqual(['E_UNKNOWN_UNIT']);
  });

  it('Hùng and Hưng in one unit are two people; the same person twice is a duplicate', () => {
    const person = (name: string) => cityRow({ [NAME]: name });
    const { codes } = check([
      person('Nguyễn Văn Hùng'),
      person('Nguyễn Văn Hưng'),
      person('NGUYỄN VĂN HÙNG'),
    ]);
    expect(codes(2)).toEqual([]);
    expect(codes(3)).toEqual([]);
    expect(codes(4)).toEqual(['E_DUPLICATE']);
  });
});
