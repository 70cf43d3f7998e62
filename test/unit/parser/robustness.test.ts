import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDigest } from '../../../src/core/export';
import { isDigest, parseDigest } from '../../../src/core/parser/parser';
import { digest, entry, SEEDS } from '../helpers';

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const ALPHABET = ['#', '#', ' ', '\n', '\r', '[', ']', '(', ')', '!', '*', '-', ':', '<', '>', '`', '~', 'Vote: ', 'Authors: ', "'", '"', ',', 'https://arxiv.org/abs/', '2403.15371', '\uFEFF', '\u0000', '\uD800', '가', 'a', '\t', '<!--', '-->', '```', '## Daily Papers (2024-03-25)\n', '### [', '](', '<video src=', '</video>'];

describe('parseDigest on any input', () => {
  it('never throws on 2,000 random documents built from digest fragments', () => {
    const next = random(42);
    for (let doc = 0; doc < 2000; doc++) {
      let text = '';
      const length = Math.floor(next() * 400);
      for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
      const parsed = parseDigest(text);
      expect(parsed.lineCount).toBeGreaterThan(0);
      exportDigest('random.md', parsed);
      for (const paper of [...parsed.days.flatMap((day) => day.papers), ...parsed.orphanPapers]) {
        expect(paper.range.end.line).toBeGreaterThanOrEqual(paper.range.start.line);
        expect(paper.range.end.line).toBeLessThan(parsed.lineCount);
      }
    }
  });

  it('never throws on random bytes decoded with replacement characters', () => {
    const next = random(7);
    const bytes = new Uint8Array(200_000).map(() => Math.floor(next() * 256));
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    expect(() => exportDigest('random.md', parseDigest(text))).not.toThrow();
  });

  it('reads an empty file as an empty model', () => {
    expect(parseDigest('')).toEqual({ days: [], orphanPapers: [], lineCount: 1, hasBom: false });
  });

  it('handles pathological lines (a million brackets, asterisks, hashes) without backtracking blow-ups', () => {
    for (const char of ['[', '*', '#', '](', '!', '<', '- *', 'Authors: [\'']) {
      const line = char.repeat(Math.ceil(1_000_000 / char.length));
      expect(() => parseDigest(digest(`### ${line}`, `- ${line}`, line))).not.toThrow();
    }
  });

  it('reads a 68-paper, 118 KB digest', () => {
    const papers = Array.from({ length: 68 }, (_, i) =>
      entry({
        heading: `### [Paper ${i}](https://arxiv.org/abs/2403.${String(10000 + i)})`,
        summary: Array.from({ length: 8 }, (_, j) => `- 요약 ${j}: ${'긴 설명 문장입니다. '.repeat(12)}`).join('\n'),
      }),
    );
    const text = digest(...papers);
    expect(Buffer.byteLength(text)).toBeGreaterThan(118_000);
    const parsed = parseDigest(text);
    expect(parsed.days[0].papers).toHaveLength(68);
    expect(parsed.days[0].papers.every((paper) => paper.summary.length === 8)).toBe(true);
  });
});

describe('the seeds', () => {
  const seeds = readdirSync(SEEDS).filter((name) => name.endsWith('.md'));

  it.each(seeds)('%s parses into one day of complete entries', (name) => {
    const text = readFileSync(resolve(SEEDS, name), 'utf8');
    const parsed = parseDigest(text);
    expect(isDigest(text)).toBe(true);
    expect(parsed.days).toHaveLength(1);
    expect(parsed.days[0].date).toBe(name.replace('.md', ''));
    expect(parsed.orphanPapers).toEqual([]);
    for (const paper of parsed.days[0].papers) {
      expect(paper.id).toMatch(/^\d{4}\.\d{5}$/);
      expect(paper.votes?.value).toEqual(expect.any(Number));
      expect(paper.authors?.names.length).toBeGreaterThan(0);
      expect(paper.media).not.toBeNull();
      expect(paper.summary.length).toBeGreaterThan(0);
    }
  });

  it('the video entry of 2024-02-05 is a canonical video block', () => {
    const parsed = parseDigest(readFileSync(resolve(SEEDS, '2024-02-05.md'), 'utf8'));
    const boximator = parsed.days[0].papers.find((paper) => paper.id === '2402.01566');
    expect(boximator?.media).toMatchObject({ kind: 'video', form: 'watch-video', hasVideoBlock: true });
  });
});

describe('isDigest', () => {
  it.each([
    ['a day heading', '## Daily Papers (2024-03-25)\n', true],
    ['a near-miss day heading', '## Daily papers 2024-03-25\n', true],
    ['an arXiv paper heading without a day', '# Notes\n\n### [T](https://arxiv.org/abs/2403.15371)\n', true],
    ['a relative paper heading', '### [T](/papers/2311.11045)\n', true],
    ['plain Markdown', '# Notes\n\nSome [link](https://arxiv.org/abs/2403.15371) in text.\n\n### A heading\n', false],
    ['a README title alone', '# Daily Papers\n\nA project that summarises papers.\n', false],
    ['nothing', '', false],
  ])('%s → %s', (_name, text, expected) => {
    expect(isDigest(text)).toBe(expected);
  });
});
