import type { Issue } from '../issues';
import type { Area, Marks } from '../port';

/** The backgrounds a check gives offending cells; anything else is the user's and is kept. */
export const MARK_COLOR = { error: '#f4c7c3', warning: '#fce8b2' } as const;
/** Notes the add-on writes start with this, so a later run can tell them from the user's own notes. */
export const NOTE_PREFIX = '[Kiểm tra] ';

const OURS = new Set<string>(Object.values(MARK_COLOR));
/** What Sheets reports for a cell nobody coloured. */
const NO_COLOUR = new Set(['', '#ffffff', 'white']);

/** A background as compared: lower case, null for none. */
const colour = (bg: string | null | undefined) =>
  !bg || NO_COLOUR.has(bg.toLowerCase()) ? null : bg.toLowerCase();

/**
 * Clears the previous run's marks and adds this run's: one background per offending cell (errors win
 * over warnings) and one note listing its messages, after any note the user wrote there. A cell the
 * user coloured keeps the user's colour (the note, the check column and Lỗi hồ sơ still say what is
 * wrong), so nothing the user set is ever lost.
 */
export function applyMarks(
  previous: Marks,
  cellIssues: { row: number; column: number; issue: Issue }[],
): Marks {
  // Sheets reports white for a cell nobody coloured; writing it back would paint every cell white.
  const backgrounds = previous.backgrounds.map((row) =>
    row.map((bg) => {
      const c = colour(bg);
      return c === null || OURS.has(c) ? null : bg;
    }),
  );
  const notes = previous.notes.map((row) => row.map(withoutOurNote));
  const messages = new Map<string, { row: number; column: number; lines: string[]; error: boolean }>();
  for (const { row, column, issue } of cellIssues) {
    const key = `${row},${column}`;
    const entry = messages.get(key) ?? { row, column, lines: [], error: false };
    entry.lines.push(`${issue.severity === 'error' ? 'Lỗi' : 'Cảnh báo'} ${issue.code}: ${issue.message}`);
    entry.error ||= issue.severity === 'error';
    messages.set(key, entry);
  }
  for (const { row, column, lines, error } of messages.values()) {
    if (!backgrounds[row]) continue;
    backgrounds[row][column] ??= error ? MARK_COLOR.error : MARK_COLOR.warning;
    const own = notes[row][column];
    notes[row][column] = (own ? `${own}\n\n` : '') + NOTE_PREFIX + lines.join('\n');
  }
  return { backgrounds, notes };
}

/** A note with the add-on's part (from NOTE_PREFIX on) removed. */
function withoutOurNote(note: string): string {
  const at = note.indexOf(NOTE_PREFIX);
  return at < 0 ? note : note.slice(0, at).trimEnd();
}

/**
 * The smallest block of `area` holding every cell whose background or note changes from `previous` to
 * `next`, with what to write there; null when nothing changes. A check then writes two grids at most,
 * and a re-check that changes nothing writes none.
 */
export function changedMarks(area: Area, previous: Marks, next: Marks): { area: Area; marks: Marks } | null {
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  next.backgrounds.forEach((row, r) =>
    row.forEach((bg, c) => {
      if (colour(bg) === colour(previous.backgrounds[r]?.[c]) && next.notes[r][c] === previous.notes[r]?.[c])
        return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }),
  );
  if (bottom < 0) return null;
  const cut = <T>(grid: T[][]) => grid.slice(top, bottom + 1).map((row) => row.slice(left, right + 1));
  return {
    area: {
      row: area.row + top,
      column: area.column + left,
      rows: bottom - top + 1,
      columns: right - left + 1,
    },
    marks: { backgrounds: cut(next.backgrounds), notes: cut(next.notes) },
  };
}
