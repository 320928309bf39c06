import { progressDone } from './progress';
import { displayWidth } from './text-width';

/** How the runner writes to a terminal: its width, and colour only where a person reads it. */

type Stream = Pick<NodeJS.WriteStream, 'isTTY' | 'columns'>;

/** The columns to fit: the terminal's, or 80 when the output goes to a file or a pipe. */
export function terminalWidth(stream: Stream = process.stdout): number {
  return stream.isTTY && stream.columns ? stream.columns : 80;
}

/**
 * Colour on a terminal only, and never when NO_COLOR (any value, per no-color.org) or FORCE_COLOR=0
 * asks for none: a pipe, a file or a log gets plain text.
 */
export function useColour(stream: Stream = process.stdout): boolean {
  return !!stream.isTTY && !process.env.NO_COLOR && process.env.FORCE_COLOR !== '0';
}

const sgr = (code: number) => (text: string, stream?: Stream) =>
  useColour(stream) ? `\x1b[${code}m${text}\x1b[0m` : text;

/** Colours for the stream the text goes to (stdout unless said). */
export const paint = { error: sgr(31), warning: sgr(33), bold: sgr(1) };

/** Wraps one line at word boundaries, keeping its indentation (and two more spaces) for the continuation. */
function wrapLine(line: string, width: number): string {
  if (displayWidth(line) <= width) return line;
  const indent = /^\s*/.exec(line)?.[0] ?? '';
  const words = line.slice(indent.length).split(/ +/);
  const lines: string[] = [];
  let current = indent;
  for (const word of words) {
    if (current.trim() && displayWidth(current) + 1 + displayWidth(word) > width) {
      lines.push(current);
      current = `${indent}  ${word}`;
    } else current = current.trim() ? `${current} ${word}` : `${indent}${word}`;
  }
  lines.push(current);
  return lines.join('\n');
}

/** Wraps text at word boundaries to a width (the terminal's, or 80), never inside a word. */
export function wrap(text: string, width = terminalWidth()): string {
  return text
    .split('\n')
    .map((line) => wrapLine(line, width))
    .join('\n');
}

/**
 * A problem or a warning on stderr. On a terminal its label (up to the first colon: “Lỗi:”, “Cảnh báo:”)
 * is coloured and the text wrapped to the terminal's width; in a pipe or a log it stays one plain line
 * per message, for grep.
 */
export function toStderr(kind: 'error' | 'warning', text: string): void {
  const stream = process.stderr;
  progressDone(); // the message takes the progress line's place, leaving nothing of it
  if (!stream.isTTY) {
    stream.write(`${text}\n`);
    return;
  }
  const wrapped = wrap(text, terminalWidth(stream));
  const colon = wrapped.indexOf(':');
  const label = colon > 0 ? paint[kind](wrapped.slice(0, colon + 1), stream) : '';
  stream.write(`${label}${wrapped.slice(colon > 0 ? colon + 1 : 0)}\n`);
}
