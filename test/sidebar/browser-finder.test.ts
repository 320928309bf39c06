import { findChromium, SYSTEM_PATHS, type BrowserFinderHost, type FoundBrowser } from '../support/browser';

const PACKAGED: FoundBrowser = { executablePath: '/cache/chromium', source: '@sparticuz/chromium', env: {} };

function host(over: Partial<BrowserFinderHost> & { executables?: string[] } = {}): BrowserFinderHost {
  const executables = new Set(over.executables ?? []);
  return {
    env: over.env ?? {},
    isExecutable: (path) => executables.has(path),
    packaged: over.packaged ?? (() => PACKAGED),
  };
}

describe('finding a Chromium for the browser tests', () => {
  it('CHROMIUM_PATH wins over the system browser and the packaged one', () => {
    const found = findChromium(
      host({ env: { CHROMIUM_PATH: '/opt/chrome' }, executables: ['/opt/chrome', SYSTEM_PATHS[0]] }),
    );
    expect(found).toEqual({ executablePath: '/opt/chrome', source: 'CHROMIUM_PATH' });
  });

  it('a CHROMIUM_PATH that is not an executable is an error, not a silent fallback', () => {
    expect(() =>
      findChromium(host({ env: { CHROMIUM_PATH: '/nowhere' }, executables: [SYSTEM_PATHS[0]] })),
    ).toThrow('CHROMIUM_PATH=/nowhere is not an executable file');
  });

  it('the system browser comes before the packaged one', () => {
    expect(findChromium(host({ executables: ['/usr/bin/google-chrome'] })).executablePath).toBe(
      '/usr/bin/google-chrome',
    );
  });

  it('with no system browser, the one shipped in the npm package is used', () => {
    expect(findChromium(host())).toBe(PACKAGED);
  });

  it('with none at all, the tests fail with a message saying how to get one', () => {
    expect(() => findChromium(host({ packaged: () => null }))).toThrow(/No Chromium for the browser tests/);
  });
});
