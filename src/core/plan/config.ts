import { quotaText } from './quota';
import type { Plan } from './types';

/** What `Cấu hình` holds. */
export type ConfigValues = Pick<
  Plan,
  | 'organization'
  | 'council'
  | 'place'
  | 'period'
  | 'reviewYear'
  | 'midterm'
  | 'minSummaryLength'
  | 'propagationRecipient'
  | 'signer'
  | 'secretariat'
  | 'categories'
  | 'milestones'
>;

/**
 * The `Cấu hình` tab's parameters: one row each, "Tham số" · "Giá trị". Default quotas per unit
 * category are rows too ("Chỉ tiêu: Xã, thị trấn" · 10), so a council can add its own categories.
 */
export const CONFIG = {
  organization: 'Tên cơ quan',
  council: 'Tên Hội đồng',
  place: 'Địa danh',
  startYear: 'Năm bắt đầu',
  endYear: 'Năm kết thúc',
  reviewYear: 'Năm xét',
  midtermFrom: 'Sơ kết từ năm',
  midtermTo: 'Sơ kết đến năm',
  minSummaryLength: 'Số ký tự tối thiểu của thành tích',
  propagationRecipient: 'Nơi nhận danh sách tuyên truyền',
  signer: 'Người ký (Chủ tịch Hội đồng)',
  secretariat: 'Thư ký Hội đồng (email)',
} as const;

/** The one parameter with a neutral default, used (and said to be used) when the cell is blank. */
export const DEFAULT_MIN_SUMMARY_LENGTH = 30;

/** Settings with nothing written: blank texts, no years, no categories or milestones. */
export const NO_CONFIG: Readonly<ConfigValues> = {
  organization: '',
  council: '',
  place: '',
  period: null,
  reviewYear: null,
  midterm: null,
  minSummaryLength: DEFAULT_MIN_SUMMARY_LENGTH,
  propagationRecipient: '',
  signer: '',
  secretariat: [],
  categories: [],
  milestones: [],
};

export const QUOTA_PREFIX = 'Chỉ tiêu: ';
export const MILESTONE_PREFIX = 'Mốc: ';

/** The `Cấu hình` rows for a plan, in the order a new template shows them; unknown values are blank. */
export function configRows(plan: Plan): [string, string | number][] {
  return [
    [CONFIG.organization, plan.organization],
    [CONFIG.council, plan.council],
    [CONFIG.place, plan.place],
    [CONFIG.startYear, plan.period?.from ?? ''],
    [CONFIG.endYear, plan.period?.to ?? ''],
    [CONFIG.reviewYear, plan.reviewYear ?? ''],
    [CONFIG.midtermFrom, plan.midterm?.from ?? ''],
    [CONFIG.midtermTo, plan.midterm?.to ?? ''],
    [CONFIG.minSummaryLength, plan.minSummaryLength],
    [CONFIG.propagationRecipient, plan.propagationRecipient],
    [CONFIG.signer, plan.signer],
    [CONFIG.secretariat, plan.secretariat.join(', ')],
    ...plan.categories.map((c): [string, string | number] => [
      QUOTA_PREFIX + c.name,
      c.defaultQuotaMax === undefined ? c.defaultQuota : quotaText(c.defaultQuota, c.defaultQuotaMax),
    ]),
    ...plan.milestones.map((m): [string, string] => [MILESTONE_PREFIX + m.name, m.when]),
  ];
}
