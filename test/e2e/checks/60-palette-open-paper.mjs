import assert from 'node:assert/strict';

export const title = 'with no editor open, F1 → "Open Paper on arXiv" lists the workspace papers, most voted first';

export async function run({ workbench, page }) {
  await workbench.runCommand('View: Close All Editors');
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await page.keyboard.type('Open Paper on arXiv');
  const rows = page.locator('.quick-input-list .monaco-list-row');
  await rows.filter({ hasText: 'Daily Papers: Open Paper on arXiv' }).first().click();
  const first = rows.filter({ hasText: 'Specialized Language Models with Cheap Inference' }).first();
  await first.waitFor();
  assert.match((await first.innerText()).replace(/\s+/g, ' '), /▲28 · 2024-02-05 · 2402\.01093/);
  const labels = await rows.locator('.label-name').allInnerTexts();
  assert.ok(labels.length >= 5, `several papers listed, got ${labels.length}`);
  assert.equal(labels[0].trim(), 'Specialized Language Models with Cheap Inference from Limited Domain Data');
  await workbench.screenshot('palette-open-paper');
  await page.keyboard.type('foster');
  await rows.filter({ hasText: 'Can large language models explore in-context?' }).first().waitFor();
  await workbench.screenshot('palette-open-paper-filtered');
  await page.keyboard.press('Escape');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}
