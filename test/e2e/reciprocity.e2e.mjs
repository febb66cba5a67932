// End-to-end, as a contract reviewer would work: the packaged reciprocity.vsix installed into a real
// VS Code (code-server), the example contracts open in headless chromium. It checks the squiggle,
// the hover, a light-bulb fix, the status bar, the give/get report (clicking a row reveals the
// clause), that hostile markup in a contract stays text in the report and in an exported HTML
// file, and saves screenshots of each step to test-results/. Waits for elements, never for time.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { startServer, repoRoot, workbenchUrl } from '../../scripts/vscode/server.mjs';
import { launchChromium } from '../../scripts/vscode/browser.mjs';
import * as actions from './actions.mjs';

const WAIT = 30_000;
let server;
let browser;
/** @type {import('playwright-core').Page} */
let page;
let workspace;

const shot = (name) => actions.shot(page, name);
const step = (name, fn) => actions.step(page, name, fn);
const quickOpen = (name) => actions.quickOpen(page, name);
const runCommand = (title) => actions.runCommand(page, title);
const goToLine = (n) => actions.goToLine(page, n);

const editor = () => page.locator('.editor-group-container.active .monaco-editor').first();
const line = (text) => editor().locator('.view-line', { hasText: text }).first();
/** Saves the active editor and waits until its tab is no longer marked as modified. */
async function saveActiveEditor() {
  await page.keyboard.press('Control+S');
  await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached' });
}
/** The give/get report's content: the webview's inner frame. */
const report = () => page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');

describe('Reciprocity in VS Code, installed from its .vsix', { timeout: 300_000 }, () => {
  before(async () => {
    execFileSync('npm', ['run', '-s', 'package'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
    // A copy of the examples, so that nothing the test types can reach the repository.
    workspace = mkdtempSync(join(tmpdir(), 'reciprocity-e2e-examples-'));
    cpSync(join(repoRoot, 'examples'), workspace, { recursive: true });
    cpSync(
      join(repoRoot, 'test', 'fixtures', 'contracts', 'hostile-markup.md'),
      join(workspace, 'hostile.contract.md'),
    );
    server = await startServer({ installExtension: join(repoRoot, 'reciprocity.vsix') });
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

  it('squiggles each concession that gets nothing back, and counts them in the status bar', async () => {
    await step('squiggle', async () => {
      await quickOpen('saas-renewal-order-form.md');
      await line('payable within sixty').waitFor();
      await page.locator('.statusbar-item', { hasText: '4 unbalanced' }).waitFor();
      // The squiggle sits under the concession's words (the view shows the first ones).
      await line('payable within sixty')
        .locator('..')
        .locator('..')
        .locator('.squiggly-warning')
        .first()
        .waitFor()
        .catch(() => undefined);
      await editor().locator('.squiggly-warning').first().waitFor();
      await page.keyboard.press('Control+Shift+M');
      const problems = page.locator('.markers-panel .monaco-list-row', { hasText: 'unreciprocated-concession' });
      await problems.nth(3).waitFor();
      assert.equal(await problems.count(), 4);
    });
    await shot('e2e-1-squiggle');
    // Ctrl+J toggles the panel away again, so that the editor has room.
    await page.keyboard.press('Control+J');
    await page.locator('.markers-panel').waitFor({ state: 'hidden' });
  });

  it('explains a finding on hover, with the give-backs to ask for', async () => {
    await step('hover', async () => {
      await goToLine(29);
      await line('payable within sixty').locator('span', { hasText: 'payable' }).first().hover();
      const hover = page.locator('.monaco-hover', { hasText: 'concession: longer payment terms' }).first();
      await hover.waitFor();
      const text = await hover.innerText();
      assert.match(text, /Provider grants Customer payment terms of 60 days/);
      assert.match(
        text,
        /Ask for: volume commitment · longer term · conditional on a minimum term · testimonial or case study/,
      );
    });
    await shot('e2e-2-hover');
    await page.keyboard.press('Escape');
  });

  it('inserts a drafted give-back from the light bulb, and the finding goes', async () => {
    await step('quick-fix', async () => {
      await goToLine(29);
      const item = page
        .locator('.action-widget .monaco-list-row', {
          hasText: 'Insert give-back: Ask for a testimonial or case study',
        })
        .first();
      await actions.openQuickFix(
        page,
        line('payable within sixty').locator('span', { hasText: 'Invoices' }).first(),
        item,
      );
      await shot('e2e-3-light-bulb');
      await item.click();
      await line('In consideration of the payment terms of sixty (60) days in Section 2.2').waitFor();
      await page.locator('.statusbar-item', { hasText: '3 unbalanced' }).waitFor();
    });
    await shot('e2e-4-inserted-give-back');
    // Leave the snippet's placeholders, then undo the insertion.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Z');
    await page.locator('.statusbar-item', { hasText: '4 unbalanced' }).waitFor();
  });

  it('shows the give/get report: a line per party, then each concession in order, and a click reveals it', async () => {
    await step('report', async () => {
      await runCommand('Reciprocity: Show Give/Get Report');
      const item = report().locator('.concession', { hasText: 'longer payment terms' });
      await item.waitFor();
      assert.match(await report().locator('.summary').innerText(), /4 of 5 concessions get nothing binding back/);
      // One line per party, and each concession once, in document order.
      const balances = await report().locator('.balances li').allInnerTexts();
      assert.equal(balances.length, 2);
      assert.match(
        balances[0],
        /^Brightwave Software, Inc\. \(Provider\) gives discount \(15%\), .*; 4 of its 5 concessions unbalanced$/,
      );
      assert.deepEqual(await report().locator('.concession .head strong').allInnerTexts(), [
        'discount (15%)',
        'longer payment terms (60 days)',
        'free extra scope',
        'price protection',
        'easier exit (90 days)',
      ]);
      // The status word and its colour say the same thing, in the theme's colours.
      assert.deepEqual(await report().locator('.concession .status').allInnerTexts(), [
        'Balanced',
        'Unbalanced',
        'Unbalanced',
        'Unbalanced',
        'Unbalanced',
      ]);
      const colours = await report()
        .locator('.concession .status')
        .evaluateAll((els) => els.map((e) => getComputedStyle(e).color));
      assert.equal(new Set(colours.slice(1)).size, 1);
      assert.notEqual(colours[0], colours[1]);
      const warning = await report()
        .locator('body')
        .evaluate((b) => getComputedStyle(b).getPropertyValue('--vscode-editorWarning-foreground').trim());
      assert.ok(warning, 'the theme gives the warning colour');
      assert.match(await report().locator('body').getAttribute('class'), /\bvscode-(?:light|dark|high-contrast)\b/);
      assert.match(
        await report().locator('.concession', { hasText: 'free extra scope' }).innerText(),
        /Not counted: testimonial in Section 3\.2: it is optional/,
      );
      await shot('e2e-5-report');
      // Move the cursor away first (Ctrl+1 focuses the contract), then let the item bring it back to Section 2.2.
      await page.keyboard.press('Control+1');
      await goToLine(1);
      await item.locator('q').click();
      await page.locator('.statusbar-item[id="status.editor.selection"]', { hasText: /Ln 29,/ }).waitFor();
    });
    await shot('e2e-6-report-revealed');
  });

  it('steps to the next unbalanced concession, inserts the give-back to ask for and exports, from the report', async () => {
    await step('report-buttons', async () => {
      await page.keyboard.press('Control+1');
      await goToLine(40);
      await report().locator('button.step-next').click();
      await page.locator('.statusbar-item[id="status.editor.selection"]', { hasText: /Ln 43,/ }).waitFor();
      await report().locator('.concession.current', { hasText: 'easier exit' }).waitFor();
      await report().locator('button.step-next').click();
      await page.locator('.statusbar-item[id="status.editor.selection"]', { hasText: /Ln 29,/ }).waitFor();
      await report().locator('.concession', { hasText: 'longer payment terms' }).locator('button.insert').click();
      await page.locator('.statusbar-item', { hasText: '3 unbalanced' }).waitFor();
      await report()
        .locator('.concession', { hasText: 'longer payment terms' })
        .locator('.status', { hasText: 'Balanced' })
        .waitFor();
      await shot('e2e-6b-report-inserted');
      // The editor beside the report is narrow and wraps the clause where its font decides: read
      // what was inserted from the saved file, then undo and save the contract as it was.
      const contract = join(workspace, 'saas-renewal-order-form.md');
      const original = readFileSync(contract, 'utf8');
      await page.keyboard.press('Control+1');
      await saveActiveEditor();
      assert.match(
        readFileSync(contract, 'utf8'),
        /In consideration of the payment terms of sixty \(60\) days in Section 2\.2, Customer /,
      );
      await page.keyboard.press('Control+Z');
      await page.locator('.statusbar-item', { hasText: '4 unbalanced' }).waitFor();
      await saveActiveEditor();
      assert.equal(readFileSync(contract, 'utf8'), original);
      await report().locator('select.export').selectOption('html');
      // The save dialog offers a file beside the contract; accept it.
      await page.locator('.quick-input-widget input').waitFor();
      await page.keyboard.press('Enter');
      await page
        .locator('.notification-toast', { hasText: 'report saved to saas-renewal-order-form.report.html' })
        .waitFor();
      assert.match(readFileSync(join(workspace, 'saas-renewal-order-form.report.html'), 'utf8'), /^<!DOCTYPE html>/);
    });
  });

  it('keeps hostile markup of a contract as text in the report', async () => {
    await step('hostile-report', async () => {
      await quickOpen('hostile.contract.md');
      await runCommand('Reciprocity: Show Give/Get Report');
      const cell = report().locator('.concession', { hasText: 'waiver' }).locator('q');
      await cell.waitFor();
      // Quotes show what a reader sees: the tags are left out, their words kept as plain text.
      assert.match(
        await cell.innerText(),
        /^Provider waives the setup fee document\.title = 'pwned' for the first year$/,
      );
      assert.equal(
        await report().locator('#report script, #report img, #report iframe, #report style, #report link').count(),
        0,
      );
      // Its strict policy: nothing by default, scripts only with this page's nonce.
      const csp = await report().locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      assert.match(csp, /^default-src 'none';.* script-src 'nonce-[A-Za-z0-9+/=]{16,}';$/);
      const nonce = /'nonce-([^']+)'/.exec(csp)[1];
      // The report's own script carries it (the frame's host script is VS Code's, not the document's).
      assert.deepEqual(
        await report()
          .locator('script[src$="report.js"]')
          .evaluateAll((els) => els.map((e) => e.nonce)),
        [nonce],
      );
      assert.match(
        await report().locator('.concession', { hasText: 'easier exit' }).locator('q').innerText(),
        /^Customer may terminate for convenience on 30 days' notice$/,
      );
      assert.notEqual(await page.title(), 'pwned');
    });
    await shot('e2e-7-hostile-report');
  });

  it('keeps hostile markup as text in an exported HTML report opened in chromium', async () => {
    const out = join(workspace, 'hostile.report.html');
    const cli = spawnSync(
      process.execPath,
      [
        join(repoRoot, 'dist', 'cli.js'),
        'report',
        join(workspace, 'hostile.contract.md'),
        '--format',
        'html',
        '--output',
        out,
      ],
      { encoding: 'utf8' },
    );
    assert.equal(cli.status, 0, cli.stderr);
    const exported = await browser.context.newPage();
    const errors = [];
    exported.on('pageerror', (e) => errors.push(e.message));
    await exported.goto(pathToFileURL(out).href);
    await exported.locator('.concessions li').first().waitFor();
    assert.notEqual(await exported.title(), 'pwned');
    assert.equal(await exported.evaluate(() => document.querySelectorAll('script, img, iframe').length), 0);
    assert.match(
      await exported.locator('body').innerText(),
      /Provider waives the setup fee document\.title = 'pwned' for the first year/,
    );
    assert.deepEqual(errors, []);
    assert.match(readFileSync(out, 'utf8'), /Content-Security-Policy/);
    await actions.shot(exported, 'e2e-8-exported-html');
    await exported.close();
  });
});
