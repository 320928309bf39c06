/**
 * A one-line progress indicator on stderr, shown only when stderr is a terminal, so pipes, CI logs
 * and `--json` consumers see nothing of it.
 */
export function progress(text: string): void {
  if (!process.stderr.isTTY) return;
  process.stderr.write(`\r\x1b[2K… ${text}`);
}

export function progressDone(): void {
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[2K');
}
