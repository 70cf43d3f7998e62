import assert from 'node:assert/strict';

export const title = 'the Authors view lists who appears most in the seeds, and an author expands to their papers';

export async function run({ workbench, page }) {
  const entry = page.locator('.part.activitybar .action-item').filter({ has: page.locator('[aria-label^="Daily Papers"]') });
  await entry.first().click();
  const header = page.locator('.pane-header', { hasText: /^Authors/i });
  await header.waitFor();
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  const view = page.locator('.pane').filter({ has: header });
  const row = (text) => view.locator('.monaco-list-row', { hasText: text }).first();

  const qi = row('Qi Zhang');
  await qi.waitFor();
  assert.match(await qi.innerText(), /2 papers · ▲31/);
  const first = view.locator('.monaco-list-row').first();
  assert.match(await first.innerText(), /Qi Zhang/, 'the author with the most papers comes first');

  await qi.click();
  const stepCoder = row('StepCoder: Improve Code Generation');
  await stepCoder.waitFor();
  assert.match(await stepCoder.innerText(), /2024-02-05 \(Mon\) · ▲28 · Shen et al\./);
  await row('AllHands: Ask Me Anything').waitFor();
  await workbench.screenshot('authors-view');

  await stepCoder.click();
  await workbench.activeTab('2024-02-05.md').waitFor();
  await workbench.activeEditorLines().filter({ hasText: 'StepCoder: Improve Code Generation' }).waitFor();
  await workbench.runCommand('View: Show Explorer');
}
