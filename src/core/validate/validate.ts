import { CELL_LIMIT, cellText, isBlank, isDate, isFormulaError, type CellValue } from '../cells';
import { issue, type Issue, type IssueCode } from '../issues';
import { groupThousands } from '../numbers';
import { candidateList, PlanLookup } from '../plan/lookup';
import type { NameMatch } from '../plan/name-match';
import { decisionsMeaning, type Field, type Plan, type Subject, type Unit } from '../plan/types';
import { nameKey } from '../text';
import { MODEL_HEADER, TAB, type NominationColumn } from '../workbook/layout';
import type { Nomination, NominationTab } from '../workbook/read-nominations';
import type { WorkbookReading } from '../workbook/read-workbook';
import { quote, readTextCell, unusableReason, type TextCell } from './cell-reading';
import { CriteriaChecker, describeMissing } from './criteria-check';
import { readFieldNumber } from './field-number';
import type { CheckedNomination } from './nomination';
import { tabOwner, unitTabMismatch } from './unit-tab';
import { unitFileOwner } from '../workbook/unit-file';
import { identifyModels, nomineeKeys, type Model } from '../models/identify';
import { pathFlags } from '../models/paths';

export interface ValidationResult {
  rows: CheckedNomination[];
  /** Sheet-level issues first, then row issues in tab and row order. */
  issues: Issue[];
  summary: { rows: number; valid: number; errors: number; warnings: number };
  /** The models the rows follow through the years (see models/identify.ts). */
  models: Model[];
}

/** Columns whose values recur on many rows, worth remembering once read. */
const REPEATING = new Set<NominationColumn>(['unit', 'subject', 'field', 'stage', 'decision', 'criteria']);

/** The columns a row must fill, in the order their absence is reported. */
const REQUIRED: readonly NominationColumn[] = ['year', 'unit', 'name', 'subject', 'field', 'summary'];

interface RowContext {
  tab: NominationTab;
  nomination: Nomination;
  issues: Issue[];
  /** Each cell read once per row, however many rules look at it. */
  cells: Partial<Record<NominationColumn, TextCell>>;
}

function header(ctx: RowContext, key: NominationColumn): string {
  return ctx.tab.headers[key] ?? key;
}

function report(ctx: RowContext, key: NominationColumn | null, code: IssueCode, message: string): void {
  ctx.issues.push(issue(ctx.tab.name, ctx.nomination.row, key ? header(ctx, key) : null, code, message));
}

function cell(ctx: RowContext, key: NominationColumn): TextCell {
  return (ctx.cells[key] ??= readTextCell(ctx.nomination.cells[key], REPEATING.has(key)));
}

function readYear(ctx: RowContext, plan: Plan): number | null {
  const raw: CellValue | undefined = ctx.nomination.cells.year;
  if (isBlank(raw) || isFormulaError(raw)) return null; // reported as E_REQUIRED
  const period = plan.period ? `, trong giai đoạn ${plan.period.from}–${plan.period.to}` : '';
  let year: number | null = null;
  if (typeof raw === 'number' && Number.isInteger(raw)) year = raw;
  else if (typeof raw === 'string' && /^\s*\d{4}\s*$/.test(raw)) year = Number(raw);
  if (year === null) {
    const text = readTextCell(raw);
    const shown = text.kind === 'text' ? ` ${quote(text.text)}` : '';
    report(
      ctx,
      'year',
      'E_BAD_YEAR',
      `Năm${shown} không hợp lệ${isDate(raw) ? ' (đang là ngày tháng)' : ''}${unusableReason(text)}; ghi năm đề nghị bằng 4 chữ số${period}.`,
    );
    return null;
  }
  if (plan.period && (year < plan.period.from || year > plan.period.to)) {
    report(
      ctx,
      'year',
      'E_BAD_YEAR',
      `Năm ${year} nằm ngoài giai đoạn ${plan.period.from}–${plan.period.to} của kế hoạch.`,
    );
    return null;
  }
  return year;
}

function lastDigits(value: CellValue | undefined): string | null {
  const digits = readTextCell(value);
  if (digits.kind !== 'text') return null;
  const only = digits.text.replace(/\D/g, '');
  return only.length > 0 ? only : null;
}

/** Walks up the parent chain: a school under the Education office belongs to the Giáo dục sector. */
function categoriesUp(unit: Unit, units: Map<string, Unit>): string[] {
  const categories: string[] = [];
  const seen = new Set<string>();
  for (
    let u: Unit | undefined = unit;
    u && !seen.has(u.code);
    u = u.parent ? units.get(u.parent) : undefined
  ) {
    seen.add(u.code);
    categories.push(u.category);
  }
  return categories;
}

/** A few of the council's own field codes, for hints. */
function someFieldCodes(plan: Plan): string {
  return plan.fields
    .slice(0, 3)
    .map((f) => f.code)
    .join(', ');
}

/**
 * The field of a row. A cell Sheets or Excel made a number of is read back to the council's code:
 * 3 is "03" when no other code reads as 3; 2.1 could be "2.1" or "2.10", so the row's subject and
 * criteria choose (field-number.ts). A code made a date (2.10 into 2 October) is read back day first,
 * with a warning.
 */
function readField(
  ctx: RowContext,
  plan: Plan,
  lookup: PlanLookup,
  checker: CriteriaChecker,
  subject: Subject | undefined,
): Field | undefined {
  const raw = ctx.nomination.cells.field;
  const fieldCell = cell(ctx, 'field');
  const asDate = isDate(raw) ? lookup.fieldFromDate(raw) : null;
  if (asDate?.field) {
    const not = asDate.monthFirst ? `, không phải ${asDate.monthFirst.code}` : '';
    report(
      ctx,
      'field',
      'W_FIELD_AS_DATE',
      `Bảng tính đã đổi mã lĩnh vực trong ô này thành ngày ${cellText(raw)}; đang được hiểu là lĩnh vực ${asDate.field.code}${not}.` +
        ' Định dạng cột thành “Văn bản thuần” rồi ghi lại mã lĩnh vực.',
    );
    return asDate.field;
  }
  const asNumber = typeof raw === 'number' ? lookup.fieldFromNumber(raw) : null;
  const match = !asNumber && fieldCell.kind === 'text' ? lookup.fieldMatch(fieldCell.text) : null;
  const fieldName = (f: Field) => `${f.code}. ${f.name}`;
  if (match?.kind === 'spelling')
    report(ctx, 'field', 'W_SPELLING', spellingMessage('Lĩnh vực', fieldCell, fieldName(match.value)));
  if (match?.kind === 'ambiguous') {
    report(
      ctx,
      'field',
      'E_UNKNOWN_FIELD',
      ambiguousMessage('Lĩnh vực', fieldCell, match.values.map(fieldName)),
    );
    return undefined;
  }
  if (asNumber && asNumber.candidates.length > 1) {
    const criteriaCell = cell(ctx, 'criteria');
    const row = {
      subject,
      criteria: criteriaCell.kind === 'text' ? criteriaCell.text : '',
      criteriaHeader: ctx.tab.headers.criteria ?? 'Tiêu chí đáp ứng',
    };
    const reading = readFieldNumber(cellText(raw), asNumber.candidates, row, checker);
    report(ctx, 'field', reading.code, reading.message);
    return reading.field;
  }
  const field = asNumber ? asNumber.field : match && match.kind !== 'none' ? match.value : undefined;
  if ((fieldCell.kind === 'text' && !field) || fieldCell.kind === 'date') {
    const shown = fieldCell.kind === 'text' ? ` ${quote(fieldCell.text)}` : '';
    report(
      ctx,
      'field',
      'E_UNKNOWN_FIELD',
      `Lĩnh vực${shown} không có trong trang “${TAB.fields}”${unusableReason(fieldCell)}; ghi mã lĩnh vực (như ${someFieldCodes(plan)}) hoặc tên lĩnh vực.`,
    );
  }
  return field;
}

/**
 * A cell whose text must name an entry of the plan. `also` lists the other kinds of cell that are
 * wrong there (a date in the unit column; a date or a formula's error in the stage column); a blank
 * cell is never this rule's business (E_REQUIRED says so where the column is required).
 */
interface LookupRule<T> {
  column: NominationColumn;
  /** What the column is called in a message: "Đơn vị", "Giai đoạn". */
  noun: string;
  match: (text: string) => NameMatch<T>;
  /** How an entry is named to the user. */
  name: (value: T) => string;
  code: IssueCode;
  also: readonly TextCell['kind'][];
  message: (cell: TextCell) => string;
}

function lookUp<T>(ctx: RowContext, rule: LookupRule<T>): T | undefined {
  const value = cell(ctx, rule.column);
  const match: NameMatch<T> = value.kind === 'text' ? rule.match(value.text) : { kind: 'none' };
  if (match.kind === 'ambiguous') {
    report(ctx, rule.column, rule.code, ambiguousMessage(rule.noun, value, match.values.map(rule.name)));
    return undefined;
  }
  if (match.kind === 'spelling')
    report(ctx, rule.column, 'W_SPELLING', spellingMessage(rule.noun, value, rule.name(match.value)));
  if (match.kind === 'none' && (value.kind === 'text' || rule.also.includes(value.kind)))
    report(ctx, rule.column, rule.code, rule.message(value));
  return match.kind === 'none' ? undefined : match.value;
}

/** A text the plan spells otherwise only in its tone marks or đ: read so, but the user must confirm. */
function spellingMessage(noun: string, value: TextCell, right: string): string {
  return `${noun}${shownText(value)} chỉ khớp với “${right}” khi bỏ qua dấu thanh hoặc chữ đ; đang hiểu là “${right}”. Nếu đúng, sửa lại cho đúng chính tả; nếu không, ghi đúng tên trong danh sách.`;
}

/** A text that fits several of the plan's names equally well: the user chooses. */
function ambiguousMessage(noun: string, value: TextCell, names: string[]): string {
  return `${noun}${shownText(value)} có thể là ${candidateList(names)}; ghi đầy đủ tên hoặc mã để chọn đúng một.`;
}

const shownText = (value: TextCell) => (value.kind === 'text' ? ` ${quote(value.text)}` : '');

/** What to write instead, from the plan's own list; an empty list says where to add one. */
function choose(list: string[], where: string): string {
  return list.length > 0
    ? `ghi một trong: ${list.join(', ')}`
    : `kế hoạch chưa có ${where} nào trong trang “${TAB.lists}”: thêm vào đó hoặc để trống ô này`;
}

/** The lookup rules of a row, as a table: the column, how its entry is found, and what is said. */
function lookupRules(plan: Plan, lookup: PlanLookup) {
  return {
    unit: {
      column: 'unit',
      noun: 'Đơn vị',
      match: (t) => lookup.unitMatch(t),
      name: (u) => u.name,
      code: 'E_UNKNOWN_UNIT',
      also: ['date'],
      message: (c) =>
        c.kind === 'text'
          ? `Đơn vị ${quote(c.text)} không có trong trang “${TAB.units}”; chọn trong danh sách hoặc ghi mã đơn vị.`
          : `Đơn vị không hợp lệ${unusableReason(c)}.`,
    } satisfies LookupRule<Unit>,
    subject: {
      column: 'subject',
      noun: 'Đối tượng',
      match: (t) => lookup.subjectMatch(t),
      name: (s) => s.name,
      code: 'E_BAD_SUBJECT',
      also: [],
      message: (c) =>
        `Đối tượng${shownText(c)} không hợp lệ; ghi một trong: ${plan.subjects.map((s) => s.name).join(', ')}.`,
    } satisfies LookupRule<Plan['subjects'][number]>,
    stage: {
      column: 'stage',
      noun: 'Giai đoạn',
      match: (t) => lookup.stageMatch(t),
      name: (s) => s,
      code: 'E_BAD_STAGE',
      also: ['error', 'date'],
      message: (c) =>
        `Giai đoạn${shownText(c)} không hợp lệ${unusableReason(c)}; ${choose(plan.stages, 'khâu')}.`,
    } satisfies LookupRule<string>,
    decision: {
      column: 'decision',
      noun: 'Kết quả xét',
      match: (t) => lookup.decisionMatch(t),
      name: (d) => d.name,
      code: 'E_BAD_DECISION',
      also: ['error', 'date'],
      message: (c) =>
        `Kết quả xét${shownText(c)} không hợp lệ${unusableReason(c)}; ${choose(
          plan.decisions.map((d) => d.name),
          'kết quả xét',
        )}.`,
    } satisfies LookupRule<Plan['decisions'][number]>,
  };
}

function checkRequired(ctx: RowContext): void {
  for (const key of REQUIRED) {
    const value = cell(ctx, key);
    if (value.kind === 'blank' || value.kind === 'error') {
      report(ctx, key, 'E_REQUIRED', `Chưa điền “${header(ctx, key)}”${unusableReason(value)}.`);
    }
  }
}

/** The criteria written, against the field and subject's; the codes confirmed. */
function checkCriteria(
  ctx: RowContext,
  checker: CriteriaChecker,
  field: Field | undefined,
  subject: Plan['subjects'][number] | undefined,
  plan: Plan,
): string[] {
  if (!field || !subject) return [];
  if (!field.subjects.includes(subject.code)) {
    const allowed = plan.subjects.filter((s) => field.subjects.includes(s.code)).map((s) => s.name);
    report(
      ctx,
      'subject',
      'E_SUBJECT_NOT_ALLOWED',
      `Lĩnh vực ${field.code} (${field.name}) chỉ xét ${allowed.join(', ')}; không xét ${subject.name}.`,
    );
    return [];
  }
  const criteriaCell = cell(ctx, 'criteria');
  const verdict = checker.checkText(
    field.code,
    subject.code,
    criteriaCell.kind === 'text' ? criteriaCell.text : '',
  );
  if (verdict.unknown.length > 0) {
    const list = verdict.unknown.map((u) => `${quote(u.code)} ${u.reason}`).join('; ');
    report(
      ctx,
      'criteria',
      'E_CRITERIA_UNKNOWN',
      `Mã tiêu chí không dùng được cho lĩnh vực ${field.code}, ${subject.name}: ${list}.`,
    );
  }
  if (verdict.missing.length > 0) {
    report(
      ctx,
      'criteria',
      'E_CRITERIA_MISSING',
      describeMissing(verdict.missing, verdict.profile) + unusableReason(criteriaCell),
    );
  }
  return verdict.confirmed;
}

/** A field that belongs to sectors, nominated by a unit (or one under a unit) of none of them. */
function checkSector(
  ctx: RowContext,
  plan: Plan,
  unit: Unit | undefined,
  field: Field | undefined,
  units: Map<string, Unit>,
): void {
  const sectors = field ? (plan.fieldSectors[field.code] ?? []) : [];
  if (!unit || !field || sectors.length === 0) return;
  const categories = categoriesUp(unit, units).map(nameKey);
  if (sectors.some((s) => categories.includes(nameKey(s)))) return;
  report(
    ctx,
    'field',
    'W_SECTOR_MISMATCH',
    `Lĩnh vực ${field.code} thường do ngành ${sectors.join(', ')} đề nghị; ${unit.name} thuộc loại “${unit.category}”. Kiểm tra lại lĩnh vực hoặc đơn vị.`,
  );
}

/** The warnings about what is written rather than what it names: short, unproven or too long. */
function checkWriting(ctx: RowContext, plan: Plan): void {
  const summaryCell = cell(ctx, 'summary');
  if (summaryCell.kind === 'text' && summaryCell.text.length < plan.minSummaryLength) {
    report(
      ctx,
      'summary',
      'W_SUMMARY_SHORT',
      `Thành tích tóm tắt mới có ${summaryCell.text.length} ký tự; nên viết ít nhất ${plan.minSummaryLength} ký tự nêu rõ kết quả nổi bật.`,
    );
  }
  if (cell(ctx, 'evidence').kind !== 'text') {
    ctx.issues.push(
      issue(
        ctx.tab.name,
        ctx.nomination.row,
        ctx.tab.headers.evidence ?? 'Minh chứng',
        'W_NO_EVIDENCE',
        'Chưa có minh chứng (số quyết định, văn bản, đường dẫn tài liệu…).',
      ),
    );
  }
  for (const [key, value] of Object.entries(ctx.nomination.cells)) {
    if (typeof value === 'string' && value.length > CELL_LIMIT.xlsx) {
      report(
        ctx,
        key as NominationColumn,
        'W_TEXT_TOO_LONG',
        `Ô có ${groupThousands(value.length)} ký tự, quá ${groupThousands(CELL_LIMIT.xlsx)} ký tự một ô Excel giữ được: các trang tổng hợp và tệp .xlsx chỉ giữ phần đầu, có dấu “…”. Rút gọn nội dung, đưa chi tiết vào tài liệu minh chứng.`,
      );
    }
  }
}

function checkRow(
  ctx: RowContext,
  plan: Plan,
  lookup: PlanLookup,
  checker: CriteriaChecker,
  units: Map<string, Unit>,
): CheckedNomination {
  const rules = lookupRules(plan, lookup);
  checkRequired(ctx);
  const year = readYear(ctx, plan);
  const unit = lookUp(ctx, rules.unit);
  const subject = lookUp(ctx, rules.subject);
  const field = readField(ctx, plan, lookup, checker, subject);
  const criteria = checkCriteria(ctx, checker, field, subject, plan);
  const stage = lookUp(ctx, rules.stage) ?? null;
  const decision = lookUp(ctx, rules.decision);
  checkSector(ctx, plan, unit, field, units);
  checkWriting(ctx, plan);

  const text = (key: NominationColumn) => {
    const c = cell(ctx, key);
    return c.kind === 'text' || c.kind === 'date' ? c.text : '';
  };
  const id = lastDigits(ctx.nomination.cells.nationalId);
  return {
    sheet: ctx.tab.name,
    row: ctx.nomination.row,
    year,
    unit: unit?.code ?? null,
    name: text('name'),
    subject: subject?.code ?? null,
    field: field?.code ?? null,
    position: text('position'),
    summary: text('summary'),
    criteria,
    evidence: text('evidence'),
    stage,
    model: text('model'),
    decision: decision?.name ?? null,
    note: text('note'),
    nationalIdLast4: id ? id.slice(-4) : null,
    valid: true,
    errors: 0,
    warnings: 0,
  };
}

interface RowRecord {
  checked: CheckedNomination;
  id: string | null;
  ctx: RowContext;
}

/** Two rows that say they are different: different national IDs, or different `Mã mô hình`. */
function toldApart(a: RowRecord, b: RowRecord): boolean {
  return (
    (a.id !== null && b.id !== null && a.id !== b.id) ||
    (a.checked.model !== '' &&
      b.checked.model !== '' &&
      nameKey(a.checked.model) !== nameKey(b.checked.model))
  );
}

/** Adds a row to a key's list in place: a nominee's rows across years can be many. */
function append(map: Map<string, RowRecord[]>, key: string, row: RowRecord): void {
  const list = map.get(key);
  if (list) list.push(row);
  else map.set(key, [row]);
}

/**
 * E_DUPLICATE within a year (the first row without errors of its own stays valid, else the first): the
 * same national ID, or the same exact name, subject and unit family, unless an ID or a `Mã mô hình`
 * tells the two apart. W_REPEAT_NOMINEE across years, only where staff can act on it: the nominee was
 * recognised in an earlier year and is put forward again at no further stage (the last stage excepted:
 * staying there is replication).
 */
function crossRowChecks(rows: RowRecord[], plan: Plan, units: Map<string, Unit>): void {
  const meaning = decisionsMeaning(plan);
  const stageAt = (r: CheckedNomination) => (r.stage === null ? -1 : plan.stages.indexOf(r.stage));
  const lastStage = plan.stages.length - 1;
  const keysOf = (row: RowRecord) => {
    const nominee = nomineeKeys(row, units);
    return [nominee.id, nominee.name].filter((k): k is string => k !== null);
  };
  // Of a duplicate pair, a row without errors of its own stays the original whatever the order: a row
  // that fails anyway must not make a good one fail too (nor, with it, a model and its warnings).
  const ownErrors = (r: RowRecord) => r.ctx.issues.some((i) => i.severity === 'error');
  const firsts = new Map<string, RowRecord[]>();
  const duplicates = new Set<RowRecord>();
  for (const row of [...rows.filter((r) => !ownErrors(r)), ...rows.filter(ownErrors)]) {
    const { checked, ctx } = row;
    if (checked.year === null) continue;
    const keys = keysOf(row);
    const twin = keys
      .flatMap((k) => firsts.get(k) ?? [])
      .find((r) => r.checked.year === checked.year && !toldApart(r, row));
    if (twin) {
      const by = row.id !== null && twin.id === row.id ? 'số định danh' : 'tên, đơn vị';
      report(
        ctx,
        'name',
        'E_DUPLICATE',
        `Trùng với đề cử ở trang “${twin.checked.sheet}”, dòng ${twin.checked.row} (cùng ${by}, đối tượng và năm ${checked.year}). ` +
          'Nếu là cùng một đề cử, xóa một trong hai dòng; nếu là hai người hay hai mô hình khác nhau, ghi “Số định danh cá nhân” hoặc “' +
          MODEL_HEADER +
          '” khác nhau cho hai dòng.',
      );
      duplicates.add(row);
    } else for (const k of keys) append(firsts, k, row);
  }
  const earlier = new Map<string, RowRecord[]>();
  for (const row of rows) {
    const { checked, ctx } = row;
    if (checked.year === null || duplicates.has(row)) continue;
    const keys = keysOf(row);
    const seen = keys.flatMap((k) => earlier.get(k) ?? []).filter((r) => !toldApart(r, row));
    const recognisedBefore = seen
      .filter(
        (r) =>
          (r.checked.year as number) < (checked.year as number) &&
          meaning(r.checked.decision) === 'recognised',
      )
      .sort((a, b) => (b.checked.year as number) - (a.checked.year as number))[0];
    const at = stageAt(checked);
    if (recognisedBefore && at <= stageAt(recognisedBefore.checked) && (at < 0 || at !== lastStage)) {
      const before = recognisedBefore.checked;
      report(
        ctx,
        'name',
        'W_REPEAT_NOMINEE',
        `Đã được công nhận năm ${before.year}${before.stage ? ` ở khâu “${before.stage}”` : ''} (trang “${before.sheet}”, dòng ${before.row}); ` +
          'đề cử lại cần thành tích mới hoặc khâu tiếp theo: ghi khâu của năm nay, hoặc bỏ dòng này.',
      );
    }
    for (const k of keys) append(earlier, k, row);
  }
}

/**
 * Follows each model through the years, over the rows that passed the check: its path's flags go to
 * the model (the tracking tab and the period report show them); a row's own check column gets only
 * what staff can fix in it now: a stage lower than last year's, typed in the model's latest year, and
 * a name that could be two models or one.
 */
function modelChecks(plan: Plan, rows: RowRecord[]): Model[] {
  const { models, ambiguous } = identifyModels(plan, rows);
  const ctxOf = new Map(rows.map((r) => [r.checked, r.ctx]));
  const end = plan.period?.to;
  const lastYearReached = rows.some((r) => r.checked.year === end);
  for (const model of models) {
    model.flags = pathFlags(plan, model, lastYearReached);
    const latest = model.rows[model.rows.length - 1]?.year;
    for (const flag of model.flags) {
      const ctx = ctxOf.get(flag.row);
      if (ctx && flag.code === 'W_STAGE_BACKWARDS' && flag.row.year === latest)
        report(ctx, 'stage', flag.code, flag.message);
    }
  }
  for (const { row, others, reason } of ambiguous) {
    const ctx = ctxOf.get(row);
    const where = others
      .slice(0, 3)
      .map((o) => `trang “${o.sheet}”, dòng ${o.row}`)
      .join('; ');
    if (ctx)
      report(
        ctx,
        'name',
        'W_MODEL_AMBIGUOUS',
        reason === 'otherUnit'
          ? `Cùng tên, cùng đối tượng với đề cử của đơn vị khác (${where}). Nếu là hai người hay hai mô hình ` +
              `khác nhau, ghi “Số định danh cá nhân” hoặc “${MODEL_HEADER}” khác nhau; nếu là một mô hình, ghi cùng “${MODEL_HEADER}”.`
          : `Cùng tên với những mô hình đã ghi “${MODEL_HEADER}” khác nhau (${where}); ghi vào dòng này ` +
              'mã của mô hình mà nó tiếp nối.',
      );
  }
  return models;
}

/** Checks every nomination row against the plan. Never throws on cell contents: problems are issues. */
export function validateNominations(reading: WorkbookReading): ValidationResult {
  const { plan } = reading;
  const lookup = new PlanLookup(plan);
  const checker = new CriteriaChecker(plan);
  const units = new Map(plan.units.map((u) => [u.code, u]));
  const rows: RowRecord[] = [];
  for (const tab of reading.nominationTabs) {
    // A unit file brought in under another name is known by its title.
    const owner = tabOwner(plan, tab.name) ?? unitFileOwner(plan, tab.title);
    for (const nomination of tab.rows) {
      const ctx: RowContext = { tab, nomination, issues: [], cells: {} };
      const checked = checkRow(ctx, plan, lookup, checker, units);
      const unit = owner && checked.unit ? units.get(checked.unit) : undefined;
      const mismatch = owner && unit ? unitTabMismatch(owner, unit, units) : null;
      if (mismatch) report(ctx, 'unit', 'W_UNIT_TAB_MISMATCH', mismatch);
      ctx.cells = {}; // let the row's cell readings die young: 100,000 rows otherwise crowd the old heap
      rows.push({ checked, id: lastDigits(nomination.cells.nationalId), ctx });
    }
  }
  crossRowChecks(rows, plan, units);
  // Models are followed over the rows that passed; a row with an error is no year of any model.
  const passed = rows.filter((r) => !r.ctx.issues.some((i) => i.severity === 'error'));
  const models = modelChecks(plan, passed);
  const issues: Issue[] = [...reading.issues];
  for (const { checked, ctx } of rows) {
    checked.errors = ctx.issues.filter((i) => i.severity === 'error').length;
    checked.warnings = ctx.issues.length - checked.errors;
    checked.valid = checked.errors === 0;
    for (const found of ctx.issues) issues.push(found);
  }
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  return {
    rows: rows.map((r) => r.checked),
    issues,
    summary: { rows: rows.length, valid: rows.filter((r) => r.checked.valid).length, errors, warnings },
    models,
  };
}
