import { parseEmails } from '../plan/emails';
import { cellText, isBlank, type CellValue } from '../cells';
import { issue } from '../issues';
import { toWholeNumber } from '../numbers';
import {
  CONFIG,
  DEFAULT_MIN_SUMMARY_LENGTH,
  NO_CONFIG,
  type ConfigValues,
  MILESTONE_PREFIX,
  parseQuarter,
  QUOTA_PREFIX,
} from '../plan/config';
import type { Category, Milestone, YearRange } from '../plan/types';
import { headerKey } from '../table';
import { cleanText, matchKey } from '../text';
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
  const { columns } = found.header;
  const sheet = found.tab.name;
  const valueHeader = headerOf(found, 'value');
  const rows = dataRows(found.tab.values, found.header.headerRow);
  const cells = new Map<string, { raw: CellValue; row: number }>();
  for (const row of rows) {
    const name = rowText(row, columns.name);
    if (name) cells.set(headerKey(name), { raw: row.cells[columns.value ?? -1] ?? null, row: row.sheetRow });
  }
  const get = (name: string) => cells.get(headerKey(name));
  const problem = (need: PlanNeed | null, name: string, code: string, message: string) => {
    const found_ = issue(sheet, get(name)?.row ?? null, valueHeader, code, message);
    if (need) gap(problems, need, found_);
    else problems.issues.push(found_);
  };
  const text = (name: string, need: PlanNeed | null): string => {
    const v = get(name);
    if (v && !isBlank(v.raw)) return cleanText(cellText(v.raw));
    if (need) problem(need, name, 'E_BAD_CONFIG', absent(name, v !== undefined));
    return '';
  };
  const year = (name: string, need: PlanNeed, required: boolean): number | null => {
    const v = get(name);
    if (!v || isBlank(v.raw)) {
      if (required) problem(need, name, 'E_BAD_CONFIG', absent(name, v !== undefined));
      return null;
    }
    const n = toWholeNumber(v.raw);
    if (n !== null && n >= 1900 && n <= 2200) return n;
    problem(
      need,
      name,
      'E_BAD_CONFIG',
      `“${name}” phải là một năm có 4 chữ số, không phải “${cellText(v.raw)}”.`,
    );
    return null;
  };
  const range = (fromName: string, toName: string, need: PlanNeed): YearRange | null => {
    const from = year(fromName, need, true);
    const to = year(toName, need, true);
    if (from === null || to === null) return null;
    if (to >= from) return { from, to };
    problem(
      need,
      toName,
      'E_BAD_CONFIG',
      `“${toName}” (${to}) đứng trước “${fromName}” (${from}); sửa lại cho đúng thứ tự.`,
    );
    return null;
  };

  const period = range(CONFIG.startYear, CONFIG.endYear, 'period');
  let midterm = range(CONFIG.midtermFrom, CONFIG.midtermTo, 'midterm');
  if (midterm && period && (midterm.from < period.from || midterm.to > period.to)) {
    problem(
      'midterm',
      CONFIG.midtermFrom,
      'E_BAD_CONFIG',
      `Khoảng sơ kết ${midterm.from}–${midterm.to} nằm ngoài giai đoạn ${period.from}–${period.to}; sửa “${CONFIG.midtermFrom}” và “${CONFIG.midtermTo}”.`,
    );
    midterm = null;
  }

  const minLength = get(CONFIG.minSummaryLength);
  let minSummaryLength = DEFAULT_MIN_SUMMARY_LENGTH;
  if (!minLength || isBlank(minLength.raw)) {
    defaults.push(`“${CONFIG.minSummaryLength}” chưa ghi: dùng mặc định ${DEFAULT_MIN_SUMMARY_LENGTH}.`);
  } else if (toWholeNumber(minLength.raw) === null) {
    problem(
      null,
      CONFIG.minSummaryLength,
      'E_BAD_CONFIG',
      `“${CONFIG.minSummaryLength}” phải là một số nguyên, không phải “${cellText(minLength.raw)}”; tạm dùng ${DEFAULT_MIN_SUMMARY_LENGTH}.`,
    );
  } else minSummaryLength = toWholeNumber(minLength.raw) as number;

  const categories: Category[] = [];
  const milestones: Milestone[] = [];
  for (const row of rows) {
    const name = rowText(row, columns.name);
    const raw = row.cells[columns.value ?? -1] ?? null;
    const key = matchKey(name);
    const rest = cleanText(name.slice(name.indexOf(':') + 1));
    const at = (code: string, message: string) =>
      problems.issues.push(issue(sheet, row.sheetRow, valueHeader, code, message));
    if (key.startsWith(matchKey(QUOTA_PREFIX))) {
      const quota = toWholeNumber(raw);
      if (quota === null)
        at(
          'E_BAD_QUOTA',
          `Chỉ tiêu mặc định của “${rest}” phải là số nguyên không âm, không phải “${cellText(raw)}”.`,
        );
      categories.push({ name: rest, defaultQuota: quota ?? 0 });
    } else if (key.startsWith(matchKey(MILESTONE_PREFIX))) {
      const when = parseQuarter(matchKey(cellText(raw)));
      if (!when)
        at(
          'E_BAD_CONFIG',
          `Mốc “${rest}” cần ghi thời gian theo dạng “Quý II/${period?.from ?? new Date().getFullYear()}”, không phải “${cellText(raw)}”.`,
        );
      else milestones.push({ name: rest, ...when });
    }
  }

  const secretariatCell = get(CONFIG.secretariat);
  const secretariat = parseEmails(cellText(secretariatCell?.raw ?? ''));
  if (secretariatCell && secretariat.invalid.length)
    problems.issues.push(
      issue(
        sheet,
        secretariatCell.row,
        valueHeader,
        'E_BAD_CONFIG',
        `“${CONFIG.secretariat}”: ${secretariat.invalid.map((e) => `“${e}”`).join(', ')} không phải địa chỉ email; ` +
          'ghi các tài khoản Google của thư ký, cách nhau bằng dấu phẩy.',
      ),
    );

  return {
    values: {
      organization: text(CONFIG.organization, 'letterhead'),
      council: text(CONFIG.council, 'letterhead'),
      place: text(CONFIG.place, 'letterhead'),
      period,
      reviewYear: year(CONFIG.reviewYear, 'period', false),
      midterm,
      minSummaryLength,
      propagationRecipient: text(CONFIG.propagationRecipient, null),
      signer: text(CONFIG.signer, null),
      secretariat: secretariat.emails,
      categories,
      milestones,
    },
    defaults,
  };
}
