import assert from 'node:assert/strict';

export const title = 'a seed digest opened with Quick Open shows its day heading and first paper';
export const restricted = 'also';

export async function run({ workbench }) {
  await workbench.openFile('2024-03-25.md');
  await workbench.activeEditorLines().filter({ hasText: 'Daily Papers (2024-03-25)' }).waitFor();
  const text = await workbench.activeEditorText();
  assert.match(text, /^## Daily Papers \(2024-03-25\)$/m);
  assert.match(text, /^### \[Can large language models explore in-context\?\]\(https:\/\/arxiv\.org\/abs\/2403\.15371\)$/m);
  assert.match(text, /^Vote: 16$/m);
  await workbench.screenshot('digest-open');
}
