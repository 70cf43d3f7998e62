import assert from 'node:assert/strict';

export const title = 'the preview and its digest scroll together without chasing each other; a title opens arXiv once, a double click goes to the entry';

export async function run({ workbench, page }) {
  try {
    await check(workbench, page);
  } finally {
    await page.bringToFront();
    await page.locator('.part.editor .tab').first().click().catch(() => undefined);
    await workbench.runCommand('View: Close All Editors');
  }
}

async function check(workbench, page) {
  await workbench.openFile('2024-02-05.md');
  await workbench.runCommand('Daily Papers: Open Preview to the Side');
  await page.locator('.part.editor .tab', { hasText: 'Preview 2024-02-05.md' }).waitFor();
  const inner = await webviewFrame(page);
  await inner.locator('article.paper').nth(8).waitFor({ state: 'attached' });
  const editor = page.locator('.part.editor .editor-group-container').first().locator('.monaco-editor .view-lines');

  // The preview, scrolled with the wheel, brings the editor to the paper now at its top.
  const box = await page.locator('iframe.webview.ready').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 2200);
  const topTitle = await waitForStable(() => inner.evaluate(topCardTitle));
  assert.ok(topTitle && topTitle !== 'StepCoder: Improve Code Generation with Reinforcement Learning from Compiler Feedback', `the preview scrolled past the first card (top: ${topTitle})`);
  await editor.filter({ hasText: topTitle.slice(0, 30) }).waitFor();
  const previewY = await inner.evaluate(() => window.scrollY);
  await page.waitForTimeout(800);
  assert.equal(await inner.evaluate(() => window.scrollY), previewY, 'the editor following does not scroll the preview back');
  await workbench.screenshot('preview-scrolled-with-wheel');

  // The editor, sent to its end, brings the last paper into the preview.
  await page.locator('.part.editor .editor-group-container').first().locator('.tab', { hasText: '2024-02-05.md' }).click();
  await page.keyboard.press('Control+End');
  await waitForStable(() => inner.evaluate(() => window.scrollY));
  const lastCardVisible = await inner.evaluate(() => {
    const cards = document.querySelectorAll('article.paper');
    const last = cards[cards.length - 1].getBoundingClientRect();
    return last.top < window.innerHeight && last.bottom > 0;
  });
  assert.ok(lastCardVisible, 'the last card is in view after Ctrl+End in the editor');
  const endText = await editor.innerText();
  await page.waitForTimeout(800);
  assert.equal(await editor.innerText(), endText, 'the preview following does not scroll the editor back');

  // A title opens arXiv through the extension, once; a double click on a card reveals its entry.
  const popups = [];
  page.context().on('page', (opened) => popups.push(opened));
  await page.context().route(/arxiv\.org/, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>arXiv stand-in</title>' }));
  const firstTitle = inner.locator('article.paper .paper-link').first();
  await firstTitle.scrollIntoViewIfNeeded();
  await firstTitle.click();
  // VS Code asks before opening a site that is not a trusted domain: once, for the paper's arXiv page.
  const dialog = page.locator('.monaco-dialog-box');
  await dialog.waitFor();
  assert.match(await dialog.innerText(), /open the external website\?[\s\S]*https:\/\/arxiv\.org\/abs\/2402\.01391/);
  await workbench.screenshot('preview-title-click');
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  const deadline = Date.now() + 10_000;
  while (popups.length === 0 && Date.now() < deadline) await page.waitForTimeout(100);
  await page.waitForTimeout(500);
  assert.equal(popups.length, 1, 'one window for the arXiv page');
  assert.equal(popups[0].url(), 'https://arxiv.org/abs/2402.01391');
  await popups[0].close();
  await page.bringToFront();
  assert.equal(await page.locator('.monaco-dialog-box').count(), 0, 'no second prompt: the link opened once');

  const boximator = inner.locator('article.paper', { hasText: 'Boximator' });
  await boximator.scrollIntoViewIfNeeded();
  await boximator.locator('.paper-authors').dblclick();
  await page.locator('.part.editor .editor-group-container.active .monaco-editor .view-lines', { hasText: 'Boximator' }).waitFor();
  await workbench.screenshot('preview-double-click');

  // Typing in the editor updates the card, keeping the filter and the expanded author list.
  const filter = inner.locator('#filter');
  await filter.fill('stepcoder');
  await inner.locator('#count', { hasText: '1 of 9 papers' }).waitFor();
  const stepCoder = inner.locator('article.paper', { hasText: 'StepCoder' });
  await stepCoder.locator('.more-authors summary').click();
  await page.locator('.part.editor .editor-group-container').first().locator('.tab', { hasText: '2024-02-05.md' }).click();
  await page.keyboard.press('Control+G');
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('9');
  await stepCoder.locator('.votes', { hasText: '▲29' }).waitFor();
  assert.equal(await filter.inputValue(), 'stepcoder');
  assert.equal(await inner.locator('#count').innerText(), '1 of 9 papers');
  assert.equal(await stepCoder.locator('.more-authors').getAttribute('open'), '', 'the author list stays expanded');
  await workbench.screenshot('preview-after-edit');
  await page.keyboard.press('Control+Z'); // the 9
  await page.keyboard.press('Control+Z'); // the backspace
  await stepCoder.locator('.votes', { hasText: '▲28' }).waitFor();
}

/** The page inside the preview's webview (an iframe in an iframe). */
async function webviewFrame(page) {
  const outer = await (await page.locator('iframe.webview.ready').elementHandle()).contentFrame();
  await outer.locator('#active-frame').waitFor({ state: 'attached' });
  const inner = await (await outer.locator('#active-frame').elementHandle()).contentFrame();
  await inner.locator('main.digest').waitFor({ state: 'attached' });
  return inner;
}

function topCardTitle() {
  const toolbar = document.querySelector('.toolbar').getBoundingClientRect().bottom;
  const card = [...document.querySelectorAll('article.paper')].find((each) => each.getBoundingClientRect().bottom > toolbar + 20);
  return card?.querySelector('.paper-title')?.textContent ?? null;
}

/** Polls until `read` gives the same value twice, 300 ms apart. */
async function waitForStable(read) {
  let last = await read();
  for (let i = 0; i < 30; i++) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const next = await read();
    if (next === last) return next;
    last = next;
  }
  throw new Error('kept changing');
}
