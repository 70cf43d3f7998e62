/** Writing feed papers into a digest, on small digests written here: every byte of the result is checked. */
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/core/fix';
import { byVotes, escapeMarkdown, type FeedPaper, mergeDay, renderDaySection, renderEntry, voteEdits } from '../../../src/core/huggingface';
import { parseDigest } from '../../../src/core/parser/parser';

const template = { summaryTemplate: ['- **What is new**:'] };

function feedPaper(id: string, parts: Partial<FeedPaper> = {}): FeedPaper {
  return { id, title: `Paper ${id}`, votes: 5, authors: ['Ada Lovelace'], media: null, ...parts };
}

const A = feedPaper('2403.00001', { votes: 10 });
const B = feedPaper('2403.00002', { votes: 20 });
const C = feedPaper('2403.00003', { votes: null });

const entryText = (id: string, vote = 'Vote: 1') => [`### [Paper ${id}](https://arxiv.org/abs/${id})`, vote, 'Authors: Ada Lovelace', '- done'].join('\n\n');

describe('renderEntry', () => {
  it('writes heading, thumbnail, votes, authors and the non-blank template lines, one blank line apart', () => {
    const paper = feedPaper('2403.15371', { title: 'A [bracket] title', votes: 16, authors: ['Ada_Lovelace', 'Alan Turing'], media: { kind: 'image', url: 'https://x.org/t.png' } });
    expect(renderEntry(paper, { summaryTemplate: ['- one', '  ', '', '- two'] })).toBe(
      '### [A \\[bracket\\] title](https://arxiv.org/abs/2403.15371)\n\n![](https://x.org/t.png)\n\nVote: 16\n\nAuthors: Ada\\_Lovelace, Alan Turing\n\n- one\n- two',
    );
  });

  it('writes a video as a Watch Video link and a video element, with the given line break', () => {
    const paper = feedPaper('2403.15371', { votes: 0, media: { kind: 'video', url: 'https://x.org/v.mp4' } });
    expect(renderEntry(paper, { summaryTemplate: ['- a', '- b'], eol: '\r\n' })).toBe(
      '### [Paper 2403.15371](https://arxiv.org/abs/2403.15371)\r\n\r\n[Watch Video](https://x.org/v.mp4)\r\n<div><video controls src="https://x.org/v.mp4" muted="false"></video></div>\r\n\r\nVote: 0\r\n\r\nAuthors: Ada Lovelace\r\n\r\n- a\r\n- b',
    );
  });

  it('leaves out the lines the feed gave nothing for', () => {
    expect(renderEntry(feedPaper('2403.15371', { votes: null, authors: [] }), { summaryTemplate: [' '] })).toBe('### [Paper 2403.15371](https://arxiv.org/abs/2403.15371)');
  });
});

describe('renderDaySection and byVotes', () => {
  it('writes the day heading and the entries by votes, most first, papers without votes last, ending with one line break', () => {
    expect(renderDaySection('2024-03-25', [C, A, B], { summaryTemplate: [] })).toBe(
      [
        '## Daily Papers (2024-03-25)',
        '### [Paper 2403.00002](https://arxiv.org/abs/2403.00002)\n\nVote: 20\n\nAuthors: Ada Lovelace',
        '### [Paper 2403.00001](https://arxiv.org/abs/2403.00001)\n\nVote: 10\n\nAuthors: Ada Lovelace',
        '### [Paper 2403.00003](https://arxiv.org/abs/2403.00003)\n\nAuthors: Ada Lovelace',
      ].join('\n\n') + '\n',
    );
    expect(renderDaySection('2024-03-25', [], { summaryTemplate: [], eol: '\r\n' })).toBe('## Daily Papers (2024-03-25)\r\n');
  });

  it('keeps the feed order for equal votes and does not reorder its input', () => {
    const first = feedPaper('2403.00004', { votes: 7 });
    const second = feedPaper('2403.00005', { votes: 7 });
    const zero = feedPaper('2403.00006', { votes: 0 });
    const input = [C, zero, first, second];
    expect(byVotes(input).map((paper) => paper.id)).toEqual(['2403.00004', '2403.00005', '2403.00006', '2403.00003']);
    expect(input[0]).toBe(C);
  });
});

describe('escapeMarkdown (feed text)', () => {
  it('escapes brackets, emphasis, code, tags and entities, and nothing else', () => {
    expect(escapeMarkdown('a\\b `c` *d* _e_ [f] <g> &h; (i) #j')).toBe('a\\\\b \\`c\\` \\*d\\* \\_e\\_ \\[f\\] \\<g\\> \\&h; (i) #j');
  });
});

describe('voteEdits', () => {
  const day = (text: string) => parseDigest(text).days[0];

  it('sets a differing count, leaves an equal one and one the feed has no count for, and counts entries not on the feed', () => {
    const text = ['## Daily Papers (2024-03-25)', entryText('2403.00001', 'Vote: 3'), entryText('2403.00002', 'Vote: 20'), entryText('2403.00003'), entryText('2403.09999')].join('\n\n') + '\n';
    const refresh = voteEdits(day(text), [A, B, C]);
    expect(refresh.updated).toBe(1);
    expect(refresh.notOnFeed).toBe(1);
    expect(applyEdits(text, refresh.edits)).toBe(text.replace('Vote: 3', 'Vote: 10'));
  });

  it('counts an entry without an arXiv id as not on the feed', () => {
    const text = '## Daily Papers (2024-03-25)\n\n### [No link]\n\nVote: 1\n';
    expect(voteEdits(day(text), [A])).toEqual({ edits: [], updated: 0, notOnFeed: 1 });
  });

  it('adds a missing Vote line before Authors even when Authors comes before the media', () => {
    const text = '## Daily Papers (2024-03-25)\n\n### [Paper 2403.00001](https://arxiv.org/abs/2403.00001)\n\nAuthors: Ada\n\n![](https://x.org/a.png)\n';
    expect(applyEdits(text, voteEdits(day(text), [A]).edits)).toBe(text.replace('Authors: Ada', 'Vote: 10\n\nAuthors: Ada'));
  });

  it('adds a missing Vote line before Authors, else after the media, else after the heading', () => {
    const heading = '### [Paper 2403.00001](https://arxiv.org/abs/2403.00001)';
    const cases = [
      [`${heading}\n\n![](https://x.org/a.png)\n\nAuthors: Ada\n`, `${heading}\n\n![](https://x.org/a.png)\n\nVote: 10\n\nAuthors: Ada\n`],
      [`${heading}\n\n![](https://x.org/a.png)\n\n- done\n`, `${heading}\n\n![](https://x.org/a.png)\n\nVote: 10\n\n- done\n`],
      [`${heading}\n\n- done\n`, `${heading}\n\nVote: 10\n\n- done\n`],
    ];
    for (const [before, after] of cases) {
      const text = `## Daily Papers (2024-03-25)\n\n${before}`;
      expect(applyEdits(text, voteEdits(day(text), [A]).edits)).toBe(`## Daily Papers (2024-03-25)\n\n${after}`);
    }
    const crlf = `## Daily Papers (2024-03-25)\r\n\r\n${heading}\r\n\r\nAuthors: Ada\r\n`;
    expect(applyEdits(crlf, voteEdits(day(crlf), [A], '\r\n').edits)).toBe(`## Daily Papers (2024-03-25)\r\n\r\n${heading}\r\n\r\nVote: 10\r\n\r\nAuthors: Ada\r\n`);
  });
});

describe('mergeDay', () => {
  it('adds the missing papers by votes after the last entry of the day, before the next day, and sets the votes', () => {
    const text = ['## Daily Papers (2024-03-25)', entryText('2403.00001', 'Vote: 3'), '## Daily Papers (2024-03-24)', entryText('2403.00009')].join('\n\n') + '\n';
    const merge = mergeDay(text, '2024-03-25', [A, C, B], template);
    expect(merge).toMatchObject({ createdDay: false, added: 2, votesUpdated: 1, notOnFeed: 0 });
    const added = [renderEntry(B, template), renderEntry(C, template)].join('\n\n');
    expect(applyEdits(text, merge.edits)).toBe(
      ['## Daily Papers (2024-03-25)', entryText('2403.00001', 'Vote: 10'), added, '## Daily Papers (2024-03-24)', entryText('2403.00009')].join('\n\n') + '\n',
    );
  });

  it('changes nothing when the day already lists every paper of the feed with its votes', () => {
    const text = ['## Daily Papers (2024-03-25)', entryText('2403.00001', 'Vote: 10'), entryText('2403.00002', 'Vote: 20')].join('\n\n') + '\n';
    expect(mergeDay(text, '2024-03-25', [B, A], template)).toEqual({ edits: [], createdDay: false, added: 0, votesUpdated: 0, notOnFeed: 0 });
  });

  it('adds the papers right after the heading of a day without entries, in the file’s line breaks', () => {
    const text = '## Daily Papers (2024-03-25)\r\n\r\n## Daily Papers (2024-03-24)\r\n';
    const merge = mergeDay(text, '2024-03-25', [A], template);
    expect(merge).toMatchObject({ createdDay: false, added: 1, votesUpdated: 0 });
    expect(applyEdits(text, merge.edits)).toBe(`## Daily Papers (2024-03-25)\r\n\r\n${renderEntry(A, { ...template, eol: '\r\n' })}\r\n\r\n## Daily Papers (2024-03-24)\r\n`);
  });

  it('uses the line break it is given over the file’s', () => {
    const text = '## Daily Papers (2024-03-25)\n';
    expect(applyEdits(text, mergeDay(text, '2024-03-25', [A], { ...template, eol: '\r\n' }).edits)).toBe(`## Daily Papers (2024-03-25)\r\n\r\n${renderEntry(A, { ...template, eol: '\r\n' })}\n`);
  });

  it('appends a day the file lacks: at the start of an empty file, after one blank line otherwise', () => {
    const section = renderDaySection('2024-03-25', [A], template);
    for (const [text, merged] of [
      ['', section],
      ['  \n', section],
      ['\uFEFF', `\uFEFF${section}`],
      ['# Notes\n', `# Notes\n\n${section}`],
      ['# Notes', `# Notes\n\n${section}`],
      ['# Notes\n\n## Daily Papers (2024-03-24)\n', `# Notes\n\n## Daily Papers (2024-03-24)\n\n${section}`],
    ]) {
      const merge = mergeDay(text, '2024-03-25', [A], template);
      expect(merge).toEqual({ edits: merge.edits, createdDay: true, added: 1, votesUpdated: 0, notOnFeed: 0 });
      expect(applyEdits(text, merge.edits)).toBe(merged);
    }
  });

  it('replaces from the end of the last line, or the whole of a blank file, keeping a byte order mark and any U+FEFF inside', () => {
    const rangeOf = (text: string) => mergeDay(text, '2024-03-25', [A], template).edits[0].range;
    expect(rangeOf('# Notes\n')).toEqual({ start: { line: 1, character: 0 }, end: { line: 1, character: 0 } });
    expect(rangeOf('# Notes\n\ntext')).toEqual({ start: { line: 2, character: 4 }, end: { line: 2, character: 4 } });
    expect(rangeOf('\uFEFF# Notes')).toEqual({ start: { line: 0, character: 7 }, end: { line: 0, character: 7 } });
    expect(rangeOf('a\uFEFFb')).toEqual({ start: { line: 0, character: 3 }, end: { line: 0, character: 3 } });
    expect(rangeOf(' \n \n')).toEqual({ start: { line: 0, character: 0 }, end: { line: 2, character: 0 } });
    const section = renderDaySection('2024-03-25', [A], template);
    expect(applyEdits('\uFEFF# Notes', mergeDay('\uFEFF# Notes', '2024-03-25', [A], template).edits)).toBe(`\uFEFF# Notes\n\n${section}`);
    expect(applyEdits('\uFEFF\n', mergeDay('\uFEFF\n', '2024-03-25', [A], template).edits)).toBe(`\uFEFF${section}`);
  });

  it('appends in the file’s line breaks', () => {
    const text = '# Notes\r\n\r\ntext';
    expect(applyEdits(text, mergeDay(text, '2024-03-25', [A], template).edits)).toBe(`# Notes\r\n\r\ntext\r\n\r\n${renderDaySection('2024-03-25', [A], { ...template, eol: '\r\n' })}`);
  });
});
