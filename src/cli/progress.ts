import { cutTo } from './text-width';

/**
 * A one-line progress indicator on stderr, shown only when stderr is a terminal, so pipes, CI logs
 * and `--json` consumers see nothing of it. Each phase replaces the last; done() clears the line, so
 * nothing of it is left above the command's output.
 */
type Stream = Pick<NodeJS.WriteStream, 'write' | 'isTTY'> & { columns?: number };

const CLEAR = '\r\x1b[2K';
let shown = false;

export function progress(text: string, stream: Stream = process.stderr): void {
  if (!stream.isTTY) return;
  // Clearing reaches only the cursor's line: a line the terminal wrapped would leave its first part.
  const room = Math.max(10, (stream.columns || 80) - 3);
  stream.write(`${CLEAR}… ${cutTo(text, room)}`);
  shown = true;
}

export function progressDone(stream: Stream = process.stderr): void {
  if (!stream.isTTY || !shown) return;
  stream.write(CLEAR);
  shown = false;
}
