// Compiles the extension-host suites to CommonJS. For the Node host: test/extension/index.ts and
// every test/extension/**/*.test.ts, each bundled on its own into out/test/extension/ (same
// layout); `vscode` is left to the extension host, and `mocha` to the project's node_modules, which
// VS Code resolves from out/test/extension/ upwards. For the web worker host: test/web/index.ts
// and the tests it imports, one bundle, out/test/web/index.js (a worker loads one file).
// Run after `npm run build` (the extension itself).
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsYamlLoaderOnly } from '../bundles.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const source = join(root, 'test', 'extension');
const outdir = join(root, 'out', 'test', 'extension');

function tests(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tests(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const entryPoints = [join(source, 'index.ts'), ...tests(source)];
// Stale tests (a deleted *.test.ts) must not keep running.
rmSync(outdir, { recursive: true, force: true });
await esbuild.build({
  entryPoints,
  outbase: source,
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  sourcesContent: false,
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
  // As esbuild.mjs: ESM-only dependencies of src/ read import.meta.url.
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
});
// The web suite: VSCODE.md, "The web worker extension host".
const webOut = join(root, 'out', 'test', 'web', 'index.js');
await esbuild.build({
  entryPoints: [join(root, 'test', 'web', 'index.ts')],
  outfile: webOut,
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  format: 'cjs',
  conditions: ['worker', 'browser'],
  external: ['vscode'],
  logLevel: 'warning',
  define: { global: 'globalThis', 'process.env.NODE_DEBUG': 'false' },
  alias: { 'node:assert/strict': join(root, 'test', 'web', 'assert-strict.ts') },
  plugins: [
    jsYamlLoaderOnly,
    {
      // mocha's UMD browser build, bundled, would set the bundle's module.exports: hide them from it.
      name: 'mocha-globals',
      setup(build) {
        build.onLoad({ filter: /[\\/]mocha[\\/]mocha\.js$/ }, ({ path }) => ({
          contents: `var module, exports, define;\n${readFileSync(path, 'utf8')}`,
          loader: 'js',
        }));
      },
    },
  ],
});
console.log(
  `built ${entryPoints.length} files into ${relative(root, outdir)}/: ${entryPoints.map((p) => relative(source, p)).join(', ')}; and ${relative(root, webOut)}`,
);
