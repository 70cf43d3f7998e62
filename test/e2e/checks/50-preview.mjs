import assert from 'node:assert/strict';

export const title = 'Ctrl+K V opens the digest preview beside a seed: one card per paper with thumbnail, title and votes, a working filter, light and dark themes';

export async function run({ workbench, page }) {
  try {
    await check(workbench, page);
  } finally {
    await workbench.runCommand('View: Close All Editors');
  }
}

async function check(workbench, page) {
  await workbench.openFile('2024-03-25.md');
  // Ctrl+K V, as for the built-in Markdown preview: on a digest, it opens this one.
  await workbench.activeEditorLines().click({ position: { x: 200, y: 300 } });
  await page.keyboard.press('Control+K');
  await page.keyboard.press('v');
  const tab = page.locator('.part.editor .tab', { hasText: 'Preview 2024-03-25.md' });
  await tab.waitFor();

  // A webview is an iframe holding the page's own iframe.
  const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  const cards = frame.locator('article.paper');
  await cards.first().waitFor();
  assert.equal(await cards.count(), 13, 'one card per paper of 2024-03-25');
  const first = cards.first();
  assert.equal(await first.locator('.paper-title').innerText(), 'Can large language models explore in-context?');
  assert.equal(await first.locator('.votes').innerText(), '▲16');
  assert.equal(await first.locator('.paper-media img').getAttribute('src'), 'https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2403.15371.png');
  assert.equal(await first.getAttribute('data-line'), '2');
  assert.match(await frame.locator('.day-header').first().innerText(), /2024-03-25\s+Monday\s+13 papers · ▲101/);
  assert.equal(await frame.locator('#count').innerText(), '13 of 13 papers');
  assert.match(await frame.locator('body').getAttribute('class'), /vscode-light/);
  await workbench.screenshot('preview-light');

  const filter = frame.locator('#filter');
  await filter.click();
  await filter.pressSequentially('foster');
  await frame.locator('#count', { hasText: '1 of 13 papers' }).waitFor();
  assert.equal(await frame.locator('article.paper:visible').count(), 1);
  await workbench.screenshot('preview-filtered');
  await filter.fill('');
  await frame.locator('#count', { hasText: '13 of 13 papers' }).waitFor();

  await frame.locator('#sort').selectOption('votes');
  await setColorTheme(workbench, page, 'Dark Modern');
  await frame.locator('body.vscode-dark').waitFor();
  assert.equal(await frame.locator('#count').innerText(), '13 of 13 papers');
  assert.deepEqual(await frame.locator('article.paper .votes').allInnerTexts(), ['▲16', '▲14', '▲12', '▲9', '▲9', '▲7', '▲7', '▲6', '▲6', '▲5', '▲4', '▲3', '▲3']);
  await workbench.screenshot('preview-dark');
  // A wider window: the cards flow into more columns.
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 2200, height: viewport.height });
  await frame.locator('article.paper').nth(2).waitFor();
  await page.waitForTimeout(500);
  await workbench.screenshot('preview-dark-wide');
  await page.setViewportSize(viewport);
  await frame.locator('#sort').selectOption('digest');
  await setColorTheme(workbench, page, 'Light Modern');
  await frame.locator('body.vscode-light').waitFor();
}

async function setColorTheme(workbench, page, name) {
  // Keys typed while the webview has the focus go to the page: give the focus back to the workbench first.
  await page.locator('.part.editor .tab', { hasText: '2024-03-25.md' }).first().click();
  await workbench.chooseColorTheme(name);
}
