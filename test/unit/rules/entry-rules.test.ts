import { describe, expect, it } from 'vitest';
import { digest, entry, textAt } from '../helpers';
import { expectFix, findings } from './rule-helpers';

const HEADING = '### [Exponentially Faster Language Modelling](https://arxiv.org/abs/2311.10770)';
const IMAGE = '![](https://cdn-uploads.huggingface.co/production/uploads/J4Fjt08cj7la_ElXbOyoR.png)';
const AUTHORS = 'Authors: Peter Belcak, Roger Wattenhofer';
const CLIP = 'https://cdn-uploads.huggingface.co/production/uploads/clip.mp4';
const PLAYER = `<div><video controls src="${CLIP}" muted="false"></video></div>`;

describe('DP060 entry-field-order', () => {
  it('reports Authors before Vote, on the field that comes too late', () => {
    const text = digest(`${HEADING}\n\n${IMAGE}\n\n${AUTHORS}\n\nVote: 16\n\n- bullet`);
    const [found, ...rest] = findings(text, 'DP060');
    expect(rest).toEqual([]);
    expect(textAt(text, found.range)).toBe('Vote: 16');
    expect(found.related.map((related) => textAt(text, related.range))).toEqual([AUTHORS]);
  });

  it('reports a second Vote line, pointing at the first', () => {
    const text = digest(entry({ authors: `${AUTHORS}\n\nVote: 3` }));
    const [found] = findings(text, 'DP060');
    expect(found.message).toContain('Second `Vote:` line');
    expect(textAt(text, found.related[0].range)).toBe('Vote: 16');
  });

  it('reports an image after the summary', () => {
    expect(findings(digest(entry({ summary: `- bullet\n\n${IMAGE}` })), 'DP060')).toHaveLength(1);
  });

  it('treats [Watch Video]url and its player line as one media, and ignores free text', () => {
    expect(findings(digest(entry({ media: `[Watch Video]${CLIP}\n${PLAYER}`, vote: 'Vote: 16\n\nProject page below.' })), 'DP060')).toEqual([]);
  });
});

describe('DP061 entry-blank-line-missing', () => {
  it('reports media then Authors on adjacent lines, and inserts the blank line', () => {
    const text = digest(`${HEADING}\n${IMAGE}\n${AUTHORS}\n\n- bullet`);
    const [found, ...rest] = findings(text, 'DP061');
    expect(rest).toEqual([]);
    expect(textAt(text, found.range)).toBe(AUTHORS);
    expect(found.message).toContain('one paragraph');
    expectFix(text, 'DP061', digest(`${HEADING}\n${IMAGE}\n\n${AUTHORS}\n\n- bullet`));
  });

  it('reports Vote and Authors on adjacent lines', () => {
    expectFix(digest(entry({ vote: `Vote: 16\n${AUTHORS}`, authors: null })), 'DP061', digest(entry({ vote: `Vote: 16\n\n${AUTHORS}`, authors: null })));
  });

  it('reports a Vote line folded into the bullet above it', () => {
    const [found] = findings(digest(entry({ summary: '- bullet\nVote: 3' })), 'DP061');
    expect(found.message).toContain('folds it into the bullet');
  });

  it('reports a line swallowed by the player line above it', () => {
    const [found] = findings(digest(entry({ media: `[Watch Video](${CLIP})\n${PLAYER}\nVote: 16`, vote: null })), 'DP061');
    expect(found.message).toContain('HTML block');
  });

  it('is silent where Markdown keeps lines apart: after a heading, before a list, [Watch Video] then its player', () => {
    const text = digest(`${HEADING}\n${IMAGE}\n\nVote: 1\n\n${AUTHORS}\n- bullet`, entry({ media: `[Watch Video](${CLIP})\n${PLAYER}` }));
    expect(findings(text, 'DP061')).toEqual([]);
  });

  it('keeps CRLF line endings', () => {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    expectFix(crlf(digest(`${HEADING}\n${IMAGE}\n${AUTHORS}`)), 'DP061', crlf(digest(`${HEADING}\n${IMAGE}\n\n${AUTHORS}`)));
  });
});
