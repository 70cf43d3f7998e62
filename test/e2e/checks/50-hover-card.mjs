import assert from 'node:assert/strict';

export const title = 'hovering a seed paper heading shows the card: title, votes, day, authors, summary bullet and links';
export const restricted = 'also';

export async function run({ workbench, page }) {
  await workbench.openFile('2024-03-25.md');
  const heading = workbench.activeEditorLines().locator('.view-line', { hasText: 'Can large language models explore in-context?' });
  await heading.waitFor();
  await page.keyboard.press('Escape');
  const card = page.locator('.monaco-hover').filter({ hasText: 'Can large language models explore in-context?' }).first();
  // Hover again until the card shows: run alone, this check may come before the extension has activated.
  // On the title's text: past the end of a line Monaco shows no hover.
  await workbench.hoverUntilShown(heading.locator('span').first(), card);
  const text = (await card.innerText()).replace(/\s+/g, ' ');
  assert.match(text, /▲16 · 2024-03-25/);
  assert.match(text, /Dylan J\. Foster, Keegan Harris, Aleksandrs Slivkins, Akshay Krishnamurthy, Cyril Zhang/);
  assert.match(text, /arXiv · PDF · Hugging Face · Copy ID/);
  assert.equal(await card.locator('strong', { hasText: 'Can large language models explore in-context?' }).count(), 1, 'the title in bold');
  assert.equal(await card.locator('a', { hasText: /^Copy ID$/ }).count(), 1, 'Copy ID is a live command link');
  await workbench.screenshot('hover-card');
  await page.mouse.move(5, 450);
  await page.keyboard.press('Escape');
}
