// Compiles the extension-host suite to CommonJS: test/extension/index.ts and every
// test/extension/**/*.test.ts, each bundled on its own into out/test/extension/ (same layout).
// `vscode` is left to the extension host, and `mocha` to the project's node_modules, which VS Code
// resolves from out/test/extension/ upwards. Run after `npm run build` (the extension itself).
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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
console.log(`built ${entryPoints.length} files into ${relative(root, outdir)}/: ${entryPoints.map((p) => relative(source, p)).join(', ')}`);
