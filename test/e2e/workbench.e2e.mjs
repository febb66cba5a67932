// End-to-end, as a person would: the VS Code workbench (code-server) in headless chromium, with
// Reciprocity loaded unpacked from this repository, on test/fixtures/workspace. Screenshots go to
// test-results/. Plain JavaScript on the system Node with node:test and playwright-core:
//
//   node --test test/e2e/          (or: node test/e2e/workbench.e2e.mjs)
//
// Needs `bash scripts/vscode/setup.sh` and `npm run build`. Waits for elements, never for time.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, repoRoot, workbenchUrl } from '../../scripts/vscode/server.mjs';
import { launchChromium } from '../../scripts/vscode/browser.mjs';
import * as actions from './actions.mjs';

const workspace = join(repoRoot, 'test', 'fixtures', 'workspace');
const WAIT = 30_000;

let server;
let browser;
/** @type {import('playwright-core').Page} */
let page;

const withScreenshotOnFailure = (name, fn) => actions.step(page, name, fn);
const quickOpen = (name) => actions.quickOpen(page, name);

const activeEditor = () => page.locator('.editor-group-container.active .monaco-editor').first();

describe('VS Code workbench with Reciprocity', { timeout: 180_000 }, () => {
  before(async () => {
    server = await startServer({ extensionDevelopmentPath: repoRoot });
    browser = await launchChromium();
    page = browser.page;
    page.setDefaultTimeout(WAIT);
    await page.goto(workbenchUrl(server.url, { folder: workspace }));
    await withScreenshotOnFailure('workbench', async () => {
      // The explorer lists the fixture files once the workbench and its remote file system are up.
      await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
      await page
        .locator('.explorer-folders-view .monaco-list-row', { hasText: 'notes.md' })
        .waitFor({ timeout: 60_000 });
    });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens a Markdown file through Quick Open', async () => {
    await withScreenshotOnFailure('quick-open', async () => {
      await quickOpen('notes.md');
      await page.locator('.tabs-container .tab.active', { hasText: 'notes.md' }).waitFor();
      await activeEditor().locator('.view-lines', { hasText: 'Meeting notes' }).waitFor();
      const language = await page.locator('.statusbar-item[id="status.editor.mode"]').innerText();
      assert.match(language, /Markdown/);
    });
    const file = await actions.shot(page, 'e2e-quick-open-notes');
  });

  it("shows the extension's warning on the fixture contract", async () => {
    await withScreenshotOnFailure('contract-warning', async () => {
      await quickOpen('pilot-order-form.md');
      await page.locator('.tabs-container .tab.active', { hasText: 'pilot-order-form.md' }).waitFor();
      await activeEditor().locator('.view-lines', { hasText: 'Pilot Order Form' }).waitFor();
      // Reciprocity activates on Markdown and reviews files under contracts/: one warning squiggle.
      await activeEditor().locator('.squiggly-warning').first().waitFor();
    });
    const file = await actions.shot(page, 'e2e-contract-warning');
  });
});
