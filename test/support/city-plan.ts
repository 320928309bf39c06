import type { Grid } from '../../src/core/cells';
import type { TabData } from '../../src/core/workbook/tab';
import { nominationGrid, type Row } from './workbook';

/**
 * A city council's plan as its secretary writes it, with what real plans say: fields coded the way
 * Vietnamese documents list points (a, b, c, d, đ, e), criteria shared by several subjects or by all
 * (blank), quotas as ranges, milestones as a quarter, a month, a day (typed or a date cell) and a
 * year, and the other names (`Tên khác`) the council accepts.
 */
export const CITY_TABS: Record<string, Grid> = {
  'Cấu hình': [
    ['Tham số', 'Giá trị'],
    ['Tên cơ quan', 'Ủy ban nhân dân thành phố Hội An'],
    ['Tên Hội đồng', 'Hội đồng Thi đua – Khen thưởng thành phố'],
    ['Địa danh', 'Hội An'],
    ['Năm bắt đầu', 2026],
    ['Năm kết thúc', 2030],
    ['Năm xét', 2026],
    ['Sơ kết từ năm', 2026],
    ['Sơ kết đến năm', 2027],
    ['Số ký tự tối thiểu của thành tích', 20],
    ['Nơi nhận danh sách tuyên truyền', 'Trung tâm Văn hóa – Thể thao thành phố'],
    ['Người ký (Chủ tịch Hội đồng)', 'Nguyễn Văn Sơn'],
    ['Thư ký Hội đồng (email)', ''],
    ['Chỉ tiêu: Phường', '1 – 3'],
    ['Chỉ tiêu: Cơ quan', 2],
    ['Mốc: Đăng ký mô hình', 'Quý I/2026'],
    ['Mốc: Sơ kết giữa kỳ', 'Tháng 10/2027'],
    ['Mốc: Hội nghị biểu dương', '15/10/2028'],
    ['Mốc: Báo cáo Tỉnh', new Date(2029, 2, 20)],
    ['Mốc: Tổng kết giai đoạn', 2030],
  ],
  'Danh mục': [
    ['Danh mục', 'Tên', 'Viết tắt', 'Ý nghĩa', 'Tên khác'],
    ['Đối tượng', 'Tập thể', 'TT', '', ''],
    ['Đối tượng', 'Cá nhân', 'CN', '', 'Người; Cá nhân tiêu biểu'],
    ['Khâu', 'Phát hiện', '', '', ''],
    ['Khâu', 'Giới thiệu – nhân rộng', '', '', 'Nhân rộng; Giới thiệu'],
    ['Kết quả xét', 'Công nhận', '', 'Công nhận', 'Đạt'],
    ['Kết quả xét', 'Trả lại', '', 'Trả lại', ''],
  ],
  'Đơn vị': [
    [
      'Mã đơn vị',
      'Tên đơn vị',
      'Loại đơn vị',
      'Đơn vị cấp trên',
      'Chỉ tiêu/năm',
      'Đầu mối (email)',
      'Tên khác',
    ],
    ['P1', 'Phường Cẩm Châu', 'Phường', '', '', 'camchau@hoian.example.vn', 'Cẩm Châu; P. Cẩm Châu'],
    ['P2', 'Phường Minh An', 'Phường', '', 'từ 2 đến 4', '', ''],
    ['CQ1', 'Phòng Văn hóa, Thông tin', 'Cơ quan', '', '1-3', '', ''],
  ],
  'Lĩnh vực': [
    ['Mã', 'Tên lĩnh vực', 'Đối tượng được đề nghị', 'Ngành phụ trách', 'Tên khác'],
    ['a', 'Phát triển kinh tế', 'Tập thể; Cá nhân', '', 'Kinh tế'],
    ['b', 'Văn hóa – xã hội', 'Tập thể; Cá nhân', '', ''],
    ['c', 'Quốc phòng – an ninh', 'Tập thể', '', ''],
    ['d', 'Dân vận khéo', 'Tập thể; Cá nhân', '', ''],
    ['đ', 'Đền ơn đáp nghĩa', 'Cá nhân', '', 'Đền ơn; Uống nước nhớ nguồn'],
    ['e', 'Bảo vệ môi trường', 'Tập thể; Cá nhân', '', ''],
  ],
  'Tiêu chí': [
    ['Mã tiêu chí', 'Lĩnh vực', 'Đối tượng', 'Nhóm', 'Nội dung', 'Bắt buộc'],
    ['G1', '', '', '', 'Chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước', 'Có'],
    ['a.1', 'a', 'Tập thể; Cá nhân', '', 'Có mô hình sản xuất, kinh doanh hiệu quả', 'Có'],
    ['b.1', 'b', '', '', 'Có cách làm hay trong xây dựng đời sống văn hóa', 'Có'],
    ['c.1', 'c', 'Tập thể', '', 'Giữ vững an ninh trật tự trên địa bàn', 'Có'],
    ['d.1', 'd', 'Cá nhân', '', 'Vận động nhân dân hiến đất làm đường', 'Có'],
    ['đ.1', 'đ', 'Cá nhân', '', 'Chăm lo gia đình chính sách', 'Có'],
    ['e.1', 'e', 'Tập thể\nCá nhân', '', 'Giữ gìn vệ sinh môi trường khu dân cư', 'Có'],
    ['e.2', 'e', 'Tập thể, Cá nhân', '', 'Phân loại rác tại nguồn', 'Không'],
  ],
};

export function cityTabs(edit: Partial<Record<string, (values: Grid) => Grid>> = {}): TabData[] {
  return Object.entries(CITY_TABS).map(([name, values]) => ({
    name,
    values: (edit[name] ?? ((v) => v))(values.map((row) => row.slice())),
  }));
}

/** A row of 2026 that passes every rule: a person in field a from Phường Cẩm Châu. */
export function cityRow(overrides: Row = {}): Row {
  return {
    Năm: 2026,
    'Đơn vị đề nghị': 'P1',
    'Tên mô hình, tập thể, cá nhân, hộ gia đình': 'Bà Trần Thị Hoa',
    'Đối tượng': 'Cá nhân',
    'Lĩnh vực': 'a',
    'Thành tích tóm tắt': 'Mở xưởng may, tạo việc làm cho 20 lao động địa phương',
    'Tiêu chí đáp ứng': 'G1; a.1',
    'Minh chứng': 'Giấy khen số 12/GK-UBND',
    'Giai đoạn': 'Phát hiện',
    ...overrides,
  };
}

export function cityWorkbook(rows: Row[], edit: Parameters<typeof cityTabs>[0] = {}): TabData[] {
  return [...cityTabs(edit), { name: 'Đề cử', values: nominationGrid(rows) }];
}
