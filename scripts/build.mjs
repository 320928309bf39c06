// Builds both doors: dist/addon (exactly what clasp pushes) and dist/cli (the offline runner).
// Usage: node scripts/build.mjs [addon|cli] (both by default).
import { build, transform } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const what = process.argv[2] ?? 'all';

async function buildAddon() {
  const out = join(root, 'dist/addon');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const webpack = require('webpack');
  const config = require(join(root, 'webpack.config.js'));
  await new Promise((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err || stats.hasErrors()) reject(err ?? new Error(stats.toString('errors-only')));
      else resolve();
    }),
  );
  // The top-level `function onOpen() {}` stubs Apps Script calls stay as they are. The bundle after them
  // is minified in full, local names too, inside its own function scope (format 'iife'), so no helper
  // becomes a global the client could call; keepNames keeps every function's and class's name, which
  // V8 prints in stack traces, so the Apps Script editor's traces still name real functions.
  const code = readFileSync(join(out, 'Code.js'), 'utf8');
  const stubs = /^(?:function \w+\(\) \{\s*\}\s*)+/.exec(code)?.[0] ?? '';
  const options = { minify: true, charset: 'utf8', target: 'es2020' };
  const head = await transform(stubs, { ...options, minifyIdentifiers: false });
  const body = await transform(code.slice(stubs.length), { ...options, format: 'iife', keepNames: true });
  const small = { code: head.code + body.code };
  writeFileSync(join(out, 'Code.js'), small.code);
  copyFileSync(join(root, 'appsscript.json'), join(out, 'appsscript.json'));
  writeFileSync(join(out, 'Sidebar.html'), await sidebarHtml());
}

/** One self-contained HTML file: HtmlService serves no other assets and we load nothing from a CDN. */
async function sidebarHtml() {
  const js = await build({
    entryPoints: [join(root, 'sidebar/main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    write: false,
    // Apps Script mangles template literals that contain "//" inside inline scripts.
    supported: { 'template-literal': false },
  });
  const css = readFileSync(join(root, 'sidebar/styles.css'), 'utf8');
  const code = js.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  return readFileSync(join(root, 'sidebar/index.html'), 'utf8')
    .replace('/* INLINE_CSS */', () => css)
    .replace('/* INLINE_JS */', () => code);
}

/**
 * A Node program in one file; packages stay in node_modules. Written whole, then renamed into place:
 * tests run the CLI while another test's `npm start` rebuilds it, and must never load a half-written file.
 */
async function bundleForNode(entry, outfile) {
  const target = join(root, outfile);
  const result = await build({
    entryPoints: [join(root, entry)],
    outfile: target,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    logLevel: 'warning',
    write: false,
  });
  mkdirSync(dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, result.outputFiles[0].contents);
  renameSync(temporary, target);
}

if (what === 'all' || what === 'addon') await buildAddon();
if (what === 'all' || what === 'cli' || what === 'pages')
  await bundleForNode('src/cli/main.ts', 'dist/cli/main.js');
// test:pages also writes a hand-built báo cáo (every kind of block) with the .docx writer.
if (what === 'pages')
  await bundleForNode('test/support/write-sample-docx.ts', 'dist/pages/write-sample-docx.js');
// The benchmarks bundle the core, the adapters and the test fake into one program.
if (what === 'bench') await bundleForNode('bench/main.ts', 'dist/bench/main.js');
