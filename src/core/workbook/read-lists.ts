import { issue, type IssueCode } from '../issues';
import type { Decision, DecisionMeaning, Plan, Subject } from '../plan/types';
import { nameKey, vocabularyKey } from '../text';
import { DECISION_MEANING_NAME, LIST_NAME, TAB, type ListColumn } from './layout';
import { aliasesOf, dataRows, gap, headerOf, rowText, type FoundTab, type Problems } from './reference-tab';

export type ListValues = Pick<Plan, 'subjects' | 'stages' | 'stageAliases' | 'decisions'>;

const MEANINGS = new Map<string, DecisionMeaning>([
  ...Object.entries(DECISION_MEANING_NAME).map(([meaning, name]): [string, DecisionMeaning] => [
    vocabularyKey(name),
    meaning as DecisionMeaning,
  ]),
  // What councils also write for the same meanings.
  [vocabularyKey('Không công nhận'), 'returned'],
  [vocabularyKey('Chờ xét'), 'pending'],
]);

const LISTS = new Map(Object.entries(LIST_NAME).map(([key, name]) => [vocabularyKey(name), key]));

/**
 * Reads `Danh mục`: the plan's subjects (with short codes), stages and decisions (with what each
 * means), one item a row. A plan needs at least one subject; stages and decisions may be empty.
 */
export function readLists(found: FoundTab<ListColumn> | undefined, problems: Problems): ListValues {
  const values: ListValues = { subjects: [], stages: [], decisions: [] };
  if (!found) return values;
  const { columns } = found.header;
  const sheet = found.tab.name;
  const seen = new Set<string>();
  for (const row of dataRows(found.tab.values, found.header.headerRow)) {
    const listText = rowText(row, columns.list);
    const name = rowText(row, columns.name);
    const at = (key: ListColumn, code: IssueCode, message: string) =>
      problems.issues.push(issue(sheet, row.sheetRow, headerOf(found, key), code, message));
    const list = LISTS.get(vocabularyKey(listText));
    if (!list) {
      at(
        'list',
        'E_BAD_CONFIG',
        `Danh mục “${listText}” không dùng được; ghi một trong: ${Object.values(LIST_NAME).join(', ')}.`,
      );
      continue;
    }
    if (!name) {
      at('name', 'E_REQUIRED', `Dòng thuộc danh mục “${listText}” cần có tên.`);
      continue;
    }
    const code = list === 'subjects' ? rowText(row, columns.code) || name : name;
    const keys = [`${list}|${nameKey(name)}`, `${list}|${nameKey(code)}`];
    if (keys.some((k) => seen.has(k))) {
      at(
        'name',
        'E_DUPLICATE_CODE',
        `“${name}” (hoặc viết tắt “${code}”) đã có trong danh mục “${listText}”.`,
      );
      continue;
    }
    keys.forEach((k) => seen.add(k));
    const aliases = aliasesOf(row, columns.aliases);
    if (list === 'subjects')
      values.subjects.push({ code, name, ...(aliases && { aliases }) } satisfies Subject);
    else if (list === 'stages') {
      values.stages.push(name);
      if (aliases) values.stageAliases = { ...values.stageAliases, [name]: aliases };
    } else {
      const meaningText = rowText(row, columns.meaning);
      const meaning = meaningText ? MEANINGS.get(vocabularyKey(meaningText)) : 'pending';
      if (!meaning) {
        at(
          'meaning',
          'E_BAD_CONFIG',
          `Ý nghĩa “${meaningText}” của kết quả “${name}” không dùng được; ghi ${Object.values(
            DECISION_MEANING_NAME,
          )
            .map((m) => `“${m}”`)
            .join(', ')} hoặc để trống.`,
        );
      }
      values.decisions.push({
        name,
        meaning: meaning ?? 'pending',
        ...(aliases && { aliases }),
      } satisfies Decision);
    }
  }
  if (values.subjects.length === 0) {
    gap(
      problems,
      'tabs',
      issue(
        sheet,
        null,
        null,
        'E_BAD_CONFIG',
        `Trang “${TAB.lists}” chưa có đối tượng nào: thêm các dòng “${LIST_NAME.subjects}” (ví dụ Tập thể, Cá nhân) với tên và chữ viết tắt.`,
      ),
    );
  }
  return values;
}
