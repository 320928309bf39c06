import { parseEmails } from '../plan/emails';
import { cellText, isBlank, type CellValue } from '../cells';
import { issue, type IssueCode } from '../issues';
import { toWholeNumber } from '../numbers';
import {
  CONFIG,
  DEFAULT_MIN_SUMMARY_LENGTH,
  NO_CONFIG,
  type ConfigValues,
  MILESTONE_PREFIX,
  QUOTA_PREFIX,
} from '../plan/config';
import { readMilestone } from '../plan/milestones';
import { badQuota, parseQuota } from '../plan/quota';
import type { Category, Milestone, YearRange } from '../plan/types';
import { headerKey } from '../table';
import { cleanText, vocabularyKey } from '../text';
import type { ConfigColumn } from './layout';
import { TAB } from './layout';
import type { PlanNeed } from './plan-gaps';
import { dataRows, gap, headerOf, rowText, type FoundTab, type Problems } from './reference-tab';

/** What each required parameter is, said to the user who must write it. */
const WHAT_TO_WRITE: Partial<Record<string, string>> = {
  [CONFIG.organization]: 'tên cơ quan ban hành, in ở đầu các trang tổng hợp (ví dụ “Ủy ban nhân dân xã …”)',
  [CONFIG.council]: 'tên Hội đồng, in ở đầu trang và ở chỗ ký (ví dụ “Hội đồng Thi đua – Khen thưởng xã …”)',
  [CONFIG.place]: 'địa danh của dòng “…, ngày … tháng … năm …”',
  [CONFIG.startYear]: 'năm đầu của giai đoạn kế hoạch, 4 chữ số',
  [CONFIG.endYear]: 'năm cuối của giai đoạn kế hoạch, 4 chữ số',
  [CONFIG.midtermFrom]: 'năm đầu của khoảng sơ kết, 4 chữ số',
  [CONFIG.midtermTo]: 'năm cuối của khoảng sơ kết, 4 chữ số',
};

/** Values a config row cannot have, for rows that the user must write. */
function absent(name: string, present: boolean): string {
  const what = WHAT_TO_WRITE[name] ?? 'giá trị';
  return present
    ? `Chưa ghi “${name}” trong trang “${TAB.config}”: ghi ${what}.`
    : `Trang “${TAB.config}” chưa có dòng “${name}”: thêm dòng đó (hoặc chạy “Thiết lập bảng tính”) và ghi ${what}.`;
}

type Cell = { raw: CellValue; row: number };

/** `Cấu hình`'s rows by parameter, and the ways a parameter can be missing or wrong. */
class ConfigCells {
  private readonly cells = new Map<string, Cell>();
  readonly sheet: string;
  readonly valueHeader: string;

  constructor(
    readonly found: FoundTab<ConfigColumn>,
    private readonly problems: Problems,
  ) {
    this.sheet = found.tab.name;
    this.valueHeader = headerOf(found, 'value');
    for (const row of this.rows()) {
      const name = rowText(row, found.header.columns.name);
      if (name) this.cells.set(headerKey(name), { raw: this.value(row), row: row.sheetRow });
    }
  }

  rows() {
    return dataRows(this.found.tab.values, this.found.header.headerRow);
  }

  value(row: ReturnType<ConfigCells['rows']>[number]): CellValue {
    return row.cells[this.found.header.columns.value ?? -1] ?? null;
  }

  get(name: string): Cell | undefined {
    return this.cells.get(headerKey(name));
  }

  /** A problem on a parameter's row: a gap when a command needs it, else an issue alone. */
  problem(need: PlanNeed | null, name: string, code: IssueCode, message: string, row?: number): void {
    const found = issue(this.sheet, row ?? this.get(name)?.row ?? null, this.valueHeader, code, message);
    if (need) gap(this.problems, need, found);
    else this.problems.issues.push(found);
  }

  text(name: string, need: PlanNeed | null): string {
    const v = this.get(name);
    if (v && !isBlank(v.raw)) return cleanText(cellText(v.raw));
    if (need) this.problem(need, name, 'E_BAD_CONFIG', absent(name, v !== undefined));
    return '';
  }

  year(name: string, need: PlanNeed, required: boolean): number | null {
    const v = this.get(name);
    if (!v || isBlank(v.raw)) {
      if (required) this.problem(need, name, 'E_BAD_CONFIG', absent(name, v !== undefined));
      return null;
    }
    const n = toWholeNumber(v.raw);
    if (n !== null && n >= 1900 && n <= 2200) return n;
    this.problem(
      need,
      name,
      'E_BAD_CONFIG',
      `“${name}” phải là một năm có 4 chữ số, không phải “${cellText(v.raw)}”.`,
    );
    return null;
  }

  range(fromName: string, toName: string, need: PlanNeed): YearRange | null {
    const from = this.year(fromName, need, true);
    const to = this.year(toName, need, true);
    if (from === null || to === null) return null;
    if (to >= from) return { from, to };
    this.problem(
      need,
      toName,
      'E_BAD_CONFIG',
      `“${toName}” (${to}) đứng trước “${fromName}” (${from}); sửa lại cho đúng thứ tự.`,
    );
    return null;
  }
}

/** The plan's period and the mid-term range, which must lie inside it. */
function readPeriods(config: ConfigCells): { period: YearRange | null; midterm: YearRange | null } {
  const period = config.range(CONFIG.startYear, CONFIG.endYear, 'period');
  const midterm = config.range(CONFIG.midtermFrom, CONFIG.midtermTo, 'midterm');
  if (midterm && period && (midterm.from < period.from || midterm.to > period.to)) {
    config.problem(
      'midterm',
      CONFIG.midtermFrom,
      'E_BAD_CONFIG',
      `Khoảng sơ kết ${midterm.from}–${midterm.to} nằm ngoài giai đoạn ${period.from}–${period.to}; sửa “${CONFIG.midtermFrom}” và “${CONFIG.midtermTo}”.`,
    );
    return { period, midterm: null };
  }
  return { period, midterm };
}

/** The minimum summary length: blank takes the default (and says so), a non-number is an issue. */
function readMinSummaryLength(config: ConfigCells, defaults: string[]): number {
  const cell = config.get(CONFIG.minSummaryLength);
  if (!cell || isBlank(cell.raw)) {
    defaults.push(`“${CONFIG.minSummaryLength}” chưa ghi: dùng mặc định ${DEFAULT_MIN_SUMMARY_LENGTH}.`);
    return DEFAULT_MIN_SUMMARY_LENGTH;
  }
  const n = toWholeNumber(cell.raw);
  if (n !== null) return n;
  config.problem(
    null,
    CONFIG.minSummaryLength,
    'E_BAD_CONFIG',
    `“${CONFIG.minSummaryLength}” phải là một số nguyên, không phải “${cellText(cell.raw)}”; tạm dùng ${DEFAULT_MIN_SUMMARY_LENGTH}.`,
  );
  return DEFAULT_MIN_SUMMARY_LENGTH;
}

/** `Chỉ tiêu: <loại đơn vị>` rows (categories and their default quota) and `Mốc: <tên>` rows. */
function readListedRows(
  config: ConfigCells,
  period: YearRange | null,
): { categories: Category[]; milestones: Milestone[] } {
  const categories: Category[] = [];
  const milestones: Milestone[] = [];
  for (const row of config.rows()) {
    const name = rowText(row, config.found.header.columns.name);
    const raw = config.value(row);
    const key = vocabularyKey(name);
    const rest = cleanText(name.slice(name.indexOf(':') + 1));
    if (key.startsWith(vocabularyKey(QUOTA_PREFIX))) {
      const quota = parseQuota(raw);
      if (quota === null)
        config.problem(
          null,
          name,
          'E_BAD_QUOTA',
          badQuota(raw, `Chỉ tiêu mặc định của “${rest}”`, 'ghi 0 nếu loại này không có chỉ tiêu'),
          row.sheetRow,
        );
      categories.push({
        name: rest,
        defaultQuota: quota?.min ?? 0,
        ...(quota && quota.max !== quota.min && { defaultQuotaMax: quota.max }),
      });
    } else if (key.startsWith(vocabularyKey(MILESTONE_PREFIX))) {
      const milestone = readMilestone(rest, raw);
      if (milestone) milestones.push(milestone);
      else {
        const year = period?.from ?? new Date().getFullYear();
        config.problem(
          null,
          name,
          'E_BAD_CONFIG',
          isBlank(raw)
            ? `Mốc “${rest}” chưa ghi thời gian: ghi một quý (“Quý II/${year}”), một tháng (“Tháng 10/${year}”), ` +
                `một ngày (“15/10/${year}”) hoặc một năm (“${year}”).`
            : `Mốc “${rest}” ghi thời gian là “${cellText(raw)}”, không đọc được: ghi một quý (“Quý II/${year}”), ` +
                `một tháng (“Tháng 10/${year}”), một ngày (“15/10/${year}”) hoặc một năm (“${year}”).`,
          row.sheetRow,
        );
      }
    }
  }
  return { categories, milestones };
}

/** The secretariat's Google accounts; what is not an address is an issue on the row. */
function readSecretariat(config: ConfigCells): string[] {
  const cell = config.get(CONFIG.secretariat);
  const secretariat = parseEmails(cellText(cell?.raw ?? ''));
  if (cell && secretariat.invalid.length)
    config.problem(
      null,
      CONFIG.secretariat,
      'E_BAD_CONFIG',
      `“${CONFIG.secretariat}”: ${secretariat.invalid.map((e) => `“${e}”`).join(', ')} không phải địa chỉ email; ` +
        'ghi các tài khoản Google của thư ký, cách nhau bằng dấu phẩy.',
    );
  return secretariat.emails;
}

/**
 * Reads `Cấu hình`. Required values that are blank or missing are gaps naming the parameter and what
 * to write; only values with a neutral default (the minimum summary length, `Năm xét`, the propagation
 * recipient) may be blank, and `defaults` says which default was taken.
 */
export function readConfig(
  found: FoundTab<ConfigColumn> | undefined,
  problems: Problems,
): { values: ConfigValues; defaults: string[] } {
  const defaults: string[] = [];
  if (!found) return { values: { ...NO_CONFIG, categories: [], milestones: [] }, defaults };
  const config = new ConfigCells(found, problems);
  const { period, midterm } = readPeriods(config);
  const minSummaryLength = readMinSummaryLength(config, defaults);
  const { categories, milestones } = readListedRows(config, period);
  const secretariat = readSecretariat(config);
  return {
    values: {
      organization: config.text(CONFIG.organization, 'letterhead'),
      council: config.text(CONFIG.council, 'letterhead'),
      place: config.text(CONFIG.place, 'letterhead'),
      period,
      reviewYear: config.year(CONFIG.reviewYear, 'period', false),
      midterm,
      minSummaryLength,
      propagationRecipient: config.text(CONFIG.propagationRecipient, null),
      signer: config.text(CONFIG.signer, null),
      secretariat,
      categories,
      milestones,
    },
    defaults,
  };
}
