import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const title = 'New Digest from Hugging Face… offers the last days, writes the fetched day and lists the summaries left to write in Problems';

// A loopback stand-in for huggingface.co answering with the recorded hostile answer of 2024-04-01.
const answer = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/hf-api/2024-04-01-hostile.json');

export async function run({ workbench, page, workspace }) {
  if (!existsSync(answer)) {
    console.log(`    (skipped: ${answer} not found; it sits beside the checkout as ../shared/hf-api)`);
    return;
  }
  let requests = 0;
  const server = createServer((request, response) => {
    requests++;
    const ok = request.url === '/api/daily_papers?date=2024-04-01';
    // The web extension fetches from the browser: like huggingface.co's API, allow any origin.
    response.writeHead(ok ? 200 : 404, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    response.end(ok ? readFileSync(answer) : '[]');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const settings = path.join(workspace, '.vscode', 'settings.json');
  mkdirSync(path.dirname(settings), { recursive: true });
  writeFileSync(settings, JSON.stringify({ 'dailyPapers.huggingFace.endpoint': `http://127.0.0.1:${server.address().port}` }));
  try {
    // VS Code reads the new workspace setting a moment after the file is written; until then the command
    // asks the default endpoint (unreachable here) and writes nothing. Ask again until the stand-in is asked.
    for (let attempt = 1; requests === 0; attempt++) {
      // Not workbench.runCommand: it waits for the palette to close, and this command opens a quick pick at once.
      const label = 'Daily Papers: New Digest from Hugging Face…';
      await page.keyboard.press('Escape');
      await page.keyboard.press('F1');
      await page.keyboard.type(label);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().click();
      await page.locator('.quick-input-widget .quick-input-title', { hasText: 'New Digest from Hugging Face' }).waitFor();
      const rows = page.locator('.quick-input-list .monaco-list-row');
      await rows.filter({ hasText: /\d{4}-\d{2}-\d{2}/ }).first().waitFor();
      assert.equal(await rows.count(), 7, 'the last seven days are offered');
      await page.keyboard.type('2024-04-01');
      await rows.filter({ hasText: '2024-04-01' }).first().waitFor();
      await workbench.screenshot('hf-date-pick');
      await page.keyboard.press('Enter');
      const deadline = Date.now() + 8000;
      while (requests === 0 && Date.now() < deadline) await page.waitForTimeout(200);
      if (requests === 0 && attempt === 3) throw new Error('the command never asked the loopback stand-in for the feed');
    }
    await workbench.activeTab('2024-04-01.md').waitFor();
    await workbench.activeEditorLines().filter({ hasText: 'Brackets' }).waitFor();
    const text = await workbench.activeEditorText();
    assert.match(text, /## Daily Papers \(2024-04-01\)/);
    assert.match(text, /### \[Brackets \\\] and \(parens\) in a \\\[title\\\]\]\(https:\/\/arxiv\.org\/abs\/2404\.00001\)/);
    await page.keyboard.press('Control+Shift+M');
    const unfinished = page.locator('.markers-panel .monaco-list-row').filter({ hasText: /is still to be written/ });
    await unfinished.first().waitFor();
    assert.match((await unfinished.first().innerText()).replace(/\s+/g, ' '), /daily-papers\W*DP054/);
    await workbench.screenshot('hf-new-digest');
    await page.keyboard.press('Control+Shift+M');
  } finally {
    await workbench.runCommand('View: Close All Editors');
    rmSync(path.join(workspace, '2024-04-01.md'), { force: true });
    rmSync(path.dirname(settings), { recursive: true, force: true });
    server.close();
  }
}
