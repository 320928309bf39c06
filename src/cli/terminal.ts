/** How the runner writes to a terminal: its width, and colour only where a person reads it. */

/** The columns to fit: the terminal's, or 80 when the output goes to a file or a pipe. */
export function terminalWidth(): number {
  return process.stdout.isTTY && process.stdout.columns ? process.stdout.columns : 80;
}

/** Colour on a terminal only, and never when NO_COLOR or FORCE_COLOR=0 asks for none. */
export function useColour(): boolean {
  return !!process.stdout.isTTY && !process.env.NO_COLOR && process.env.FORCE_COLOR !== '0';
}

export const paint = {
  error: (text: string) => (useColour() ? `\x1b[31m${text}\x1b[0m` : text),
  warning: (text: string) => (useColour() ? `\x1b[33m${text}\x1b[0m` : text),
  bold: (text: string) => (useColour() ? `\x1b[1m${text}\x1b[0m` : text),
};

/** Wraps text at word boundaries to a width, keeping each line's indentation for its continuation. */
export function wrap(text: string, width = terminalWidth()): string {
  return text
    .split('\n')
    .map((line) => {
      if ([...line].length <= width) return line;
      const indent = /^\s*/.exec(line)?.[0] ?? '';
      const words = line.slice(indent.length).split(/ +/);
      const lines: string[] = [];
      let current = indent;
      for (const word of words) {
        if (current.trim() && [...current].length + 1 + [...word].length > width) {
          lines.push(current);
          current = `${indent}  ${word}`;
        } else current = current.trim() ? `${current} ${word}` : `${indent}${word}`;
      }
      lines.push(current);
      return lines.join('\n');
    })
    .join('\n');
}
