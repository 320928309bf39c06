/**
 * Finds a Chromium for the browser tests, so `npm ci && npm test` works on a machine with or without
 * one: $CHROMIUM_PATH, then the usual system paths (Debian's /usr/bin/chromium in CI), then the
 * Chromium shipped inside the `@sparticuz/chromium` devDependency. That package carries the browser in
 * its tarball (brotli-compressed, with the few libraries it needs), so nothing is downloaded: it is
 * unpacked once into node_modules/.cache and reused. Nothing here skips a test: no browser is an error.
 */
import { execFileSync } from 'node:child_process';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';

export const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

/** The flags this machine's closed network and root user need, for any of the browsers found. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface FoundBrowser {
  executablePath: string;
  /** Where it came from, for messages. */
  source: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';
  /** Extra environment for the browser process (the packaged one's libraries and fonts). */
  env?: Record<string, string>;
}

export interface BrowserFinderHost {
  env: Record<string, string | undefined>;
  isExecutable(path: string): boolean;
  /** The packaged browser, unpacked; null when the package is not installed. */
  packaged(): FoundBrowser | null;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findChromium(host: BrowserFinderHost = realHost()): FoundBrowser {
  const fromEnv = host.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!host.isExecutable(fromEnv))
      throw new Error(
        `CHROMIUM_PATH=${fromEnv} is not an executable file; unset it or point it at Chromium.`,
      );
    return { executablePath: fromEnv, source: 'CHROMIUM_PATH' };
  }
  const system = SYSTEM_PATHS.find((path) => host.isExecutable(path));
  if (system) return { executablePath: system, source: 'system' };
  const packaged = host.packaged();
  if (packaged) return packaged;
  throw new Error(
    "No Chromium for the browser tests: set CHROMIUM_PATH, install Debian's chromium, or run `npm ci` " +
      '(the @sparticuz/chromium devDependency carries one).',
  );
}

const ROOT = join(__dirname, '..', '..');
const PACKAGE = join(ROOT, 'node_modules', '@sparticuz', 'chromium');

function realHost(): BrowserFinderHost {
  return { env: process.env, isExecutable, packaged: unpackPackaged };
}

/**
 * Unpacks the packaged browser into node_modules/.cache/dien-hinh-chromium/<version>, once: jest's
 * workers may race, so each unpacks into its own folder and the first rename wins.
 */
function unpackPackaged(): FoundBrowser | null {
  if (!existsSync(join(PACKAGE, 'package.json'))) return null;
  const { version } = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')) as { version: string };
  const dir = join(ROOT, 'node_modules', '.cache', 'dien-hinh-chromium', version);
  if (!existsSync(join(dir, 'chromium'))) {
    const temporary = `${dir}.${process.pid}`;
    rmSync(temporary, { recursive: true, force: true });
    mkdirSync(temporary, { recursive: true });
    const inflate = (name: string) => brotliDecompressSync(readFileSync(join(PACKAGE, 'bin', `${name}.br`)));
    writeFileSync(join(temporary, 'chromium'), inflate('chromium'), { mode: 0o755 });
    // al2023.tar holds lib/ (NSS and expat, the only libraries beyond glibc it needs); fonts.tar fonts/.
    for (const archive of ['al2023', 'fonts']) {
      writeFileSync(join(temporary, `${archive}.tar`), inflate(`${archive}.tar`));
      execFileSync('tar', ['-xf', `${archive}.tar`], { cwd: temporary });
      rmSync(join(temporary, `${archive}.tar`));
    }
    // The package's fonts.conf names Lambda's folders; ours names this one and the system's.
    writeFileSync(
      join(temporary, 'fonts.conf'),
      `<?xml version="1.0"?>\n<fontconfig><dir>/usr/share/fonts</dir><dir>${join(dir, 'fonts')}</dir>` +
        `<cachedir>${join(dir, 'fonts-cache')}</cachedir></fontconfig>\n`,
    );
    try {
      renameSync(temporary, dir);
    } catch {
      rmSync(temporary, { recursive: true, force: true }); // another worker got there first
    }
  }
  return {
    executablePath: join(dir, 'chromium'),
    source: '@sparticuz/chromium',
    env: { LD_LIBRARY_PATH: join(dir, 'lib'), FONTCONFIG_FILE: join(dir, 'fonts.conf') },
  };
}

/** Chromium, found as above, launched headless with the tests' flags. */
export async function launchChromium(): Promise<Browser> {
  const found = findChromium();
  return chromium.launch({
    executablePath: found.executablePath,
    args: CHROMIUM_ARGS,
    env: { ...process.env, ...found.env },
  });
}
