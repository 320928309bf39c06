import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `npm start -- …` as a user would (the build step included); with `from`, from that folder
 * (`npm --prefix <project> start`, which is how npm's INIT_CWD comes to name it).
 */
export function npmStart(args: string[], from?: string): CliRun {
  const prefix = from ? ['--prefix', ROOT] : [];
  const result = spawnSync('npm', [...prefix, 'start', '--silent', '--', ...args], {
    cwd: from ?? ROOT,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** What a run sees: a terminal of some width (stdout and stderr) instead of pipes, and extra settings. */
export interface CliOptions {
  terminal?: { columns: number };
  env?: Record<string, string>;
}

/**
 * The streams stay pipes the test reads; a preloaded line makes the program see them as a terminal
 * `columns` wide, as on a user's screen (isTTY and columns are all the runner asks of a terminal).
 */
function asTerminal(columns: number): string[] {
  const code = `for (const s of [process.stdout, process.stderr]) { s.isTTY = true; s.columns = ${columns}; }`;
  return ['--import', `data:text/javascript,${encodeURIComponent(code)}`];
}

/** Runs the built runner directly: the same program without npm's start-up cost. */
export function cli(args: string[], options: CliOptions = {}): CliRun {
  const preload = options.terminal ? asTerminal(options.terminal.columns) : [];
  // Colour is decided by the run alone, not by whatever the test runner's own environment says.
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  if (!options.env?.NO_COLOR) delete env.NO_COLOR;
  if (!options.env?.FORCE_COLOR) delete env.FORCE_COLOR;
  const result = spawnSync(process.execPath, [...preload, join(ROOT, 'dist/cli/main.js'), ...args], {
    encoding: 'utf8',
    env,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'dien-hinh-'));
}
