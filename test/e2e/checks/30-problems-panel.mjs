import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const title = 'the Problems panel lists the daily-papers problems of a broken digest, with rule codes';
export const restricted = 'also';

const brokenDigest = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/lint/broken.md');

export async function run({ workbench, page }) {
  // Copied in for this check only: other checks count the days of the fixture workspace.
  const workspace = new URL(page.url()).searchParams.get('folder');
  const file = path.join(workspace, 'broken.md');
  writeFileSync(file, readFileSync(brokenDigest));
  try {
    await workbench.openFile('broken.md');
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    const notArxiv = rows.filter({ hasText: 'is not an arXiv or Hugging Face paper link' });
    await notArxiv.first().waitFor();
    const text = (await notArxiv.first().innerText()).replace(/\s+/g, ' ');
    assert.match(text, /daily-papers\W*DP013/);
    assert.match(text, /\[Ln 14, Col 28\]/);
    await rows.filter({ hasText: /daily-papers\W*DP012/ }).first().waitFor();
    assert.ok((await rows.filter({ hasText: /daily-papers\W*DP0\d\d/ }).count()) >= 9, 'one row per problem of broken.md');
    await workbench.screenshot('problems-panel');
  } finally {
    await page.keyboard.press('Control+Shift+M');
    await workbench.runCommand('View: Close All Editors');
    rmSync(file, { force: true });
  }
}
