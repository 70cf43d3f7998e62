/** DP043, DP060 and DP061 as users see them, for each kind of field and each way Markdown joins lines. */
import { describe, expect, it } from 'vitest';
import { digest, entry } from '../helpers';
import { shown } from './as-shown';

const H = '### [Can large language models explore in-context?](https://arxiv.org/abs/2403.15371)';
const IMG = '![](https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2403.15371.png)';
const VIDEO = '<div><video controls src="https://cdn-uploads.huggingface.co/clip.mp4" muted="false"></video></div>';
const lines = (...parts: string[]) => `## Daily Papers (2024-03-25)\n\n${parts.join('\n')}\n`;

describe('DP061 entry-blank-line-missing, for each pair of fields', () => {
  it('says which field joins which, and inserts one blank line', () => {
    expect(shown(lines(H, '', IMG, 'Vote: 16', 'Authors: A B', '- a bullet', 'Authors: C D'), 'DP061')).toMatchInlineSnapshot(`
      [
        "5:0-5:8 "Vote: 16" information: The \`Vote:\` line is directly below the media, so Markdown joins them into one paragraph; expected a blank line between them.",
        "  fix: Insert a blank line",
        "    5:0-5:0 "" -> "\\n"",
        "6:0-6:12 "Authors: A B" information: The \`Authors:\` line is directly below the \`Vote:\` line, so Markdown joins them into one paragraph; expected a blank line between them.",
        "  fix: Insert a blank line",
        "    6:0-6:0 "" -> "\\n"",
        "8:0-8:12 "Authors: C D" information: The \`Authors:\` line is directly below the summary bullet, so Markdown folds it into the bullet; expected a blank line between them.",
        "  fix: Insert a blank line",
        "    8:0-8:0 "" -> "\\n"",
      ]
    `);
  });

  it('reports a line swallowed by an HTML video block, and not a bullet right below a field', () => {
    expect(shown(lines(H, '', VIDEO, 'Vote: 16', '', 'Authors: A B', '- a bullet', '- another'), 'DP061')).toMatchInlineSnapshot(`
      [
        "5:0-5:8 "Vote: 16" information: The \`Vote:\` line is directly below the media, so Markdown swallows it into the HTML block; expected a blank line between them.",
        "  fix: Insert a blank line",
        "    5:0-5:0 "" -> "\\n"",
      ]
    `);
  });

  it('leaves a video block right below a field alone (it interrupts the paragraph)', () => {
    expect(shown(lines(H, '', 'Vote: 16', VIDEO, '', 'Authors: A B', '', '- a bullet'), 'DP061')).toEqual([]);
  });

  it('reports a field below a Watch Video link with its player, but not below the bare link', () => {
    const link = '[Watch Video](https://cdn-uploads.huggingface.co/clip.mp4)';
    expect(shown(lines(H, '', link, VIDEO, 'Vote: 16', '', 'Authors: A B', '', '- a bullet'), 'DP061')).toMatchInlineSnapshot(`
      [
        "6:0-6:8 "Vote: 16" information: The \`Vote:\` line is directly below the media, so Markdown swallows it into the HTML block; expected a blank line between them.",
        "  fix: Insert a blank line",
        "    6:0-6:0 "" -> "\\n"",
      ]
    `);
    expect(shown(lines(H, '', link, 'Vote: 16', '', 'Authors: A B', '', '- a bullet'), 'DP061')).toMatchInlineSnapshot(`
      [
        "5:0-5:8 "Vote: 16" information: The \`Vote:\` line is directly below the media, so Markdown joins them into one paragraph; expected a blank line between them.",
        "  fix: Insert a blank line",
        "    5:0-5:0 "" -> "\\n"",
      ]
    `);
  });

  it('reports a field below a one-line video element as joining its paragraph', () => {
    const single = '<video controls src="https://cdn-uploads.huggingface.co/clip.mp4"></video>';
    expect(shown(lines(H, '', single, 'Vote: 16', '', 'Authors: A B', '', '- a bullet'), 'DP061')).toMatchInlineSnapshot(`
      [
        "5:0-5:8 "Vote: 16" information: The \`Vote:\` line is directly below the media, so Markdown joins them into one paragraph; expected a blank line between them.",
        "  fix: Insert a blank line",
        "    5:0-5:0 "" -> "\\n"",
      ]
    `);
  });
});

describe('DP060 entry-field-order, for each field', () => {
  it('reports each field that comes after a later one, pointing at the later one', () => {
    expect(shown(lines(H, '', '- a bullet', '', 'Authors: A B', '', 'Vote: 16', '', IMG), 'DP060', { uri: 'file:///d.md' })).toMatchInlineSnapshot(`
      [
        "6:0-6:12 "Authors: A B" warning: The \`Authors:\` line comes after the summary bullet; expected the order title, media, \`Vote:\`, \`Authors:\`, summary bullets.",
        "  related file:///d.md 4:0-4:10 "- a bullet": the summary bullet",
        "8:0-8:8 "Vote: 16" warning: The \`Vote:\` line comes after the summary bullet; expected the order title, media, \`Vote:\`, \`Authors:\`, summary bullets.",
        "  related file:///d.md 4:0-4:10 "- a bullet": the summary bullet",
        "10:0-10:82 "![](https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2403.15371.png)" warning: The media comes after the summary bullet; expected the order title, media, \`Vote:\`, \`Authors:\`, summary bullets.",
        "  related file:///d.md 4:0-4:10 "- a bullet": the summary bullet",
      ]
    `);
  });

  it('reports a second media, vote and authors line, each with the first', () => {
    expect(
      shown(lines(H, '', IMG, '', IMG, '', 'Vote: 16', '', 'Vote: 17', '', 'Authors: A B', '', 'Authors: C D', '', '- one', '', '- two'), 'DP060', { uri: 'file:///d.md' }),
    ).toMatchInlineSnapshot(`
      [
        "6:0-6:82 "![](https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2403.15371.png)" warning: Second media in this entry (first at line 5); expected one.",
        "  related file:///d.md 4:0-4:82 "![](https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2403.15371.png)": first media",
        "10:0-10:8 "Vote: 17" warning: Second \`Vote:\` line in this entry (first at line 9); expected one.",
        "  related file:///d.md 8:0-8:8 "Vote: 16": first \`Vote:\` line",
        "14:0-14:12 "Authors: C D" warning: Second \`Authors:\` line in this entry (first at line 13); expected one.",
        "  related file:///d.md 12:0-12:12 "Authors: A B": first \`Authors:\` line",
      ]
    `);
  });

  it('takes a video player line below its Watch Video link as one media', () => {
    const link = '[Watch Video](https://cdn-uploads.huggingface.co/clip.mp4)';
    expect(shown(lines(H, '', link, VIDEO, '', 'Vote: 16', '', 'Authors: A B', '', '- one'), 'DP060')).toEqual([]);
  });
});

describe('DP043 authors-empty-name', () => {
  it.each([
    ['Authors: A B, , C D', 'one empty name in the middle'],
    ['Authors: , A B', 'a leading comma'],
    ['Authors: A B,', 'a trailing comma'],
    ['Authors: A B,  ,C D', 'spaces between commas'],
    ["Authors: ['A B', '', 'C D']", 'an empty Python string'],
    ['Authors: A B, , C D, , E F', 'two empty names'],
  ])('%j (%s)', (line) => {
    expect(shown(digest(entry({ authors: line })), 'DP043')).toMatchSnapshot();
  });

  it('is silent on lists with single commas, extra spaces or a lone +', () => {
    for (const line of ['Authors: A B, C D', 'Authors: A B,  C D', 'Authors: A B, +', "Authors: ['A B', 'C D']", 'Authors:']) {
      expect(shown(digest(entry({ authors: line })), 'DP043')).toEqual([]);
    }
  });
});
