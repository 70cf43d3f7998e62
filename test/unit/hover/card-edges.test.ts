/** The hover card at the edges a reader meets: limits reached exactly, entries outside a day, Korean. */
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { authorsLine, CARD_AUTHORS, CARD_DAYS, commandUri, paperCard, unknownPaperCard } from '../../../src/core/hover-card';
import { translator } from '../../../src/core/l10n';
import { parseDigest } from '../../../src/core/parser/parser';
import { indexDigest, type IndexedPaper } from '../../../src/core/workspace/records';

function papersOf(uri: string, text: string): IndexedPaper[] {
  return indexDigest(uri, parseDigest(text)).days.flatMap((day) => [...day.papers]);
}

const heading = (title: string, id = '2403.15371') => `### [${title}](https://arxiv.org/abs/${id})`;
const oneDay = (date: string, ...lines: string[]) => [`## Daily Papers (${date})`, '', ...lines, ''].join('\n');
const names = (count: number) => Array.from({ length: count }, (_, i) => `Name${i + 1} X`);
const blocks = (card: string) => card.split('\n\n');

describe('the card’s days', () => {
  const appearance = (file: string, date: string) => papersOf(`file:///ws/${file}`, oneDay(date, heading('Same')))[0];

  it('shows exactly three days without "more", and the hovered entry alone when no appearances are given', () => {
    const three = [appearance('a.md', '2024-03-25'), appearance('b.md', '2024-03-26'), appearance('c.md', '2024-03-27')];
    expect(CARD_DAYS).toBe(3);
    const line = blocks(paperCard(three[0], three, { showThumbnail: true }))[1];
    expect(line.split(' · ')).toHaveLength(3);
    expect(line).not.toContain('more');
    expect(blocks(paperCard(three[2], [], { showThumbnail: true }))[1]).toBe(
      '[2024\\-03\\-27](command:dailyPapers.revealEntry?%5B%22file%3A%2F%2F%2Fws%2Fc.md%22%2C2%5D)',
    );
  });

  it('counts the days beyond three', () => {
    const four = ['25', '26', '27', '28'].map((d, i) => appearance(`${i}.md`, `2024-03-${d}`));
    expect(blocks(paperCard(four[0], four, { showThumbnail: true }))[1]).toBe(
      ['0', '1', '2'].map((n, i) => `[2024\\-03\\-2${5 + i}](${commandUri('dailyPapers.revealEntry', [`file:///ws/${n}.md`, 2])})`).join(' · ') + ' and 1 more',
    );
  });

  it('names an entry outside any day by its file name, decoded, and keeps a name that does not decode', () => {
    const orphan = (uri: string) => papersOf(uri, `# Reading list\n\n${heading('Loose')}\n\nVote: 2\n`)[0];
    const spaced = orphan('file:///ws/reading%20list.md');
    expect(blocks(paperCard(spaced, [spaced], { showThumbnail: true }))[1]).toBe(
      `▲2 · [reading list\\.md](${commandUri('dailyPapers.revealEntry', ['file:///ws/reading%20list.md', 2])})`,
    );
    const broken = orphan('file:///ws/100%.md');
    expect(blocks(paperCard(broken, [broken], { showThumbnail: true }))[1]).toBe(
      `▲2 · [100%\\.md](${commandUri('dailyPapers.revealEntry', ['file:///ws/100%.md', 2])})`,
    );
  });
});

describe('the card’s title, authors and media', () => {
  it('names an entry without a title "(untitled entry)", in Korean too', () => {
    const [untitled] = papersOf('file:///ws/a.md', oneDay('2024-03-25', heading('')));
    expect(blocks(paperCard(untitled, [untitled], { showThumbnail: true }))[0]).toBe('**(untitled entry)**');
    expect(blocks(paperCard(untitled, [untitled], { showThumbnail: true, locale: 'ko' }))[0]).toBe('**(제목 없는 항목)**');
  });

  it('shows eight authors in full, and "and 1 more" from nine', () => {
    expect(CARD_AUTHORS).toBe(8);
    expect(authorsLine(names(8), false)).toBe('Name1 X, Name2 X, Name3 X, Name4 X, Name5 X, Name6 X, Name7 X, Name8 X');
    expect(authorsLine(names(9), false)).toBe('Name1 X, Name2 X, Name3 X, Name4 X, Name5 X, Name6 X, Name7 X, Name8 X and 1 more');
    expect(authorsLine(names(8), true)).toBe('Name1 X, Name2 X, Name3 X, Name4 X, Name5 X, Name6 X, Name7 X, Name8 X and others');
    expect(authorsLine([], true)).toBe('and others');
    expect(authorsLine([], false)).toBe('');
    expect(authorsLine(['Ada *Lovelace*'], false)).toBe('Ada \\*Lovelace\\*');
  });

  it('words the author line in Korean', () => {
    const ko = translator('ko');
    expect(authorsLine(names(9), true, ko)).toBe('Name1 X, Name2 X, Name3 X, Name4 X, Name5 X, Name6 X, Name7 X, Name8 X 외 1명 및 여러 명');
    expect(authorsLine(['Ada'], true, ko)).toBe('Ada 외 여러 명');
    expect(authorsLine([], true, ko)).toBe('외 여러 명');
  });

  it('leaves the author line out when there are no authors', () => {
    const [bare] = papersOf('file:///ws/a.md', oneDay('2024-03-25', heading('Bare'), '', 'Vote: 3', '', '- A bullet.'));
    expect(blocks(paperCard(bare, [bare], { showThumbnail: true })).slice(2)).toEqual([
      'A bullet\\.',
      '[arXiv](https://arxiv.org/abs/2403.15371) · [PDF](https://arxiv.org/pdf/2403.15371) · [Hugging Face](https://huggingface.co/papers/2403.15371) · [Copy ID](command:dailyPapers.paper.copyArxivId?%5B%222403.15371%22%5D)',
    ]);
  });

  it('encodes a parenthesis and a pipe of a thumbnail URL so that the image link cannot end early', () => {
    const [entry] = papersOf('file:///ws/a.md', oneDay('2024-03-25', heading('Pic'), '', '![](https://cdn.example/a(1|b.png)'));
    expect(blocks(paperCard(entry, [entry], { showThumbnail: true }))[2]).toBe('![thumbnail](https://cdn.example/a%281%7Cb.png|width=320)');
    expect(blocks(paperCard(entry, [entry], { showThumbnail: true, locale: 'ko' }))[2]).toBe('![썸네일](https://cdn.example/a%281%7Cb.png|width=320)');
    // Rendered, it is an image (a raw `(` left the Markdown as text).
    expect(new MarkdownIt().render(blocks(paperCard(entry, [entry], { showThumbnail: true }))[2])).toContain('<img src="https://cdn.example/a%281%7Cb.png');
  });

  it('shows a video as "▶ video" whether or not thumbnails are on, in Korean "▶ 동영상"', () => {
    const video = ['[Watch Video](https://cdn.example/v.mp4)', '<div><video controls src="https://cdn.example/v.mp4" muted="false"></video></div>'];
    const [entry] = papersOf('file:///ws/a.md', oneDay('2024-03-25', heading('Moving'), '', ...video));
    expect(blocks(paperCard(entry, [entry], { showThumbnail: false }))[2]).toBe('▶ video');
    expect(blocks(paperCard(entry, [entry], { showThumbnail: true, locale: 'ko' }))[2]).toBe('▶ 동영상');
  });

  it('an entry without an arXiv id gets no links row', () => {
    const [entry] = papersOf('file:///ws/a.md', oneDay('2024-03-25', '### [Elsewhere](https://example.org/paper)', '', 'Vote: 1'));
    expect(blocks(paperCard(entry, [entry], { showThumbnail: true }))).toEqual([
      '**Elsewhere**',
      '▲1 · [2024\\-03\\-25](command:dailyPapers.revealEntry?%5B%22file%3A%2F%2F%2Fws%2Fa.md%22%2C2%5D)',
    ]);
  });

  it('a Korean card words its copy link in Korean', () => {
    const [entry] = papersOf('file:///ws/a.md', oneDay('2024-03-25', heading('K')));
    expect(blocks(paperCard(entry, [entry], { showThumbnail: true, locale: 'ko' })).at(-1)).toMatch(/ · \[ID 복사\]\(command:dailyPapers\.paper\.copyArxivId\?/);
  });
});

describe('commandUri and the card of an unknown id', () => {
  it('encodes the arguments as JSON with parentheses, quotes, ! and * escaped', () => {
    expect(commandUri('x.y', ["a (b) 'c' !*"])).toBe('command:x.y?%5B%22a%20%28b%29%20%27c%27%20%21%2A%22%5D');
    expect(commandUri('x.y', [])).toBe('command:x.y?%5B%5D');
  });

  it('escapes the id and offers no copy link', () => {
    expect(blocks(unknownPaperCard('hep-th/9901001'))).toEqual([
      '**arXiv hep\\-th/9901001**',
      'Not in the digests of this workspace.',
      '[arXiv](https://arxiv.org/abs/hep-th/9901001) · [PDF](https://arxiv.org/pdf/hep-th/9901001) · [Hugging Face](https://huggingface.co/papers/hep-th/9901001)',
    ]);
    expect(blocks(unknownPaperCard('2403.15371', 'ko-KR'))[1]).toBe('이 작업 영역의 다이제스트에 없습니다.');
  });
});
