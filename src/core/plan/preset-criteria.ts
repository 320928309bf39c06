import type { Criterion, SubjectCode } from './types';

/**
 * Section III of the seed's plan as a catalogue of atomic criteria, one checkable condition each.
 * Texts are the plan's own wording, cut at its semicolons and at clearly separate conditions.
 * General criteria (III.1) are G1–G4; field criteria (III.2) are "<field>.<subject><n>", numbered
 * from 1 within each field and subject. Where the plan gives one text for several subjects (2.2 cá
 * nhân, hộ gia đình; 2.12), it is repeated for each with its own codes.
 */

/** 2.7 Cá nhân: the plan's two "+" paragraphs. */
const EDU_STAFF = 'Cán bộ quản lý, giáo viên, nhân viên';
const EDU_LEARNER = 'Học sinh, sinh viên, học viên';
/** 2.10 Tập thể: the paragraph's two sentences. */
const PARTY_CELL = 'Tổ chức Đảng';
const ASSOCIATION = 'Hội, đoàn thể';

interface Options {
  profile?: string;
  required?: boolean;
}

function general(code: string, text: string): Criterion {
  return { code, field: null, subjects: [], profiles: [], text, required: true };
}

/** A field criterion; its field and subject are read from the code ("2.4.H7" → 2.4, H). */
function criterion(code: string, text: string, options: Options = {}): Criterion {
  const match = /^(2\.\d+)\.([TCH])\d+$/.exec(code);
  if (!match) throw new Error(`Bad criterion code: ${code}`);
  return {
    code,
    field: match[1],
    subjects: [match[2]],
    profiles: options.profile ? [options.profile] : [],
    text,
    required: options.required ?? true,
  };
}

/** 2.2 Cá nhân and Hộ gia đình share one text: "Các cá nhân, hộ gia đình có nhiều đóng góp …". */
function ruralContribution(subject: 'C' | 'H'): Criterion[] {
  const code = (n: number): string => `2.2.${subject}${n}`;
  const form = { required: false };
  return [
    criterion(code(1), 'Có nhiều đóng góp để xây dựng cơ sở hạ tầng nông thôn'),
    // One form of contribution among those listed; 2.2.x1 is the requirement.
    criterion(code(2), 'Có đóng góp trong tuyên truyền, vận động xây dựng cơ sở hạ tầng nông thôn', form),
    // One form of contribution among those listed; not every nominee has land to donate.
    criterion(code(3), 'Tham gia hiến đất để xây dựng cơ sở hạ tầng nông thôn', form),
    // One form of contribution among those listed; 2.2.x1 is the requirement.
    criterion(code(4), 'Đóng góp tiền của vật chất để xây dựng cơ sở hạ tầng nông thôn', form),
    // One form of contribution among those listed; 2.2.x1 is the requirement.
    criterion(code(5), 'Đóng góp ngày công lao động để xây dựng cơ sở hạ tầng nông thôn', form),
  ];
}

/** 2.12 gives one text for collectives, individuals and households alike. */
function charity(subject: SubjectCode): Criterion[] {
  return [
    criterion(
      `2.12.${subject}1`,
      'Phong trào, hoạt động từ thiện nhân đạo phát huy hiệu quả trong hoạt động cứu trợ',
    ),
    criterion(
      `2.12.${subject}2`,
      'Giúp đỡ được nhiều hoàn cảnh khó khăn, những mảnh đời kém may mắn, yếu thế vượt qua khó khăn vươn lên trong cuộc sống',
    ),
  ];
}

export const PRESET_CRITERIA: readonly Criterion[] = [
  // III.1. Tiêu chí chung: every nomination, whatever its field and subject.
  general(
    'G1',
    'Có thành tích tiêu biểu, xuất sắc trong học tập, công tác, lao động sản xuất, kinh doanh, chiến đấu, phục vụ chiến đấu',
  ),
  general('G2', 'Là nhân tố nổi trội, dẫn đầu trong các phong trào thi đua'),
  general(
    'G3',
    'Gương mẫu chấp hành chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước gắn với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  ),
  general(
    'G4',
    'Đoàn kết, có tinh thần tương thân, tương ái tích cực tham gia các hoạt động từ thiện nhân đạo do cơ quan, đơn vị, địa phương phát động',
  ),

  // 2.1. Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh
  criterion(
    '2.1.T1',
    'Tiếp tục triển khai các phong trào thi đua gắn với thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  ),
  criterion(
    '2.1.T2',
    'Tổ chức đăng ký học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh tại cơ quan, đơn vị, địa phương',
  ),
  criterion('2.1.T3', 'Hoàn thành xuất sắc nhiệm vụ được giao'),
  criterion('2.1.T4', 'Có nhiều cách làm hay, sáng tạo'),
  criterion('2.1.C1', 'Có phẩm chất đạo đức trong sáng'),
  criterion(
    '2.1.C2',
    'Là tấm gương tiêu biểu cho ý chí rèn luyện, tu dưỡng đạo đức, thực hành tiết kiệm, chống lãng phí',
  ),
  criterion('2.1.C3', 'Gương mẫu đi đầu trong công tác'),
  criterion('2.1.C4', 'Có tinh thần trách nhiệm cao, năng động, sáng tạo'),
  criterion('2.1.C5', 'Có nhiều sáng kiến, giải pháp hữu ích trong công tác'),
  criterion('2.1.C6', 'Hoàn thành xuất sắc nhiệm vụ được giao'),

  // 2.2. Xây dựng nông thôn mới
  criterion(
    '2.2.T1',
    'Có phương pháp, cách làm hay phù hợp với điều kiện thực tế để tổ chức thực hiện các tiêu chí về nông thôn mới',
  ),
  criterion(
    '2.2.T2',
    'Tổ chức được các phong trào thi đua chuyên đề mang tính đột phá, với nội dung thiết thực, góp phần hoàn thành từng tiêu chí về xây dựng nông thôn mới trước thời hạn',
  ),
  // Only a commune (xã) can meet the new-countryside criteria; other collectives are nominated too.
  criterion('2.2.T3', 'Xã đạt được các tiêu chí về xây dựng nông thôn mới', { required: false }),
  // Same clause as 2.2.T3 ("xã đạt được … và có nhiều thành tích …"): its subject is the commune.
  criterion('2.2.T4', 'Xã có nhiều thành tích đóng góp thiện nguyện trong xây dựng nông thôn mới', {
    required: false,
  }),
  ...ruralContribution('C'),
  ...ruralContribution('H'),

  // 2.3. Sản xuất - kinh doanh
  criterion(
    '2.3.T1',
    'Là những doanh nghiệp, hợp tác xã có nhiều thành tích trong hoạt động sản xuất kinh doanh',
  ),
  criterion('2.3.T2', 'Có nhiều đóng góp cho xã hội'),
  criterion(
    '2.3.T3',
    'Có sáng kiến, cải tiến kỹ thuật, áp dụng tiến bộ khoa học, kỹ thuật trong sản xuất, kinh doanh mang lại hiệu quả kinh tế cao',
  ),
  criterion('2.3.T4', 'Tích cực đầu tư mở rộng lĩnh vực, ngành nghề kinh doanh'),
  criterion('2.3.T5', 'Các chỉ tiêu về doanh thu, nộp ngân sách Nhà nước, lợi nhuận hằng năm tăng trưởng'),
  criterion('2.3.T6', 'Thực hiện tốt nghĩa vụ nộp thuế'),
  criterion('2.3.T7', 'Thực hiện tốt chính sách đối với người lao động'),
  criterion('2.3.T8', 'Đạt tiêu chuẩn an toàn lao động, an ninh, trật tự, môi trường'),
  criterion('2.3.T9', 'Tích cực hưởng ứng các phong trào thi đua do tỉnh, địa phương tổ chức phát động'),
  criterion('2.3.T10', 'Tích cực tham gia, đóng góp công tác xã hội'),
  criterion('2.3.C1', 'Có nhiều thành tích trong hoạt động sản xuất, kinh doanh'),
  criterion('2.3.C2', 'Có nhiều đóng góp cho xã hội'),
  criterion(
    '2.3.C3',
    'Có sáng kiến, cải tiến kỹ thuật, áp dụng tiến bộ khoa học, kỹ thuật trong sản xuất, kinh doanh mang lại hiệu quả kinh tế cao, làm lợi cho đơn vị',
  ),
  criterion('2.3.C4', 'Tích cực hưởng ứng các phong trào thi đua do địa phương và các cấp tổ chức phát động'),
  criterion('2.3.C5', 'Tích cực tham gia, đóng góp cho công tác xã hội'),

  // 2.4. Phát triển kinh tế hộ gia đình (households only)
  criterion(
    '2.4.H1',
    'Là gia đình tích cực lao động, sản xuất kinh doanh, áp dụng tiến bộ khoa học, kỹ thuật vào lao động, sản xuất, kinh doanh đạt hiệu quả cao, hợp pháp',
  ),
  criterion('2.4.H2', 'Không ảnh hưởng xấu đến môi trường'),
  criterion('2.4.H3', 'Giải quyết việc làm cho người lao động'),
  criterion('2.4.H4', 'Thu nhập của gia đình năm sau cao hơn năm trước'),
  criterion(
    '2.4.H5',
    'Chấp hành tốt các chủ trương của Đảng, chính sách, pháp luật của Nhà nước, các quy định của địa phương',
  ),
  criterion('2.4.H6', 'Tích cực tham gia các hoạt động xã hội'),
  criterion('2.4.H7', 'Hằng năm đạt danh hiệu “Gia đình văn hóa”'),

  // 2.5. Khu dân cư văn hóa (Tập thể), gia đình văn hóa (Hộ gia đình): the plan only refers to the
  // titles' standards in Nghị định 122/2018/NĐ-CP, so each subject has that single criterion.
  criterion(
    '2.5.T1',
    'Đạt tiêu chuẩn danh hiệu “Khu dân cư văn hóa” quy định tại Nghị định số 122/2018/NĐ-CP ngày 17/9/2018 của Chính phủ quy định về xét tặng danh hiệu “Gia đình văn hóa”, “Thôn văn hóa”, “Làng văn hóa”, “Ấp văn hóa”, “Bản văn hóa”, “Tổ dân phố văn hóa”',
  ),
  criterion(
    '2.5.H1',
    'Đạt tiêu chuẩn danh hiệu “Gia đình văn hóa” quy định tại Nghị định số 122/2018/NĐ-CP ngày 17/9/2018 của Chính phủ',
  ),

  // 2.6. Xây dựng cơ quan, đơn vị kiểu mẫu
  criterion('2.6.T1', 'Là cơ quan, đơn vị luôn đoàn kết'),
  criterion(
    '2.6.T2',
    'Gương mẫu chấp hành tốt chủ trương, đường lối của Đảng, chính sách, pháp luật Nhà nước',
  ),
  criterion('2.6.T3', 'Thực hiện tốt nhiệm vụ cải cách hành chính'),
  criterion('2.6.T4', 'Cơ quan, đơn vị luôn đạt danh hiệu “Cơ quan văn hóa”, “Đơn vị văn hóa”'),
  criterion(
    '2.6.T5',
    'Phong cách, lề lối làm việc của cán bộ, công chức, viên chức khoa học, chủ động, sáng tạo, hiệu quả trong thực thi nhiệm vụ được giao',
  ),
  criterion('2.6.T6', 'Hàng năm được công nhận tập thể xuất sắc'),
  criterion(
    '2.6.T7',
    'Có sáng kiến cải tiến kỹ thuật, giải pháp công tác, áp dụng khoa học, công nghệ tăng năng suất, chất lượng, hiệu quả trong thực hiện nhiệm vụ',
  ),
  criterion('2.6.T8', 'Dẫn đầu trong các phong trào thi đua của cơ quan, đơn vị, địa phương'),
  criterion('2.6.T9', 'Cơ quan, đơn vị văn minh, hiện đại, xanh, sạch, đẹp'),
  criterion('2.6.T10', 'Tổ chức Đảng, đoàn thể trong cơ quan, đơn vị luôn đạt trong sạch, vững mạnh'),
  criterion('2.6.C1', 'Là nhân tố tiêu biểu, nổi trội trong cơ quan, đơn vị'),
  criterion(
    '2.6.C2',
    'Gương mẫu chấp hành tốt chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước',
  ),
  criterion('2.6.C3', 'Thực hiện tốt nội quy, quy chế của cơ quan, đơn vị, địa phương'),
  criterion('2.6.C4', 'Có tinh thần đoàn kết, góp phần xây dựng tập thể vững mạnh'),
  criterion('2.6.C5', 'Hàng năm được đánh giá hoàn thành xuất sắc nhiệm vụ'),
  criterion('2.6.C6', 'Có tinh thần trách nhiệm cao, thái độ làm việc tận tụy, năng động, sáng tạo'),
  criterion('2.6.C7', 'Có nhiều sáng kiến, giải pháp hữu ích trong công tác'),
  criterion('2.6.C8', 'Chuẩn mực trong giao tiếp công vụ'),
  criterion('2.6.C9', 'Tích cực tham gia các phong trào thi đua'),

  // 2.7. Giáo dục - Đào tạo
  criterion(
    '2.7.T1',
    'Là các cơ sở giáo dục mầm non, giáo dục phổ thông, giáo dục thường xuyên, luôn hoàn thành xuất sắc nhiệm vụ',
  ),
  criterion('2.7.T2', 'Là điển hình về chất lượng giáo dục và đào tạo'),
  criterion(
    '2.7.T3',
    'Là nơi kiến tạo, hỗ trợ, phục vụ để mỗi nhà giáo, cán bộ quản lý giáo dục, học sinh, học viên có môi trường sư phạm thuận lợi, phát huy tối đa phẩm chất, năng lực cá nhân',
  ),
  criterion('2.7.T4', 'Cơ sở vật chất kỹ thuật không ngừng được nâng lên'),
  criterion('2.7.T5', 'Đội ngũ cán bộ quản lý giáo dục, giáo viên, nhân viên có năng lực, tận tâm với nghề'),
  criterion('2.7.T6', 'Thực sự là môi trường nhà trường thân thiện, học sinh tích cực'),
  // The plan names preschools (mầm non) among these collectives; they have no "học sinh giỏi các cấp".
  criterion('2.7.T7', 'Có nhiều học sinh giỏi các cấp', { required: false }),
  criterion('2.7.T8', 'Tập thể đoàn kết'),
  criterion('2.7.T9', 'Tích cực hưởng ứng các phong trào thi đua do địa phương và các cấp tổ chức phát động'),
  criterion('2.7.T10', 'Tích cực tham gia, đóng góp trong công tác xã hội'),
  criterion('2.7.C1', 'Là cán bộ quản lý giáo dục, giáo viên, nhân viên hoàn thành xuất sắc các nhiệm vụ', {
    profile: EDU_STAFF,
  }),
  criterion(
    '2.7.C2',
    'Là điển hình trong phong trào thi đua “Đổi mới, sáng tạo trong quản lý, giảng dạy và học tập”',
    { profile: EDU_STAFF },
  ),
  criterion('2.7.C3', 'Có nhiều sáng kiến, giải pháp hữu ích trong công tác', { profile: EDU_STAFF }),
  criterion('2.7.C4', 'Có năng lực, tận tâm với nghề', { profile: EDU_STAFF }),
  criterion(
    '2.7.C5',
    'Tích cực hưởng ứng các phong trào thi đua do địa phương và các cấp tổ chức phát động',
    { profile: EDU_STAFF },
  ),
  criterion(
    '2.7.C6',
    'Là học sinh, sinh viên, học viên tiêu biểu trong phong trào thi đua “Đổi mới, sáng tạo trong quản lý, giảng dạy và học tập”',
    { profile: EDU_LEARNER },
  ),
  criterion(
    '2.7.C7',
    'Có ý thức chủ động, tích cực, sáng tạo vượt khó vươn lên trong học tập, rèn luyện và khởi nghiệp',
    { profile: EDU_LEARNER },
  ),
  criterion('2.7.C8', 'Có kỷ luật, kỷ cương, ý thức trách nhiệm công dân, xã hội', {
    profile: EDU_LEARNER,
  }),
  // Both profiles' paragraphs end with the same two conditions, so they belong to every profile.
  criterion('2.7.C9', 'Có hành vi, nghĩa cử cao đẹp giúp đỡ các trường hợp khó khăn, hoạn nạn'),
  criterion('2.7.C10', 'Tích cực tham gia các hoạt động tình nguyện, thiện nguyện vì cộng đồng'),

  // 2.8. Chăm sóc sức khỏe cho nhân dân
  criterion('2.8.T1', 'Là những tập thể hoàn thành xuất sắc các nhiệm vụ'),
  criterion('2.8.T2', 'Thực hiện tốt các Chương trình mục tiêu quốc gia về y tế'),
  criterion('2.8.T3', 'Nâng cao hiệu quả công tác chăm sóc sức khỏe cho người dân'),
  criterion('2.8.T4', 'Có phương pháp, giải pháp mới, sáng tạo nâng cao hiệu quả công tác'),
  criterion(
    '2.8.T5',
    'Thực hiện có hiệu quả các phong trào thi đua của ngành, đặc biệt là y đức của người thầy thuốc',
  ),
  criterion('2.8.T6', 'Tích cực hưởng ứng các phong trào thi đua của địa phương và các cấp phát động'),
  criterion('2.8.T7', 'Tích cực tham gia, đóng góp cho công tác xã hội'),
  criterion('2.8.C1', 'Là các Y, Bác sĩ hoàn thành xuất sắc các nhiệm vụ'),
  criterion('2.8.C2', 'Có phương pháp, giải pháp mới, sáng tạo nâng cao hiệu quả công tác'),
  criterion(
    '2.8.C3',
    'Thực hiện có hiệu quả các phong trào thi đua của ngành, đặc biệt là y đức của người thầy thuốc',
  ),
  criterion('2.8.C4', 'Tích cực hưởng ứng các phong trào thi đua của địa phương và các cấp phát động'),

  // 2.9. An ninh, trật tự
  criterion('2.9.T1', 'Là các tập thể thuộc các lực lượng vũ trang, hoàn thành xuất sắc nhiệm vụ'),
  criterion('2.9.T2', 'Có nhiều phương pháp mới, cách làm sáng tạo, đạt hiệu quả trong thực hiện nhiệm vụ'),
  criterion('2.9.T3', 'Luôn sẵn sàng chiến đấu cao, chủ động trong mọi tình huống'),
  criterion('2.9.T4', 'Giữ vững an ninh, chính trị, trật tự, an toàn xã hội'),
  criterion('2.9.T5', 'Làm tốt công tác vận động quần chúng, xây dựng “thế trận lòng dân” vững chắc'),
  criterion('2.9.T6', 'Không để xảy ra các “điểm nóng”, vụ việc phức tạp'),
  criterion('2.9.T7', 'Tích cực hưởng ứng các phong trào thi đua do tỉnh, đơn vị, địa phương phát động'),
  criterion(
    '2.9.C1',
    'Là các cán bộ, chiến sĩ, cá nhân thuộc các lực lượng vũ trang có bản lĩnh chính trị kiên định vững vàng',
  ),
  criterion('2.9.C2', 'Tuyệt đối trung thành với sự nghiệp cách mạng'),
  criterion('2.9.C3', 'Kiên quyết đấu tranh với biểu hiện sai trái'),
  // The plan says "hoàn thành xuất sắc (các) nhiệm vụ" twice in this paragraph; it is one condition.
  criterion('2.9.C4', 'Hoàn thành xuất sắc các nhiệm vụ'),
  criterion(
    '2.9.C5',
    'Có nhiều sáng kiến, giải pháp mới, sáng tạo, đạt hiệu quả cao trong thực hiện Phong trào thi đua Quyết thắng, Phong trào Vì an ninh Tổ quốc',
  ),
  criterion('2.9.C6', 'Luôn sẵn sàng chiến đấu, chủ động trong mọi tình huống'),
  criterion('2.9.C7', 'Có phương pháp, giải pháp tác chiến hiệu quả'),
  criterion(
    '2.9.C8',
    'Thực hiện tốt các hoạt động giữ gìn, đảm bảo an ninh trật tự trên địa bàn được phân công phụ trách',
  ),

  // 2.10. Xây dựng Đảng, đoàn thể, tổ chức hội
  criterion('2.10.T1', 'Là các tổ chức Đảng có nhiều đổi mới trong nội dung sinh hoạt', {
    profile: PARTY_CELL,
  }),
  criterion(
    '2.10.T2',
    'Triển khai thực hiện có hiệu quả công tác xây dựng Đảng, giáo dục chính trị, tư tưởng cho cán bộ, đảng viên',
    { profile: PARTY_CELL },
  ),
  criterion('2.10.T3', 'Lãnh đạo thực hiện hoàn thành xuất sắc nhiệm vụ chính trị của cơ quan, đơn vị', {
    profile: PARTY_CELL,
  }),
  criterion(
    '2.10.T4',
    'Đảng viên gương mẫu đi đầu, có nhiều đóng góp trong công tác xây dựng Đảng và các hoạt động, góp phần xây dựng tổ chức Đảng trong sạch vững mạnh',
    { profile: PARTY_CELL },
  ),
  criterion('2.10.T5', 'Hoàn thành xuất sắc nhiệm vụ được giao', { profile: PARTY_CELL }),
  criterion(
    '2.10.T6',
    'Các tổ chức hội, đoàn thể và các mô hình do các hội, đoàn thể tổ chức có nhiều sáng tạo trong hoạt động tuyên truyền, giáo dục, vận động đoàn viên, hội viên và Nhân dân thực hiện tốt đường lối, chủ trương của Đảng, chính sách, pháp luật của Nhà nước, quy định của địa phương',
    { profile: ASSOCIATION },
  ),
  criterion('2.10.T7', 'Hưởng ứng tích cực các phong trào thi đua trên địa bàn', { profile: ASSOCIATION }),
  criterion(
    '2.10.T8',
    'Các thành viên của tổ chức là người gương mẫu đi đầu, là tấm gương để người khác học tập, noi theo',
    { profile: ASSOCIATION },
  ),
  criterion('2.10.T9', 'Tổ chức đảng, đơn vị đạt trong sạch, vững mạnh', { profile: ASSOCIATION }),
  criterion('2.10.T10', 'Hoàn thành xuất sắc chức năng, nhiệm vụ được giao', { profile: ASSOCIATION }),
  criterion(
    '2.10.C1',
    'Là cán bộ, đảng viên, công chức, viên chức, hội viên của tổ chức Đảng, hội, đoàn thể luôn gương mẫu đi đầu',
  ),
  criterion('2.10.C2', 'Là những tấm gương sáng để mọi người học tập, noi theo'),
  criterion(
    '2.10.C3',
    'Có nhiều sáng tạo trong hoạt động tuyên truyền, giáo dục, vận động đoàn viên, hội viên và Nhân dân thực hiện tốt đường lối, chủ trương của Đảng, chính sách, pháp luật của Nhà nước, quy định của địa phương',
  ),
  criterion('2.10.C4', 'Hằng năm luôn hoàn thành xuất sắc nhiệm vụ được giao'),
  criterion('2.10.C5', 'Có tinh thần đoàn kết, xây dựng tổ chức hội, đoàn thể vững mạnh'),

  // 2.11. Cải cách hành chính (CCHC)
  criterion(
    '2.11.T1',
    'Là cơ quan, đơn vị có các phong trào thi đua nâng cao trách nhiệm của người đứng đầu cơ quan, đơn vị trong lãnh đạo, chỉ đạo triển khai thực hiện các nhiệm vụ CCHC',
  ),
  criterion(
    '2.11.T2',
    'Thi đua thực hiện các nhiệm vụ CCHC theo Chương trình tổng thể CCHC của Chính phủ, kế hoạch hằng năm, kế hoạch giai đoạn của UBND tỉnh với các nội dung: Cải cách thể chế, cải cách thủ tục hành chính, cải cách tổ chức bộ máy, cải cách chế độ công vụ, cải cách tài chính công, xây dựng và phát triển Chính quyền điện tử',
  ),
  criterion(
    '2.11.T3',
    'Thi đua thực hiện hoàn thành tốt các tiêu chí trong Bộ chỉ số theo dõi, đánh giá, xếp hạng kết quả CCHC trên địa bàn huyện do UBND tỉnh ban hành',
  ),
  criterion('2.11.T4', 'Thi đua trong công tác tuyên truyền, tham gia chung tay thực hiện CCHC'),
  criterion(
    '2.11.T5',
    'Thi đua đề xuất các giải pháp, sáng kiến trong thực hiện nhiệm vụ CCHC tạo sự chuyển biến có tính đột phá, mang lại hiệu quả thiết thực',
  ),
  criterion(
    '2.11.T6',
    'Nâng cao sự hài lòng của tổ chức và cá nhân đối với sự phục vụ của cơ quan hành chính Nhà nước',
  ),
  criterion(
    '2.11.C1',
    'Là cán bộ, công chức, viên chức, người lao động trong các cơ quan có cách làm hay, mô hình mới là những sáng kiến, điển hình tiêu biểu trong CCHC',
  ),
  criterion(
    '2.11.C2',
    'Có thành tích trong công tác tham mưu tích cực vào công tác CCHC tại các cơ quan, đơn vị, địa phương',
  ),
  criterion(
    '2.11.C3',
    'Có nhiều thành tích trong chỉ đạo, tham mưu nâng cao Chỉ số CCHC của cơ quan, đơn vị, địa phương',
  ),

  // 2.12. Từ thiện nhân đạo: one text for all three subjects.
  ...charity('T'),
  ...charity('C'),
  ...charity('H'),
];
