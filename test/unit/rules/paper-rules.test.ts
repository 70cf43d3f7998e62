import { describe, expect, it } from 'vitest';
import { createInMemoryFacts } from '../../../src/core/in-memory-facts';
import { parseDigest } from '../../../src/core/parser/parser';
import { digest, entry, textAt } from '../helpers';
import { expectFix, findings } from './rule-helpers';

const heading = (url: string, title = 'Can large language models explore in-context?') => entry({ heading: `### [${title}](${url})` });

describe('DP010 paper-heading-not-link', () => {
  it('reports a ### heading in a day that is not a link', () => {
    const [found] = findings(digest(entry({ heading: '### Can large language models explore in-context?' })), 'DP010');
    expect(found.severity).toBe('error');
    expect(found.range.start.line).toBe(2);
  });

  it('leaves ### headings outside day sections alone', () => {
    expect(findings('# Notes\n\n### Ideas\n\ntext\n', 'DP010')).toEqual([]);
  });
});

describe('DP011 paper-title-empty', () => {
  it('reports [](url) as a heading', () => {
    expect(findings(digest(entry({ heading: '### [](https://arxiv.org/abs/2403.15371)' })), 'DP011')).toHaveLength(1);
  });

  it('accepts titles with brackets, parentheses, asterisks and HTML-looking text', () => {
    for (const title of ['[IDK] Tokens', 'A* Search (revisited)', '<think> before you speak', 'M$^{2}$UGen: $\\times$ 2']) {
      expect(findings(digest(heading('https://arxiv.org/abs/2403.15371', title)), 'DP011')).toEqual([]);
    }
  });
});

describe('DP012 paper-url-not-canonical', () => {
  const canonical = digest(heading('https://arxiv.org/abs/2403.15371'));

  it.each([
    ['https://arxiv.org/pdf/2403.15371', 'a PDF link'],
    ['https://arxiv.org/pdf/2403.15371v2.pdf', 'a PDF link'],
    ['https://arxiv.org/abs/2403.15371v2', 'version 2'],
    ['http://arxiv.org/abs/2403.15371', 'http:'],
    ['https://huggingface.co/papers/2403.15371', 'Hugging Face'],
    ['/papers/2403.15371', 'relative'],
  ])('rewrites %s (%s) to the abstract page', (url, reason) => {
    const text = digest(heading(url));
    const [found] = findings(text, 'DP012');
    expect(textAt(text, found.range)).toBe(url);
    expect(found.message).toContain(reason);
    expectFix(text, 'DP012', canonical);
  });

  it('is silent on the abstract page', () => {
    expect(findings(canonical, 'DP012')).toEqual([]);
  });
});

describe('DP013 paper-id-invalid', () => {
  it.each(['https://arxiv.org/abs/2403.1537', 'https://arxiv.org/abs/2413.15371', 'https://example.com/paper', ''])('reports %j', (url) => {
    const [found] = findings(digest(heading(url)), 'DP013');
    expect(found.severity).toBe('error');
  });

  it('accepts old-style and 4-digit ids of their time', () => {
    expect(findings(digest(heading('https://arxiv.org/abs/hep-th/9901001'), heading('https://arxiv.org/abs/1401.1234')), 'DP013')).toEqual([]);
  });
});

describe('DP014 paper-duplicate', () => {
  const again = heading('https://arxiv.org/abs/2403.15371', 'Can LLMs explore in-context?');

  it('is an error for the same id twice on one day, pointing at the first', () => {
    const [found, ...rest] = findings(digest(entry(), again), 'DP014', { uri: 'file:///a.md' });
    expect(rest).toEqual([]);
    expect(found.severity).toBe('error');
    expect(found.related).toEqual([{ uri: 'file:///a.md', range: { start: { line: 2, character: 0 }, end: { line: 2, character: 85 } }, message: '2403.15371 also listed here' }]);
  });

  it('is a warning across two days of a file', () => {
    const text = `${digest(entry())}\n## Daily Papers (2024-03-26)\n\n${again}\n`;
    const [found] = findings(text, 'DP014');
    expect(found.severity).toBe('warning');
    expect(found.message).toContain('another day');
  });

  it('is a warning in each of two files that list the same paper', () => {
    const a = digest(entry());
    const b = `## Daily Papers (2024-03-26)\n\n${again}\n`;
    const facts = createInMemoryFacts([
      { uri: 'file:///a.md', digest: parseDigest(a) },
      { uri: 'file:///b.md', digest: parseDigest(b) },
    ]);
    for (const [uri, text, other] of [['file:///a.md', a, 'file:///b.md'], ['file:///b.md', b, 'file:///a.md']]) {
      const [found] = findings(text, 'DP014', { uri, workspaceFacts: facts });
      expect(found.severity).toBe('warning');
      expect(found.related.map((related) => related.uri)).toEqual([other]);
    }
  });

  it('a configured severity applies to every occurrence', () => {
    const [found] = findings(digest(entry(), again), 'DP014', { rules: { DP014: 'hint' } });
    expect(found.severity).toBe('hint');
  });
});
