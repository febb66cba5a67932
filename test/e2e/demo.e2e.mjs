// End-to-end, as a newcomer runs it: scripts/vscode/open-examples.mjs, what `npm run demo` ends
// with, in a temporary folder of its own (RECIPROCITY_TMP). The address it prints opens a contract
// with the Problems panel listing its findings; an edit saved there changes the demo's copy,
// never examples/; Ctrl+C stops it and leaves nothing behind. Waits for elements, never for time.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../../scripts/vscode/server.mjs';
import { launchChromium } from '../../scripts/vscode/browser.mjs';
import * as actions from './actions.mjs';

const CONTRACT = 'saas-renewal-order-form.md';
const original = readFileSync(join(repoRoot, 'examples', CONTRACT), 'utf8');

let temp;
let demo;
let exited;
let url;
let browser;
/** @type {import('playwright-core').Page} */
let page;

const step = (name, fn) => actions.step(page, name, fn);
const editor = () => page.locator('.editor-group-container.active .monaco-editor').first();
const line = (text) => editor().locator('.view-line', { hasText: text }).first();

/** Resolves with the first workbench address the demo prints; rejects if it exits first. */
function printedAddress(child) {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const address = /http:\/\/127\.0\.0\.1:\d+\/\S+/.exec(out);
      if (address) resolve(address[0]);
    });
    child.once('exit', (code) => reject(new Error(`the demo exited (${code}) before printing an address:\n${out}`)));
  });
}

/** Short polls until the file holds `text`, for up to 30 s. */
async function fileContains(file, text) {
  const deadline = Date.now() + 30_000;
  while (!readFileSync(file, 'utf8').includes(text)) {
    if (Date.now() > deadline) assert.fail(`${file} does not contain ${JSON.stringify(text)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('npm run demo (scripts/vscode/open-examples.mjs)', { timeout: 300_000 }, () => {
  before(async () => {
    temp = mkdtempSync(join(tmpdir(), 'reciprocity-demo-test-'));
    demo = spawn(process.execPath, [join(repoRoot, 'scripts', 'vscode', 'open-examples.mjs')], {
      env: { ...process.env, RECIPROCITY_TMP: temp },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    exited = new Promise((resolve) => demo.once('exit', (code, signal) => resolve({ code, signal })));
    url = await printedAddress(demo);
    browser = await launchChromium();
    page = browser.page;
    page.setDefaultTimeout(30_000);
  });

  after(async () => {
    await browser?.close();
    if (demo?.exitCode === null && demo.signalCode === null) {
      demo.kill('SIGINT');
      await exited;
    }
    rmSync(temp, { recursive: true, force: true });
  });

  it('opens a contract, with the Problems panel listing its findings', async () => {
    await step('demo-open', async () => {
      await page.goto(url);
      await page.locator('.tabs-container .tab.active', { hasText: CONTRACT }).waitFor({ timeout: 90_000 });
      const problems = page.locator('.markers-panel .monaco-list-row', { hasText: 'unreciprocated-concession' });
      await problems.nth(3).waitFor({ timeout: 60_000 });
      assert.equal(await problems.count(), 4);
    });
    await actions.shot(page, 'demo-1-contract-and-problems');
  });

  it('saves edits into its copy; examples/ stays as it is', async () => {
    const copy = join(new URL(url).searchParams.get('folder'), CONTRACT);
    const added = ' Customer shall serve as a reference in return.';
    await step('demo-edit', async () => {
      await actions.goToLine(page, 29);
      await page.keyboard.press('End');
      await page.keyboard.type(added);
      await line(added.trim()).waitFor();
      await page.keyboard.press('Control+S');
      await fileContains(copy, `of the invoice date.${added}\n`);
    });
    assert.equal(readFileSync(join(repoRoot, 'examples', CONTRACT), 'utf8'), original);
  });

  it('removes everything it made on Ctrl+C', async () => {
    await browser.close();
    demo.kill('SIGINT');
    assert.deepEqual(await exited, { code: 130, signal: null });
    assert.deepEqual(readdirSync(temp), []);
  });
});
