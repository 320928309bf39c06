import type { Issue } from '../core/issues';
import { offline } from './offline-words';
import { paint, wrap } from './terminal';

/** How many rows' issues `check` prints unless `--limit` says otherwise. */
export const DEFAULT_LIMIT = 30;

/**
 * The issues grouped by tab, then by row (a row's problems together, as the check column shows them),
 * the first `limit` rows only, with a line saying how many more there are and how to see them.
 */
export function issueList(issues: Issue[], limit: number): string[] {
  const byTab = new Map<string, Map<number | null, Issue[]>>();
  for (const i of issues) {
    const rows = byTab.get(i.sheet) ?? new Map<number | null, Issue[]>();
    rows.set(i.row, [...(rows.get(i.row) ?? []), i]);
    byTab.set(i.sheet, rows);
  }
  const lines: string[] = [];
  let shown = 0;
  let total = 0;
  for (const [sheet, rows] of byTab) {
    total += rows.size;
    if (shown >= limit) continue;
    lines.push(paint.bold(`Trang “${sheet}”`));
    for (const [row, found] of rows) {
      if (shown >= limit) break;
      shown++;
      lines.push(`  ${row === null ? 'cả trang' : `dòng ${row}`}:`);
      for (const i of found) {
        const label = i.severity === 'error' ? 'LỖI' : 'CẢNH BÁO';
        const text = wrap(`    ${label} ${i.code}${i.column ? ` [${i.column}]` : ''}: ${offline(i.message)}`);
        // Painted after wrapping, so the colour codes are not counted as columns.
        lines.push(text.replace(label, i.severity === 'error' ? paint.error(label) : paint.warning(label)));
      }
    }
  }
  if (total > shown)
    lines.push(
      wrap(
        `… và ${total - shown} dòng khác có vấn đề: thêm --limit ${total} để xem hết, hoặc --json để có tất cả.`,
      ),
    );
  return lines;
}
