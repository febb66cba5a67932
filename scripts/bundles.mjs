// What esbuild makes of the product: the extension for VS Code's Node extension host and for its
// web worker host (vscode.dev, github.dev), and the CLI. Shared by esbuild.mjs and by the tests
// that check the bundles (test/build/). esbuild absorbs unified's ESM-only packages into CommonJS.
import { dirname } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * js-yaml's ESM build is one closure that keeps its dumper and every schema, whatever is imported
 * (43 KB minified). The engine only reads front matter: bundle the loader and the core schema
 * from its CommonJS sources instead (20 KB): the same code, the same behaviour.
 */
export const jsYamlLoaderOnly = {
  name: 'js-yaml-loader-only',
  setup(build) {
    build.onResolve({ filter: /^js-yaml$/ }, () => ({ path: 'js-yaml', namespace: 'js-yaml-loader-only' }));
    build.onLoad({ filter: /.*/, namespace: 'js-yaml-loader-only' }, () => ({
      resolveDir: dirname(require.resolve('js-yaml')),
      contents:
        "export { load } from './lib/loader.js'; export { default as CORE_SCHEMA } from './lib/schema/core.js';",
    }));
  },
};

/** @returns {import('esbuild').BuildOptions} */
function common(production) {
  return {
    bundle: true,
    format: 'cjs',
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    logLevel: 'warning',
    legalComments: 'none',
    // The lexicons' typographic quotes and dashes as themselves, not as \u escapes (smaller).
    charset: 'utf8',
    plugins: [jsYamlLoaderOnly],
  };
}

/** @returns {import('esbuild').BuildOptions} */
function forNode(production) {
  return {
    ...common(production),
    platform: 'node',
    target: 'node20',
    // ESM-only dependencies (fdir) read import.meta.url, which a CommonJS bundle must provide.
    define: { 'import.meta.url': '__importMetaUrl' },
    banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  };
}

/**
 * The web worker extension host: no Node, no DOM. The `worker` condition takes micromark's
 * dependencies' worker builds (their `browser` builds reach for `document`). Always minified:
 * the web bundle has a budget (test/build/web-bundle.test.ts).
 * @type {import('esbuild').BuildOptions}
 */
export const webExtension = {
  ...common(true),
  sourcemap: false,
  platform: 'browser',
  target: 'es2022',
  conditions: ['worker', 'browser'],
  define: { global: 'globalThis' },
  entryPoints: ['src/web/extension.ts'],
  outfile: 'dist/web/extension.js',
  external: ['vscode'],
};

/** The language server in a web worker, which the web extension starts. @type {import('esbuild').BuildOptions} */
export const webServer = {
  ...webExtension,
  entryPoints: ['src/server/worker.ts'],
  outfile: 'dist/web/server.js',
  external: [],
  format: 'iife',
};

/** @returns {import('esbuild').BuildOptions[]} */
export function builds({ production = false } = {}) {
  return [
    { ...forNode(production), entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
    { ...forNode(production), entryPoints: ['src/server/main.ts'], outfile: 'dist/server.js' },
    webExtension,
    webServer,
    { ...forNode(production), entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js' },
  ];
}
