// Steps a person takes in the VS Code workbench, shared by the end-to-end tests. Each one waits
// for elements, never for time.
import { relative } from 'node:path';
import { repoRoot } from '../../scripts/vscode/server.mjs';
import { screenshot } from '../../scripts/vscode/browser.mjs';

/** Saves a screenshot to test-results/ and prints where. */
export async function shot(page, name) {
  const file = await screenshot(page, name);
  console.log(`screenshot: ${relative(repoRoot, file)}`);
  return file;
}

/** Runs a step; on failure leaves test-results/failure-<name>.png behind to look at. */
export async function step(page, name, fn) {
  try {
    await fn();
  } catch (error) {
    const file = await screenshot(page, `failure-${name}`).catch(() => undefined);
    if (file) error.message += `\n(screenshot: ${relative(repoRoot, file)})`;
    throw error;
  }
}

/** Ctrl+P, type the name, wait for it in the list, Enter, and wait for its tab. */
export async function quickOpen(page, name) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  // The file's own tab, not the report's, which follows it and carries its name too.
  await page.locator(`.tabs-container .tab.active[data-resource-name="${name.split('/').pop()}"]`).waitFor();
}

/** F1, type the command's title, Enter. */
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/**
 * Quick Open ":n" to a line, so that it is rendered and under the cursor. While the workbench
 * moves focus (the Problems panel opening), Quick Open can close under the keys, which then go to
 * the editor: a clean file made dirty by them is put back with one undo, and Quick Open tried again.
 */
export async function goToLine(page, n, tries = 3) {
  const dirty = page.locator('.tabs-container .tab.active.dirty');
  const wasDirty = (await dirty.count()) > 0;
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    const wait = attempt < tries ? 10_000 : 30_000;
    try {
      await input.waitFor({ state: 'visible', timeout: wait });
      await input.fill(`:${n}`, { timeout: wait });
      await page.locator('.quick-input-widget', { hasText: `line ${n}` }).waitFor({ timeout: wait });
      break;
    } catch (error) {
      if (attempt >= tries || wasDirty) throw error;
      await page.keyboard.press('Escape');
      if ((await dirty.count()) > 0) await page.keyboard.press('Control+Z');
      await dirty.waitFor({ state: 'detached' });
    }
  }
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  await page.locator('.statusbar-item[id="status.editor.selection"]', { hasText: `Ln ${n},` }).waitFor();
}

/**
 * Clicks `target` and opens the light bulb's menu with Ctrl+., until `item` shows in it. A key
 * pressed while the workbench moves focus (a hover closing, the code actions still computing) can
 * be lost: each try waits for the menu, and the next one starts from Escape and a fresh click.
 */
export async function openQuickFix(page, target, item, tries = 3) {
  for (let attempt = 1; ; attempt++) {
    await target.click();
    await page.keyboard.press('Control+.');
    try {
      await item.waitFor({ timeout: 15_000 });
      return;
    } catch (error) {
      if (attempt >= tries) throw error;
      await page.keyboard.press('Escape');
    }
  }
}
