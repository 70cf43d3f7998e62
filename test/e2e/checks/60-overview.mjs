import assert from 'node:assert/strict';

export const title = 'the overview shows papers and votes per month as bars, a month’s top papers and the top authors; clicks open the entry and reveal the author';

export async function run({ workbench, page }) {
  await workbench.runCommand('Daily Papers: Show Overview');
  await workbench.activeTab('Daily Papers Overview').waitFor();
  const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  await frame.locator('h1', { hasText: 'Daily Papers Overview' }).waitFor();
  assert.match(await frame.locator('.totals').innerText(), /22 papers in 2 days · ▲251/);
  const marchBar = frame.locator('.papers .bar[aria-label="2024-03: 13 papers"]');
  await marchBar.waitFor();
  await frame.locator('.votes .bar[aria-label="2024-02: 150 votes"]').waitFor();
  const visibleTop = frame.locator('.month-top:not([hidden])');
  assert.match(await visibleTop.locator('h2').innerText(), /Top papers of March 2024/, 'the newest month is selected first');

  await frame.locator('.papers .bar[data-month="2024-02"] .fill').click();
  assert.match(await visibleTop.locator('h2').innerText(), /Top papers of February 2024/);
  const stepCoder = visibleTop.locator('button', { hasText: 'StepCoder' });
  await stepCoder.waitFor();
  await frame.locator('.top-authors button', { hasText: 'Qi Zhang' }).waitFor();
  await workbench.screenshot('overview');

  await stepCoder.click();
  await workbench.activeTab('2024-02-05.md').waitFor();
  await workbench.activeEditorLines().filter({ hasText: 'StepCoder: Improve Code Generation' }).waitFor();

  await page.locator('.tab', { hasText: 'Daily Papers Overview' }).click();
  await frame.locator('.top-authors button', { hasText: 'Qi Zhang' }).click();
  const authors = page.locator('.pane').filter({ has: page.locator('.pane-header', { hasText: /^Authors/i }) });
  await authors.locator('.monaco-list-row.selected', { hasText: 'Qi Zhang' }).waitFor();
  await workbench.screenshot('overview-author-revealed');

  // The page follows the theme: in high contrast the bars get the theme's contrast borders.
  await page.locator('.tab', { hasText: 'Daily Papers Overview' }).click();
  await workbench.chooseColorTheme('Dark High Contrast');
  await frame.locator('body.vscode-high-contrast').waitFor();
  await workbench.screenshot('overview-high-contrast');
  await workbench.chooseColorTheme('Light Modern');
  await frame.locator('body.vscode-light').waitFor();
  await workbench.runCommand('View: Close All Editors');
  await workbench.runCommand('View: Show Explorer');
}

