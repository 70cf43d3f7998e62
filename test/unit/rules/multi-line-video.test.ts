import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { parseDigest } from '../../../src/core/parser/parser';
import { findings } from './rule-helpers';

const entryWith = (video: string) =>
  `## Daily Papers (2024-03-25)\n\n### [T](https://arxiv.org/abs/2403.00001)\n\n${video}\nVote: 1\n\nAuthors: Ada Lovelace\n\n- A summary.\n`;

const SWALLOWS = 'The `Vote:` line is directly below the media, so Markdown swallows it into the HTML block; expected a blank line between them.';
const JOINS = 'The `Vote:` line is directly below the media, so Markdown joins them into one paragraph; expected a blank line between them.';

/** What markdown-it makes of the video and the `Vote:` line right below it. */
function markdownItBlock(video: string): string {
  return new MarkdownIt({ html: true }).parse(`${video}\nVote: 1\n`, {}).find((token) => token.type === 'html_block' || token.type === 'paragraph_open')!.type;
}

describe('a raw <video> over several lines, with the Vote: line right below it', () => {
  const cases = [
    { video: '<video\n  src="https://cdn-uploads.huggingface.co/v.mp4" controls></video>', block: 'paragraph_open', message: JOINS, voteLine: 6 },
    { video: '<video src="https://cdn-uploads.huggingface.co/v.mp4" controls>\n</video>', block: 'html_block', message: SWALLOWS, voteLine: 6 },
    { video: '<video src="https://cdn-uploads.huggingface.co/v.mp4" controls></video>', block: 'paragraph_open', message: JOINS, voteLine: 5 },
  ];

  it.each(cases)('DP061 reports the Vote: line as markdown-it reads it: $block', ({ video, block, message, voteLine }) => {
    expect(markdownItBlock(video)).toBe(block);
    const [found] = findings(entryWith(video), 'DP061');
    expect(found.message).toBe(message);
    expect(found.range.start).toEqual({ line: voteLine, character: 0 });
  });

  it('the later lines of the element belong to its media field, not to a text line', () => {
    const paper = parseDigest(entryWith(cases[0].video)).days[0].papers[0];
    expect(paper.fields.map((field) => [field.kind, field.line, field.endLine])).toEqual([
      ['media', 4, 5],
      ['vote', 6, 6],
      ['authors', 8, 8],
      ['summary', 10, 10],
    ]);
  });
});
