/** The overview page, the preview's empty notes, the rules' descriptions (settings, SARIF) in Korean. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main';
import { overviewBody } from '../../../src/core/overview/overview-page';
import { parseDigest } from '../../../src/core/parser/parser';
import { renderDigestHtml, renderDigestParts } from '../../../src/core/render';
import { RULES } from '../../../src/core/rules';
import { ArchiveStats } from '../../../src/core/stats';
import { indexDigest } from '../../../src/core/workspace/records';
import { digest, entry, REPO } from '../helpers';

const HANGUL = /[\uac00-\ud7a3]/;
/** The words of the page a person reads: tags, digest text in `<code>` and numbers left out. */
const wordsOf = (html: string) =>
  html
    .replace(/<code>[^<]*<\/code>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#\d+;/g, ' ');

describe('the overview page in Korean', () => {
  const stats = new ArchiveStats();
  stats.setFile(indexDigest('mem:/ws/a.md', parseDigest(digest(entry({ heading: '### [언어 모델 논문](https://arxiv.org/abs/2403.15371)', authors: 'Authors: 김민지, 이준' })))));

  it('headings, totals, charts, hints, month names and tooltips are Korean with locale ko', () => {
    const html = overviewBody(stats, undefined, 'ko');
    expect(html).toContain('<h1>Daily Papers 개요</h1>');
    expect(html).toContain('<p class="totals">1일 동안 논문 1편 · ▲16 · 저자 2명 · 2024-03부터 2024-03까지</p>');
    expect(html).toContain('<figcaption>월별 논문 수</figcaption>');
    expect(html).toContain('aria-label="2024-03: 논문 1편"');
    expect(html).toContain('aria-label="2024-03: 추천 16개"');
    expect(html).toContain('2024년 3월 인기 논문');
    expect(html).toContain('<h2>상위 저자 2명</h2>');
    expect(html).toContain('title="저자 보기에서 표시"');
    const english = wordsOf(html).match(/\b(?!Daily\b|Papers\b)[A-Za-z]{3,}\b/g);
    expect(english).toBeNull();
  });

  it('is English by default, and says so in Korean when there is nothing to count', () => {
    expect(overviewBody(stats)).toContain('<p class="totals">1 paper in 1 day · ▲16 · 2 authors · 2024-03 to 2024-03</p>');
    expect(overviewBody(stats)).toContain('Top papers of March 2024');
    expect(overviewBody(new ArchiveStats(), undefined, 'ko')).toContain('아직 날짜가 있는 섹션을 가진 다이제스트가 없습니다.');
  });
});

describe("the preview's empty notes", () => {
  it('a digest without papers and a day without papers get Korean notes, the format kept as code', () => {
    const empty = renderDigestHtml(parseDigest('# Notes\n'), { locale: 'ko' });
    expect(empty).toContain(
      '<p class="digest-empty">아직 논문이 없습니다. 다이제스트는 <code>## Daily Papers (YYYY-MM-DD)</code> 제목 아래에 <code>### [Title](https://arxiv.org/abs/…)</code> 항목을 씁니다.</p>',
    );
    expect(renderDigestHtml(parseDigest('## Daily Papers (2024-03-25)\n'), { locale: 'ko' })).toContain('<p class="day-empty">이 섹션에는 논문이 없습니다.</p>');
    expect(renderDigestHtml(parseDigest('# Notes\n'))).toContain('No papers here yet. A digest has a <code>## Daily Papers (YYYY-MM-DD)</code> heading');
  });

  it('the live page gets the notes with every update, so that emptying the digest while typing shows them in Korean too', () => {
    const parts = renderDigestParts(parseDigest(digest(entry({}))), { locale: 'ko' });
    expect(parts.emptyHtml.section).toBe('<p class="day-empty">이 섹션에는 논문이 없습니다.</p>');
    expect(parts.emptyHtml.digest).toMatch(/^<p class="digest-empty">아직 논문이 없습니다\./);
    expect(readFileSync(join(REPO, 'media', 'preview.js'), 'utf8')).not.toMatch(/No papers/);
  });
});

describe("the rules' descriptions", () => {
  const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
    contributes: { configuration: { properties: Record<string, { propertyNames?: { enumDescriptions: string[] }; additionalProperties?: { enumDescriptions: string[] } }> } };
  };
  const nls = (file: string) => JSON.parse(readFileSync(join(REPO, file), 'utf8')) as Record<string, string>;
  const setting = manifest.contributes.configuration.properties['dailyPapers.lint.rules'];

  it('the settings name each rule (code and name) and each severity by a %key% that both languages have', () => {
    const keys = [...setting.propertyNames!.enumDescriptions, ...setting.additionalProperties!.enumDescriptions];
    expect(keys).toHaveLength(RULES.length * 2 + 5);
    expect(keys.filter((key) => !/^%[^%]+%$/.test(key))).toEqual([]);
    const english = nls('package.nls.json');
    const korean = nls('package.nls.ko.json');
    expect(english['config.lint.rules.rule.DP030']).toBe('DP030 vote-missing: An entry should have a `Vote: N` line with its upvote count.');
    expect(korean['config.lint.rules.rule.DP030']).toBe('DP030 vote-missing: 항목에는 추천 수를 적은 `Vote: N` 줄이 있어야 합니다.');
    expect(keys.map((key) => korean[key.slice(1, -1)]).filter((text) => !HANGUL.test(text ?? ''))).toEqual([]);
  });

  it('SARIF under --locale ko describes every rule in Korean; English by default', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'daily-papers-sarif-'));
    writeFileSync(join(dir, 'a.md'), digest(entry({ vote: 'Vote: -' })));
    const sarif = async (args: string[]) => {
      let stdout = '';
      await runCli(['lint', '--format', 'sarif', ...args], { cwd: dir, env: {}, stdout: (text) => (stdout += text), stderr: () => undefined });
      return JSON.parse(stdout) as { runs: { tool: { driver: { rules: { id: string; shortDescription: { text: string }; help: { text: string } }[] } }; results: { message: { text: string } }[] }[] };
    };
    const korean = (await sarif(['--locale', 'ko'])).runs[0];
    expect(korean.tool.driver.rules.filter((rule) => !HANGUL.test(rule.shortDescription.text)).map((rule) => rule.id)).toEqual([]);
    expect(korean.tool.driver.rules.find((rule) => rule.id === 'DP031')?.help.text).toBe('`Vote:` 줄에는 0 이상의 정수가 있어야 합니다. See docs/rules.md#dp031.');
    expect(korean.results[0].message.text).toContain('추천 수 `-`이(가) 정수가 아닙니다.');
    const english = (await sarif([])).runs[0];
    expect(english.tool.driver.rules.find((rule) => rule.id === 'DP031')?.shortDescription.text).toBe('The `Vote:` line should hold a whole, non-negative number.');
  });
});
