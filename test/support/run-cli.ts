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

/** Runs the built runner directly: the same program without npm's start-up cost. */
export function cli(args: string[]): CliRun {
  const result = spawnSync(process.execPath, [join(ROOT, 'dist/cli/main.js'), ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'dien-hinh-'));
}
