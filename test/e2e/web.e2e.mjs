// End-to-end on the web: the same packaged reciprocity.vsix, run by VS Code's web worker extension
// host (what vscode.dev and github.dev run) in a real code-server and headless chromium. The user
// setting remote.extensionKind moves it there, so only its browser entry can do what is checked:
// the squiggle, the status bar, the hover and the give/get report on the examples.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { startServer, repoRoot, workbenchUrl } from '../../scripts/vscode/server.mjs';
import { launchChromium } from '../../scripts/vscode/browser.mjs';
import * as actions from './actions.mjs';

const WAIT = 30_000;
let server;
let browser;
/** @type {import('playwright-core').Page} */
let page;
let workspace;

const step = (name, fn) => actions.step(page, name, fn);
const editor = () => page.locator('.editor-group-container.active .monaco-editor').first();
const line = (text) => editor().locator('.view-line', { hasText: text }).first();
const report = () => page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');

describe('Reciprocity on the web, installed from its .vsix', { timeout: 300_000 }, () => {
  before(async () => {
    execFileSync('npm', ['run', '-s', 'package'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
    workspace = mkdtempSync(join(tmpdir(), 'reciprocity-e2e-web-'));
    cpSync(join(repoRoot, 'examples'), workspace, { recursive: true });
    server = await startServer({
      installExtension: join(repoRoot, 'reciprocity.vsix'),
      settings: { 'remote.extensionKind': { 'reciprocity.reciprocity': ['web'] } },
    });
    browser = await launchChromium();
    page = browser.page;
    page.setDefaultTimeout(WAIT);
    await page.goto(workbenchUrl(server.url, { folder: workspace }));
    await page
      .locator('.explorer-folders-view .monaco-list-row', { hasText: 'saas-renewal-order-form.md' })
      .waitFor({ timeout: 90_000 });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  it('reviews the contract in the web worker: squiggles, status bar, hover and report', async () => {
    await step('web', async () => {
      await actions.quickOpen(page, 'saas-renewal-order-form.md');
      await line('payable within sixty').waitFor();
      await page.locator('.statusbar-item', { hasText: '4 unbalanced' }).waitFor();
      await editor().locator('.squiggly-warning').first().waitFor();
      await line('payable within sixty').locator('span', { hasText: 'payable' }).first().hover();
      const hover = page.locator('.monaco-hover', { hasText: 'concession: longer payment terms' }).first();
      await hover.waitFor();
      assert.match(await hover.innerText(), /receives nothing in return|Unbalanced/);
      await page.keyboard.press('Escape');
      await actions.runCommand(page, 'Reciprocity: Show Give/Get Report');
      await report().locator('.concession', { hasText: 'longer payment terms' }).waitFor();
      assert.match(await report().locator('.summary').innerText(), /4 of 5 concessions get nothing binding back/);
    });
    await actions.shot(page, 'e2e-web-report');
  });
});
