import { composeNarrative } from '../narrative/compose';
import type { NarrativeReport } from '../narrative/model';
import type { GeneratedTab, WorkbookPort } from '../port';
import { councilTab } from '../reports/council-tab';
import { draftMessage, draftOf, planErrors, type Draft } from '../reports/draft';
import { fingerprint } from '../reports/fingerprint';
import { modelsTab } from '../reports/models-tab';
import { periodCharts } from '../reports/period-charts';
import type { Chart } from '../reports/svg-chart';
import { periodTab } from '../reports/period-tab';
import { propagationTab } from '../reports/propagation-tab';
import { quotasTab } from '../reports/quotas-tab';
import { statisticsTab } from '../reports/statistics-tab';
import type { QuotaTally } from '../tally/quotas';
import type { PeriodTally } from '../tally/period';
import { Tally } from '../tally/tally';
import { unitPlansMessage, type UnitPlanLine } from '../tally/unit-plans';
import type { YearTally } from '../tally/year';
import { validateNominations, type ValidationResult } from '../validate/validate';
import { readWorkbook, type WorkbookReading } from '../workbook/read-workbook';
import type { TabData } from '../workbook/tab';
import { freeTabName } from '../workbook/tab-names';
import { requirePlan, type PlanNeed } from '../workbook/plan-gaps';
import type { Plan, YearRange } from '../plan/types';

export interface Analysis {
  tabs: TabData[];
  reading: WorkbookReading;
  result: ValidationResult;
  /** Every figure of every output, counted once from `result`. */
  tally: Tally;
}

/**
 * Reads and checks the whole workbook. A command passes what it needs from the plan; when the
 * workbook does not give it, the command stops here with what to write where (PlanIncomplete).
 */
export function analyse(port: WorkbookPort, needs: readonly PlanNeed[] = []): Analysis {
  const tabs = port.readTabs();
  return { tabs, ...checkTabs(tabs, needs) };
}

/** Read, then validate: the one way every command, door and edit turns tabs into checked rows. */
export function checkTabs(
  tabs: TabData[],
  needs: readonly PlanNeed[] = [],
): { reading: WorkbookReading; result: ValidationResult; tally: Tally } {
  const reading = readWorkbook(tabs);
  requirePlan(reading, needs);
  const result = validateNominations(reading);
  return { reading, result, tally: new Tally(reading.plan, result, reading.unitPlans) };
}

/** The commands that write the council's tabs need their letterhead as well as the plan itself. */
export const COUNCIL_NEEDS: readonly PlanNeed[] = ['tabs', 'period', 'letterhead'];

/** A warning, not a failure, for years asked for outside the plan's period; null when inside. */
export function periodWarning(plan: Plan, from: number, to: number = from): string | null {
  if (!plan.period || (from >= plan.period.from && to <= plan.period.to)) return null;
  const asked = from === to ? `Năm ${from}` : `Khoảng năm ${from}–${to}`;
  return `Cảnh báo: ${asked} nằm ngoài giai đoạn ${plan.period.from}–${plan.period.to} của kế hoạch (trang “Cấu hình”).`;
}

/** The year menu commands work on: `Cấu hình` › `Năm xét`, or the current year. */
export function reviewYear(reading: WorkbookReading, today: Date): number {
  return reading.plan.reviewYear ?? today.getFullYear();
}

function dated(today: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(today.getDate())}-${pad(today.getMonth() + 1)}-${today.getFullYear()}`;
}

/** With a secretariat named in `Cấu hình`, a generated tab is theirs alone to edit. */
export function secretariatOnly(tab: GeneratedTab, secretariat: string[]): GeneratedTab {
  return secretariat.length ? { ...tab, editors: secretariat } : tab;
}

/**
 * Writes generated tabs. One whose values no longer match the fingerprint stored when it was written
 * was edited by hand: it is kept under a dated backup name, never silently overwritten.
 */
export function writeGenerated(
  port: WorkbookPort,
  tabs: TabData[],
  generated: GeneratedTab[],
  today: Date,
  secretariat: string[],
): string[] {
  const messages: string[] = [];
  port.ensureWritable(generated.map((tab) => ({ generated: tab.key })));
  for (const tab of generated) {
    const current = tabs.find((t) => t.generated === tab.key);
    const edited = current?.fingerprint !== undefined && fingerprint(current.values) !== current.fingerprint;
    const withPrint = { ...secretariatOnly(tab, secretariat), fingerprint: fingerprint(tab.values) };
    if (current && edited) {
      const backup = freeTabName(
        tabs.map((t) => t.name),
        `${current.name} (sửa tay ${dated(today)})`,
      );
      port.replaceGeneratedTab(withPrint, { keepOldAs: backup });
      messages.push(
        `Trang “${current.name}” đã bị sửa tay nên được giữ lại với tên “${backup}”; trang mới đã được tạo.`,
      );
    } else port.replaceGeneratedTab(withPrint);
  }
  return messages;
}

export interface QuotasReport {
  year: number;
  /** The year's figures, of which `tally` and `plans` are parts. */
  figures: YearTally;
  tally: QuotaTally;
  /** Each quota holder's two plans (the period's, the year's); null when the workbook keeps no `Kế hoạch đơn vị`. */
  plans: UnitPlanLine[] | null;
  /** Set when the plan has errors: what was written is a draft, not for signature. */
  draft: Draft | null;
  message: string;
}

/**
 * The council's documents are drafts while the plan itself (a reference tab) has an error: figures
 * built on a wrong quota, category or parent unit must not reach a signature.
 */
export function councilDraft(reading: WorkbookReading): Draft | null {
  return draftOf(planErrors(reading));
}

/** A command's message: the draft's lines first when there is one, then the rest. */
function withDraft(draft: Draft | null, written: string[], lines: string[]): string {
  return [...(draft ? draftMessage(draft, written) : []), ...lines].join('\n');
}

/** The period's and the year's plans: how many arrived, whose have not, and what to do. */
function planMessage(year: number, plans: UnitPlanLine[] | null): string[] {
  return plans ? unitPlansMessage(plans, year) : [];
}

function quotaMessage(tally: QuotaTally): string {
  const short = tally.lines.filter((l) => !l.met);
  const list = short
    .slice(0, 10)
    .map((l) => `${l.name} (thiếu ${l.shortfall})`)
    .join(', ');
  return (
    `Năm ${tally.year}: ${tally.lines.length - short.length}/${tally.lines.length} đơn vị đạt chỉ tiêu.` +
    (short.length
      ? ` Chưa đạt: ${list}${short.length > 10 ? ` và ${short.length - 10} đơn vị khác` : ''}.`
      : '')
  );
}

/** "Kiểm tra chỉ tiêu": tallies the review year and rebuilds `Chỉ tiêu <năm>`. */
export function runQuotas(port: WorkbookPort, today: Date, year?: number): QuotasReport {
  const { tabs, reading, tally: all } = analyse(port, COUNCIL_NEEDS);
  const y = year ?? reviewYear(reading, today);
  const ofYear = all.year(y);
  const { quotas: tally, plans } = ofYear;
  const draft = councilDraft(reading);
  const generated = [quotasTab(reading.plan, ofYear, draft)];
  const notes = writeGenerated(port, tabs, generated, today, reading.plan.secretariat);
  const warning = periodWarning(reading.plan, y);
  return {
    year: y,
    figures: ofYear,
    tally,
    plans,
    draft,
    message: withDraft(
      draft,
      generated.map((g) => g.name),
      [...(warning ? [warning] : []), quotaMessage(tally), ...planMessage(y, plans), ...notes],
    ),
  };
}

/**
 * The council's documents of a year as they would be written now (`Chỉ tiêu`, `Tổng hợp`, `Thống kê`,
 * `Tuyên truyền`), without writing them: the command writes these, the print view draws them.
 */
export function councilDocuments(
  reading: WorkbookReading,
  tally: Tally,
  year: number,
): { tally: YearTally; draft: Draft | null; generated: GeneratedTab[] } {
  const { plan } = reading;
  const ofYear = tally.year(year);
  const draft = councilDraft(reading);
  const generated = [
    quotasTab(plan, ofYear, draft),
    councilTab(plan, ofYear, draft),
    statisticsTab(plan, ofYear, draft),
    propagationTab(plan, ofYear, draft),
  ];
  return { tally: ofYear, draft, generated };
}

/** "Tổng hợp cho Hội đồng": `Chỉ tiêu`, `Tổng hợp`, `Thống kê` and `Tuyên truyền` of the review year. */
export function runCouncil(
  port: WorkbookPort,
  today: Date,
  year?: number,
): QuotasReport & { written: string[]; generated: GeneratedTab[] } {
  const { tabs, reading, tally: all } = analyse(port, COUNCIL_NEEDS);
  const { plan } = reading;
  const y = year ?? reviewYear(reading, today);
  const warning = periodWarning(plan, y);
  const { tally: ofYear, draft, generated } = councilDocuments(reading, all, y);
  const { quotas: tally, plans } = ofYear;
  const notes = writeGenerated(port, tabs, generated, today, reading.plan.secretariat);
  const valid = ofYear.valid.length;
  const invalid = ofYear.rows - valid;
  const written = generated.map((g) => g.name);
  const message = withDraft(draft, written, [
    ...(warning ? [warning] : []),
    `Đã lập ${written.map((name) => `“${name}”`).join(', ')}: ${valid} đề cử hợp lệ của năm ${y}` +
      (invalid ? ` (${invalid} dòng có lỗi không được đưa vào; chạy “Kiểm tra hồ sơ” để xem).` : '.'),
    quotaMessage(tally),
    ...planMessage(y, plans),
    ...notes,
  ]);
  return { year: y, figures: ofYear, tally, plans, draft, message, written, generated };
}

/**
 * The period report and `Theo dõi mô hình` over a range of years as they would be written now, and the
 * report's pictures for the print view, without writing anything.
 */
export function periodDocuments(
  reading: WorkbookReading,
  tally: Tally,
  from: number,
  to: number,
  today: Date,
): {
  period: PeriodTally;
  draft: Draft | null;
  tab: GeneratedTab;
  models: GeneratedTab;
  charts: Chart[];
  /** The draft báo cáo: the same figures, written into sentences. */
  narrative: NarrativeReport;
} {
  const { plan } = reading;
  // The years that have begun are those up to the review year (`Năm xét`, else this year).
  const period = tally.period(from, to, reviewYear(reading, today));
  const draft = councilDraft(reading);
  const charts = periodCharts(plan, period);
  return {
    period,
    draft,
    tab: periodTab(plan, period, draft),
    models: modelsTab(plan, period, draft),
    charts,
    narrative: composeNarrative(plan, period, charts, draft),
  };
}

/**
 * "Báo cáo sơ kết / tổng kết" for a range of years: the plan's whole period by default, or with
 * 'midterm' the mid-term range of `Cấu hình`.
 */
export function runPeriodReport(
  port: WorkbookPort,
  today: Date,
  range?: { from: number; to: number } | 'midterm',
) {
  const needs: PlanNeed[] = [...COUNCIL_NEEDS, ...(range === 'midterm' ? (['midterm'] as const) : [])];
  const { tabs, reading, tally } = analyse(port, needs);
  const { plan } = reading;
  // requirePlan has made sure both ranges are there.
  const { from, to } = (range === 'midterm' ? plan.midterm : (range ?? plan.period)) as YearRange;
  const { period, draft, tab, models, charts, narrative } = periodDocuments(reading, tally, from, to, today);
  const notes = writeGenerated(port, tabs, [tab, models], today, reading.plan.secretariat);
  const warning = periodWarning(plan, from, to);
  const valid = period.valid.length;
  const written = [tab.name, models.name];
  const message = withDraft(draft, written, [
    ...(warning ? [warning] : []),
    `Đã lập “${tab.name}” và “${models.name}”: ${valid} đề cử hợp lệ của các năm ${from}–${to}, ` +
      `${period.models.length} mô hình` +
      (period.rows > valid
        ? ` (${period.rows - valid} dòng có lỗi không được tính; chạy “Kiểm tra hồ sơ” để xem).`
        : '.'),
    ...notes,
  ]);
  return {
    from,
    to,
    name: tab.name,
    written,
    draft,
    message,
    generated: [tab, models],
    charts,
    period,
    narrative,
  };
}
