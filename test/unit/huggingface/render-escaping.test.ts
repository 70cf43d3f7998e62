/** Each Markdown special character alone in a feed title or author name is written escaped, and papers without votes come last. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SUMMARY_TEMPLATE, renderDaySection } from '../../../src/core/huggingface';
import type { FeedPaper } from '../../../src/core/huggingface/paper';

const options = { summaryTemplate: DEFAULT_SUMMARY_TEMPLATE };

function paper(fields: Partial<FeedPaper>): FeedPaper {
  return { id: '2404.00001', title: 'Plain', votes: 1, authors: ['Ada'], media: null, ...fields };
}

function lineOf(text: string, prefix: string): string | undefined {
  return text.split('\n').find((line) => line.startsWith(prefix));
}

const SPECIAL = ['\\', '`', '*', '_', '[', ']', '<', '>', '&'];

describe.each(SPECIAL)('a day written from the feed, with %s as the only special character', (char) => {
  it('escapes it in the title', () => {
    const text = renderDaySection('2024-04-01', [paper({ title: `A ${char} B` })], options);
    expect(lineOf(text, '### ')).toBe(`### [A \\${char} B](https://arxiv.org/abs/2404.00001)`);
  });

  it('escapes it in an author name, and leaves the plain names as they are', () => {
    const text = renderDaySection('2024-04-01', [paper({ authors: ['Ada', `Bo${char}b`, 'Cy'] })], options);
    expect(lineOf(text, 'Authors: ')).toBe(`Authors: Ada, Bo\\${char}b, Cy`);
  });

  it('escapes it when it is the whole title or the last character of a name', () => {
    const text = renderDaySection('2024-04-01', [paper({ title: char, authors: [`Ada${char}`] })], options);
    expect(lineOf(text, '### ')).toBe(`### [\\${char}](https://arxiv.org/abs/2404.00001)`);
    expect(lineOf(text, 'Authors: ')).toBe(`Authors: Ada\\${char}`);
  });
});

describe('a day written from the feed, by votes', () => {
  it('puts a paper without votes after one with none counted yet (0 votes), whatever the feed order', () => {
    const papers = [paper({ id: '2404.00001', title: 'No votes', votes: null }), paper({ id: '2404.00002', title: 'Zero', votes: 0 }), paper({ id: '2404.00003', title: 'Five', votes: 5 })];
    const titles = (list: FeedPaper[]) => (renderDaySection('2024-04-01', list, options).match(/^### \[[^\]]*\]/gm) ?? []);
    expect(titles(papers)).toEqual(['### [Five]', '### [Zero]', '### [No votes]']);
    expect(titles([...papers].reverse())).toEqual(['### [Five]', '### [Zero]', '### [No votes]']);
    const text = renderDaySection('2024-04-01', papers, options);
    expect(text).toContain('Vote: 0');
    expect(text).not.toContain('Vote: null');
  });
});
