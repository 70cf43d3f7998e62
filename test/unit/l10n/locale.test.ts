import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main';
import { environmentLocale, takeLocaleOption } from '../../../src/cli/locale';
import { paperCard, unknownPaperCard } from '../../../src/core/hover-card';
import { format } from '../../../src/core/l10n/format';
import { localeOf, translator } from '../../../src/core/l10n';
import { lint } from '../../../src/core/lint';
import { parseDigest } from '../../../src/core/parser/parser';
import { renderDigestHtml } from '../../../src/core/render';
import { digest, entry, REPO } from '../helpers';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const HANGUL = /[\uac00-\ud7a3]/;

describe('locale tags and formatting', () => {
  it('reads Korean from ko, ko-KR, ko_KR.UTF-8; everything else is English', () => {
    expect(['ko', 'ko-KR', 'ko_KR.UTF-8', 'KO'].map(localeOf)).toEqual(['ko', 'ko', 'ko', 'ko']);
    expect(['en', 'en-US', 'de', 'kok', '', undefined, null].map(localeOf)).toEqual(['en', 'en', 'en', 'en', 'en', 'en', 'en']);
  });

  it('fills {0}… by position, a number or a string, and leaves a missing one as written', () => {
    expect(format('{1} 중 {0}', [2, '논문 13편'])).toBe('논문 13편 중 2');
    expect(format('a {0} {0} {2}', ['x'])).toBe('a x x {2}');
    expect(translator('ko')('card.authorsMore', 'A, B', 3)).toBe('A, B 외 3명');
  });

  it('the environment: LC_ALL, then LC_MESSAGES, then LANG; C and POSIX are English', () => {
    expect(environmentLocale({ LANG: 'ko_KR.UTF-8' })).toBe('ko_KR.UTF-8');
    expect(environmentLocale({ LC_ALL: 'en_US.UTF-8', LC_MESSAGES: 'ko_KR', LANG: 'ko_KR' })).toBe('en_US.UTF-8');
    expect(environmentLocale({ LC_MESSAGES: 'ko_KR', LANG: 'en_US' })).toBe('ko_KR');
    expect(environmentLocale({ LC_ALL: 'C', LANG: 'ko_KR' })).toBeUndefined();
    expect(environmentLocale({})).toBeUndefined();
    expect(takeLocaleOption(['a.md', '--locale', 'ko', '--fix'])).toEqual({ args: ['a.md', '--fix'], locale: 'ko' });
    expect(takeLocaleOption(['--locale=ko'])).toEqual({ args: [], locale: 'ko' });
    expect(takeLocaleOption(['--locale']).error).toMatch(/argument missing/);
  });
});

describe('lint and cards in Korean', () => {
  const broken = digest(entry({ vote: 'Vote: -', heading: '### [Title](https://arxiv.org/pdf/2403.15042)' }));

  it('messages, related locations and fix titles are Korean with locale ko, English by default', () => {
    const korean = lint(broken, { locale: 'ko' });
    expect(korean.map((d) => d.message)).toEqual([
      '`https://arxiv.org/pdf/2403.15042`은(는) PDF 링크입니다. `https://arxiv.org/abs/2403.15042`이어야 합니다.',
      '추천 수 `-`이(가) 정수가 아닙니다. `Vote: 12`처럼 추천 수를 써야 합니다.',
    ]);
    expect(korean[0].fix?.description).toBe('https://arxiv.org/abs/2403.15042(으)로 바꾸기');
    expect(lint(broken).map((d) => d.message)[0]).toBe('`https://arxiv.org/pdf/2403.15042` is a PDF link; expected `https://arxiv.org/abs/2403.15042`.');
  });

  it('every finding of the broken fixture reads Korean: no English sentence left', () => {
    const text = readFileSync(join(REPO, 'test', 'fixtures', 'lint', 'broken.md'), 'utf8');
    const findings = lint(text, { locale: 'ko', rules: { DP005: 'warning' } });
    expect(new Set(findings.map((d) => d.code)).size).toBeGreaterThanOrEqual(9);
    const texts = findings.flatMap((d) => [d.message, ...d.related.map((r) => r.message), ...(d.fix ? [d.fix.description] : [])]);
    expect(texts.filter((message) => !HANGUL.test(message) && !/^`[^`]*`$|^[^a-z]*$/i.test(message))).toEqual([]);
    expect(texts.filter((message) => /\bexpected\b|\bis not\b/.test(message))).toEqual([]);
  });

  it('the hover card of an unknown id and its links', () => {
    expect(unknownPaperCard('2403.15371', 'ko')).toContain('이 작업 영역의 다이제스트에 없습니다.');
    expect(unknownPaperCard('2403.15371')).toContain('Not in the digests of this workspace.');
    expect(typeof paperCard).toBe('function');
  });
});

describe('the preview in Korean', () => {
  it("the day header's weekday and count, a missing vote and folded authors are Korean; English by default", () => {
    const names = Array.from({ length: 10 }, (_, i) => `Author ${i}`).join(', ');
    const text = digest(entry({ vote: null, authors: `Authors: ${names}` }));
    const korean = renderDigestHtml(parseDigest(text), { locale: 'ko' });
    expect(korean).toContain('<span class="weekday">월요일</span>');
    expect(korean).toContain('논문 1편 · ▲0');
    expect(korean).toContain('title="Vote 줄 없음"');
    expect(korean).toContain('<summary>외 2명</summary>');
    const english = renderDigestHtml(parseDigest(text));
    expect(english).toContain('<span class="weekday">Monday</span>');
    expect(english).toContain('1 paper · ▲0');
    expect(english).toContain('<summary>and 2 more</summary>');
  });
});

describe('daily-papers --locale', () => {
  async function cli(args: string[], env: Record<string, string> = {}) {
    let stdout = '';
    let stderr = '';
    const dir = (await import('node:fs')).mkdtempSync(join((await import('node:os')).tmpdir(), 'daily-papers-l10n-'));
    (await import('node:fs')).writeFileSync(join(dir, 'a.md'), digest(entry({ vote: 'Vote: -' })));
    const code = await runCli(args, { cwd: dir, env, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
    return { code, stdout, stderr };
  }

  it('lint --locale ko prints Korean messages; LANG=ko_KR.UTF-8 does the same; --locale en wins over LANG', async () => {
    expect((await cli(['lint', '--locale', 'ko'])).stdout).toContain('추천 수 `-`이(가) 정수가 아닙니다.');
    expect((await cli(['lint'], { LANG: 'ko_KR.UTF-8' })).stdout).toContain('추천 수 `-`이(가) 정수가 아닙니다.');
    expect((await cli(['lint', '--locale=en'], { LANG: 'ko_KR.UTF-8' })).stdout).toContain('Vote `-` is not a whole number');
    expect((await cli(['lint'], { LC_ALL: 'C', LANG: 'ko_KR.UTF-8' })).stdout).toContain('Vote `-` is not a whole number');
  });

  it('--locale without a value is a usage error, and --help documents it', async () => {
    const run = await cli(['lint', '--locale']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--locale/);
    expect((await cli(['--help'])).stdout).toMatch(/--locale TAG .*LC_ALL, LC_MESSAGES or LANG/);
  });
});
