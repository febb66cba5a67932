// Headless Debian chromium (/usr/bin/chromium), driven by playwright-core on the system Node, with
// the flags that work on these machines, a fresh profile and a temporary XDG_CONFIG_HOME.
//
//   const browser = await launchChromium();
//   await browser.page.goto(url);
//   await browser.close();
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './server.mjs';

export const resultsDir = join(repoRoot, 'test-results');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** playwright-core from .tools/browser (setup.sh), else from the project's node_modules. */
export async function loadPlaywright() {
  const places = [process.env.RECIPROCITY_BROWSER_TOOLS ?? join(repoRoot, '.tools', 'browser'), repoRoot];
  for (const place of places) {
    try {
      const resolved = createRequire(join(place, 'package.json')).resolve('playwright-core');
      const module = await import(pathToFileURL(resolved).href);
      return module.chromium ? module : module.default; // CommonJS: the exports may sit on default
    } catch {
      /* next place */
    }
  }
  throw new Error('playwright-core is not installed: run `bash scripts/vscode/setup.sh` first.');
}

/**
 * @param {object} [options]
 * @param {boolean} [options.headless] default true; RECIPROCITY_HEADED=1 shows the window (needs a display).
 * @param {{width:number,height:number}} [options.viewport]
 */
export async function launchChromium(options = {}) {
  const { chromium } = await loadPlaywright();
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath))
    throw new Error(`${executablePath} not found: run \`bash scripts/vscode/setup.sh\` first.`);
  const temp = mkdtempSync(join(process.env.RECIPROCITY_TMP ?? tmpdir(), 'reciprocity-chromium-'));
  const profile = join(temp, 'profile');
  // Chromium writes under ~/.config (and dconf under ~/.cache) unless these point elsewhere.
  const xdg = {
    XDG_CONFIG_HOME: join(temp, 'xdg-config'),
    XDG_CACHE_HOME: join(temp, 'xdg-cache'),
    XDG_DATA_HOME: join(temp, 'xdg-data'),
  };
  for (const dir of Object.values(xdg)) mkdirSync(dir, { recursive: true });
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: options.headless ?? process.env.RECIPROCITY_HEADED !== '1',
      args: CHROMIUM_ARGS,
      env: { ...process.env, ...xdg },
      viewport: options.viewport ?? { width: 1400, height: 900 },
      timeout: 60_000,
    });
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  let closed;
  return {
    context,
    page,
    close() {
      closed ??= (async () => {
        await context.close().catch(() => {});
        rmSync(temp, { recursive: true, force: true, maxRetries: 3 });
      })();
      return closed;
    },
  };
}

/** Saves a PNG of the page as test-results/<name>.png and returns its path. */
export async function screenshot(page, name) {
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path: file });
  return file;
}
