/** DP060 and DP061 where fields touch: player lines, iframes, text lines between fields, and the exact span of each field. */
import { describe, expect, it } from 'vitest';
import { shown } from './as-shown';

const H = '### [Can large language models explore in-context?](https://arxiv.org/abs/2403.15371)';
const IMG = '![](https://cdn.example.org/a.png)';
const PLAYER = '<div><video controls src="https://cdn.example.org/clip.mp4" muted="false"></video></div>';
const IFRAME = '<iframe src="https://cdn.example.org/clip.mp4"></iframe>';
const lines = (...parts: string[]) => `## Daily Papers (2024-03-25)\n\n${parts.join('\n')}\n`;

describe('DP061 where fields touch', () => {
  it('reports an image right below the Vote line, underlining the image only', () => {
    expect(shown(lines(H, '', 'Vote: 16', `${IMG} a caption`, '', 'Authors: A B', '', '- one'), 'DP061')).toEqual([
      '5:0-5:34 "![](https://cdn.example.org/a.png)" information: The media is directly below the `Vote:` line, so Markdown joins them into one paragraph; expected a blank line between them.',
      '  fix: Insert a blank line',
      '    5:0-5:0 "" -> "\\n"',
    ]);
  });

  it('reports a field right below an iframe (an HTML block), and not an iframe right below a field', () => {
    expect(shown(lines(H, '', IFRAME, 'Vote: 16', '', 'Authors: A B', '', '- one'), 'DP061')[0]).toContain(
      'The `Vote:` line is directly below the media, so Markdown swallows it into the HTML block;',
    );
    expect(shown(lines(H, '', 'Vote: 16', IFRAME, '', 'Authors: A B', '', '- one'), 'DP061')).toEqual([]);
  });

  it('leaves text lines alone, above or below a field', () => {
    expect(shown(lines(H, '', IMG, '', 'Vote: 16', 'a note about the vote', '', 'Authors: A B', '', '- one'), 'DP061')).toEqual([]);
    expect(shown(lines(H, '', IMG, '', 'Vote: 16', '', 'a note about the authors', 'Authors: A B', '', '- one'), 'DP061')).toEqual([]);
  });
});

describe('DP060 and video player lines', () => {
  it('takes a player line only right below a media line as part of it', () => {
    expect(shown(lines(H, '', 'Vote: 16', PLAYER, '', 'Authors: A B', '', '- one'), 'DP060')[0]).toContain('The media comes after the `Vote:` line');
    expect(shown(lines(H, '', IMG, '', PLAYER, '', 'Vote: 16', '', 'Authors: A B', '', '- one'), 'DP060')[0]).toContain('Second media in this entry (first at line 5)');
    expect(shown(lines(H, '', IMG, IMG, '', 'Vote: 16', '', 'Authors: A B', '', '- one'), 'DP060')[0]).toContain('Second media in this entry (first at line 5)');
  });

  it('underlines a field without its indent and trailing spaces', () => {
    expect(shown(lines(H, '', IMG, '', 'Authors: A B   ', '', ' Vote: 16', '', '- one'), 'DP060', { uri: 'file:///d.md' })).toEqual([
      '8:1-8:9 "Vote: 16" warning: The `Vote:` line comes after the `Authors:` line; expected the order title, media, `Vote:`, `Authors:`, summary bullets.',
      '  related file:///d.md 6:0-6:12 "Authors: A B": the `Authors:` line',
    ]);
  });
});
