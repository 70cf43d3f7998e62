import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const title = 'started with --locale ko: Korean command titles in the palette, Korean problems in the Problems panel, a Korean preview and overview page';
export const locale = 'ko';
export const hosts = ['node'];

const here = path.dirname(fileURLToPath(import.meta.url));
const brokenDigest = path.resolve(here, '../../fixtures/lint/broken.md');
const readmeShot = path.resolve(here, '../../../media/readme/korean-ui.png');

export async function run({ workbench, page, workspace }) {
  const file = path.join(workspace, 'broken.md');
  // The workbench's display language, which the extension host gets as vscode.env.language.
  assert.equal(await page.evaluate(() => globalThis._VSCODE_NLS_LANGUAGE), 'ko');
  writeFileSync(file, readFileSync(brokenDigest));
  try {
    await workbench.openFile('broken.md');
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    // DP013 on line 14, as in the English check, now in Korean.
    const notArxiv = rows.filter({ hasText: '은(는) arXiv 또는 Hugging Face 논문 링크가 아닙니다' });
    await notArxiv.first().waitFor();
    assert.match((await notArxiv.first().innerText()).replace(/\s+/g, ' '), /daily-papers\W*DP013.*\[Ln 14, Col 28\]/);
    const all = await rows.filter({ hasText: /daily-papers\W*DP0\d\d/ }).allInnerTexts();
    assert.ok(all.length >= 9, `one row per problem of broken.md, got ${all.length}`);
    const english = all.filter((text) => /\bexpected\b/.test(text));
    assert.deepEqual(english, [], 'no English lint message left');

    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill('>Daily Papers');
    const palette = page.locator('.quick-input-list .monaco-list-row');
    // The palette lists (and renders) the first rows only, in alphabetical order: these are among them.
    // Under a display language other than English, VS Code shows the English title below the localised one.
    for (const [korean, english] of [
      ['Daily Papers: arXiv ID 복사', 'Copy arXiv ID'],
      ['Daily Papers: BibTeX 복사', 'Copy BibTeX'],
      ['Daily Papers: Hugging Face에서 새 다이제스트…', 'New Digest from Hugging Face…'],
    ]) {
      const row = palette.filter({ hasText: korean }).first();
      await row.waitFor();
      assert.match(await row.innerText(), new RegExp(english.replace('…', '.')));
    }
    await palette.filter({ hasText: 'Focus on 논문 View' }).first().waitFor();
    const shot = await workbench.screenshot('korean-ui');
    mkdirSync(path.dirname(readmeShot), { recursive: true });
    copyFileSync(shot, readmeShot);

    // The preview of a seed: its tab title, toolbar, day header and card words in Korean, the filter's count too.
    await page.keyboard.press('Escape');
    await workbench.openFile('2024-03-25.md');
    await workbench.activeEditorLines().click({ position: { x: 200, y: 300 } });
    await page.keyboard.press('Control+K');
    await page.keyboard.press('v');
    await page.locator('.part.editor .tab', { hasText: '미리 보기 2024-03-25.md' }).waitFor();
    const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await frame.locator('article.paper').first().waitFor();
    assert.match(await frame.locator('.day-header').first().innerText(), /2024-03-25\s+월요일\s+논문 13편 · ▲101/);
    assert.equal(await frame.locator('#count').innerText(), '논문 13편 중 13');
    assert.equal(await frame.locator('#filter').getAttribute('placeholder'), '제목, 저자 또는 ID로 필터링');
    await frame.locator('#filter').click();
    await frame.locator('#filter').pressSequentially('foster');
    await frame.locator('#count', { hasText: '논문 13편 중 1' }).waitFor();
    await workbench.screenshot('korean-preview');

    // The overview page: heading, totals, the bars' names, the month's top papers and the top authors in Korean.
    await page.keyboard.press('Escape');
    await workbench.runCommand('Daily Papers: 개요 표시');
    await workbench.activeTab('Daily Papers 개요').waitFor();
    const overview = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await overview.locator('h1', { hasText: 'Daily Papers 개요' }).waitFor();
    assert.match(await overview.locator('.totals').innerText(), /^\d+일 동안 논문 \d+편 · ▲\d+ · 저자 \d+명 · 2024-02부터 \d{4}-\d\d까지$/);
    assert.equal(await overview.locator('.papers figcaption').innerText(), '월별 논문 수');
    await overview.locator('.papers .bar[aria-label="2024-03: 논문 13편"]').waitFor();
    await overview.locator('.votes .bar[aria-label="2024-02: 추천 150개"]').waitFor();
    assert.match(await overview.locator('.month-top:not([hidden]) h2').innerText(), /^\d{4}년 \d\d?월 인기 논문 \(논문 \d+편\)$/);
    assert.match(await overview.locator('.top-authors h2').innerText(), /^상위 저자 \d+명$/);
    assert.equal(await overview.locator('.hint').innerText(), '월의 막대를 선택하면 그달의 인기 논문이 표시됩니다.');
    await workbench.screenshot('korean-overview');
  } finally {
    await page.keyboard.press('Escape');
    await workbench.runCommand('View: Close All Editors');
    rmSync(file, { force: true });
  }
}
