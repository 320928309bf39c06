/**
 * A one-line progress indicator on stderr, shown only when stderr is a terminal, so pipes, CI logs
 * and `--json` consumers see nothing of it. Each phase replaces the last; done() clears the line, so
 * nothing of it is left above the command's output.
 */
type Stream = Pick<NodeJS.WriteStream, 'write' | 'isTTY'>;

const CLEAR = '\r\x1b[2K';
let shown = false;

export function progress(text: string, stream: Stream = process.stderr): void {
  if (!stream.isTTY) return;
  stream.write(`${CLEAR}… ${text}`);
  shown = true;
}

export function progressDone(stream: Stream = process.stderr): void {
  if (!stream.isTTY || !shown) return;
  stream.write(CLEAR);
  shown = false;
}
