/** One test per row of FORMAT.md's "What real digests contain", plus its "never seen" list. */
import { describe, expect, it } from 'vitest';
import { parseDigest } from '../../../src/core/parser/parser';
import { digest, entry, onlyPaper, textAt } from '../helpers';

describe('fields of an entry', () => {
  it('reads a canonical entry with every field and its range', () => {
    const text = digest(entry());
    const paper = onlyPaper(text);
    expect(paper.title).toBe('Can large language models explore in-context?');
    expect(textAt(text, paper.titleRange)).toBe('Can large language models explore in-context?');
    expect(paper.url).toBe('https://arxiv.org/abs/2403.15371');
    expect(textAt(text, paper.urlRange!)).toBe('https://arxiv.org/abs/2403.15371');
    expect(paper.id).toBe('2403.15371');
    expect(paper.media).toMatchObject({ kind: 'image', form: 'image' });
    expect(textAt(text, paper.media!.urlRange)).toBe(paper.media!.url);
    expect(paper.votes).toMatchObject({ value: 16, raw: '16' });
    expect(textAt(text, paper.votes!.rawRange)).toBe('16');
    expect(paper.authors!.names).toEqual(['Dylan J. Foster', 'Keegan Harris', 'Aleksandrs Slivkins']);
    expect(paper.authors!.items.map((item) => textAt(text, item.range))).toEqual(paper.authors!.names);
    expect(paper.summary.map((bullet) => bullet.text)).toEqual(['first summary bullet', 'second summary bullet']);
    expect(textAt(text, paper.summary[1].range)).toBe('- second summary bullet');
    expect(paper.fields.map((field) => field.kind)).toEqual(['media', 'vote', 'authors', 'summary']);
    expect(paper.range.start.line).toBe(2);
    expect(paper.range.end.line).toBe(text.trimEnd().split('\n').length - 1);
  });

  it('no Vote line: votes is null', () => {
    expect(onlyPaper(digest(entry({ vote: null }))).votes).toBeNull();
  });

  it('`Vote: -`: non-numeric vote keeps its raw text and has no value', () => {
    expect(onlyPaper(digest(entry({ vote: 'Vote: -' }))).votes).toMatchObject({ value: null, raw: '-' });
  });

  it.each([
    ['Vote: 0', 0],
    ['Vote: 291', 291],
    ['Vote: 12.5', null],
    ['Vote: -3', null],
    ['Vote:', null],
  ])('%s → %s', (line, value) => {
    expect(onlyPaper(digest(entry({ vote: line }))).votes!.value).toBe(value);
  });

  it('no Authors line: authors is null', () => {
    expect(onlyPaper(digest(entry({ authors: null }))).authors).toBeNull();
  });

  it('Authors as a Python list', () => {
    const text = digest(entry({ authors: `Authors: ['Yiwei Chen', 'Zizhao Chen', "Conor O'Brien"]` }));
    const authors = onlyPaper(text).authors!;
    expect(authors.style).toBe('python-list');
    expect(authors.names).toEqual(['Yiwei Chen', 'Zizhao Chen', "Conor O'Brien"]);
    expect(authors.items.map((item) => textAt(text, item.range))).toEqual(authors.names);
  });

  it('same author twice in one list: repeats are kept, as written', () => {
    expect(onlyPaper(digest(entry({ authors: 'Authors: A, B, A, B' }))).authors!.names).toEqual(['A', 'B', 'A', 'B']);
  });

  it('a lone + among the names is the feed\'s "names left out" mark, not an author', () => {
    const first = onlyPaper(digest(entry({ authors: 'Authors: A, B, +, C' }))).authors!;
    expect(first.names).toEqual(['A', 'B', 'C']);
    expect(first.namesLeftOut).toBe(true);
    expect(onlyPaper(digest(entry({ authors: 'Authors: +, A' }))).authors!.names).toEqual(['A']);
    expect(onlyPaper(digest(entry({ authors: 'Authors: A, +' }))).authors!.names).toEqual(['A']);
    const python = onlyPaper(digest(entry({ authors: "Authors: ['A', '+', 'B']" }))).authors!;
    expect(python.names).toEqual(['A', 'B']);
    expect(python.namesLeftOut).toBe(true);
  });

  it('names that merely contain + are people, and a list without the mark is complete', () => {
    const authors = onlyPaper(digest(entry({ authors: 'Authors: A+B, C +, ++' }))).authors!;
    expect(authors.names).toEqual(['A+B', 'C +', '++']);
    expect(authors.namesLeftOut).toBe(false);
    expect(onlyPaper(digest(entry())).authors!.namesLeftOut).toBe(false);
  });

  it('an author line of 663 names and 10,000 characters', () => {
    const names = Array.from({ length: 663 }, (_, i) => `Author Number${i}`);
    const line = `Authors: ${names.join(', ')}`;
    expect(line.length).toBeGreaterThan(10_000);
    expect(onlyPaper(digest(entry({ authors: line }))).authors!.names).toEqual(names);
  });

  it('no media: heading followed directly by bullets', () => {
    const paper = onlyPaper(digest(entry({ media: null, vote: null, authors: null })));
    expect(paper.media).toBeNull();
    expect(paper.summary).toHaveLength(2);
  });

  it.each([
    'https://cdn-uploads.huggingface.co/production/uploads/60f1abe7544c2adfd699860c/J4Fjt08cj7la_ElXbOyoR.png',
    'https://cdn-avatars.huggingface.co/v1/production/uploads/x.jpeg',
    '/avatars/0cf0aaa.svg',
  ])('thumbnail elsewhere or relative: %s', (url) => {
    expect(onlyPaper(digest(entry({ media: `![](${url})` }))).media).toMatchObject({ kind: 'image', form: 'image', url });
  });

  it.each(['clip.qt', 'clip.webm', 'clip.mp4', 'clip.MOV'])('video file inside image syntax: %s', (file) => {
    const url = `https://cdn-uploads.huggingface.co/production/uploads/x/${file}`;
    expect(onlyPaper(digest(entry({ media: `![](${url})` }))).media).toMatchObject({ kind: 'video', form: 'image-video', url });
  });

  it('the canonical video block: [Watch Video](url) and its <div><video> line are one media', () => {
    const url = 'https://cdn-uploads.huggingface.co/production/uploads/x/clip.mp4';
    const text = digest(entry({ media: `[Watch Video](${url})\n<div><video controls src="${url}" muted="false"></video></div>` }));
    const paper = onlyPaper(text);
    expect(paper.media).toMatchObject({ kind: 'video', form: 'watch-video', url, hasVideoBlock: true });
    expect(paper.media!.range.end.line).toBe(paper.media!.range.start.line + 1);
    expect(paper.extraMedia).toEqual([]);
    expect(paper.fields.map((field) => field.kind)).toEqual(['media', 'vote', 'authors', 'summary']);
  });

  it('`[Watch Video]url` without parentheses', () => {
    const url = 'https://cdn-uploads.huggingface.co/production/uploads/x/clip.mp4';
    const text = digest(entry({ media: `[Watch Video]${url}` }));
    const media = onlyPaper(text).media!;
    expect(media).toMatchObject({ kind: 'video', form: 'watch-video-bare', url });
    expect(textAt(text, media.urlRange)).toBe(url);
  });

  it.each([
    [`<video src='https://x.co/a.mp4'></video>`, 'html-video', 'https://x.co/a.mp4', 0],
    ['<iframe src="https://www.youtube.com/embed/x" width="560"></iframe>', 'html-iframe', 'https://www.youtube.com/embed/x', 0],
    ['<video controls>\n<source src="https://x.co/b.webm" type="video/webm">\n</video>', 'html-video', 'https://x.co/b.webm', 2],
  ])('raw HTML video %#', (html, form, url, extraLines) => {
    const text = digest(entry({ media: html }));
    const media = onlyPaper(text).media!;
    expect(media).toMatchObject({ kind: 'video', form, url });
    expect(media.range.end.line - media.range.start.line).toBe(extraLines);
    expect(textAt(text, media.urlRange)).toBe(url);
  });

  it('empty link text `[](x.mp4)` is a video written as a link', () => {
    expect(onlyPaper(digest(entry({ media: '[](https://x.co/a.mp4)' }))).media).toMatchObject({ kind: 'video', form: 'empty-link' });
  });

  it('relative heading URL `/papers/ID` still gives the id', () => {
    const paper = onlyPaper(digest(entry({ heading: '### [Orca 2](/papers/2311.11045)' })));
    expect(paper.id).toBe('2311.11045');
    expect(paper.arxiv?.form).toBe('relative-papers');
  });
});

describe('day sections', () => {
  it('several day sections in one file, the same date twice', () => {
    const text = `${digest(entry())}\n${digest(entry({ heading: '### [Other](https://arxiv.org/abs/2403.15042)' }))}`;
    const parsed = parseDigest(text);
    const secondHeading = text.split('\n').lastIndexOf('## Daily Papers (2024-03-25)') + 1;
    expect(parsed.days.map((day) => [day.date, day.headingRange.start.line + 1, day.papers.length])).toEqual([
      ['2024-03-25', 1, 1],
      ['2024-03-25', secondHeading, 1],
    ]);
  });

  it('a day section with no papers, ended by a wrapper heading', () => {
    const parsed = parseDigest('# Daily Papers\n\n## Daily Papers (2023-11-22)\n\nnothing yet\n\n## License\n\nCC BY-NC\n');
    expect(parsed.days).toHaveLength(1);
    expect(parsed.days[0].papers).toEqual([]);
    expect(parsed.days[0].range.end.line).toBe(4);
  });

  it('no day heading at all: papers are kept as orphans', () => {
    const parsed = parseDigest(`# Daily Papers\n\n${entry()}\n`);
    expect(parsed.days).toEqual([]);
    expect(parsed.orphanPapers.map((paper) => paper.id)).toEqual(['2403.15371']);
  });

  it('a `###` heading that links elsewhere, outside a day, is not taken for a paper', () => {
    const parsed = parseDigest('## Project Description\n\n### [Source](https://github.com/x/y)\n\ntext\n');
    expect(parsed.orphanPapers).toEqual([]);
  });

  it('a day ends at the next level-1 or level-2 heading, and papers stay in order (unsorted votes)', () => {
    const low = entry({ vote: 'Vote: 1' });
    const high = entry({ heading: '### [B](https://arxiv.org/abs/2403.15042)', vote: 'Vote: 9' });
    const parsed = parseDigest(`${digest(low, high)}\n## License\n\n### [Not a paper](https://arxiv.org/abs/2403.00001)\n`);
    expect(parsed.days[0].papers.map((paper) => paper.votes?.value)).toEqual([1, 9]);
    expect(parsed.orphanPapers.map((paper) => paper.id)).toEqual(['2403.00001']);
  });

  it.each([
    ['## Daily Papers (2024-02-30)', null, '2024-02-30', 'canonical'],
    ['## Daily Papers (2024-3-5)', '2024-03-05', '2024-03-05', 'near-miss'],
    ['## Daily papers 2024-03-05', '2024-03-05', '2024-03-05', 'near-miss'],
    ['# Daily Papers (2024-03-05)', '2024-03-05', '2024-03-05', 'near-miss'],
    ['## Daily Papers (2024-02-29)', '2024-02-29', '2024-02-29', 'canonical'],
    ['## Daily Papers (2023-02-29)', null, '2023-02-29', 'canonical'],
  ])('%s → date %s', (heading, date, normalized, style) => {
    const text = `${heading}\n\n${entry()}\n`;
    const day = parseDigest(text).days[0];
    expect(day).toMatchObject({ date, normalizedDateText: normalized, headingStyle: style });
    expect(textAt(text, day.dateRange)).toBe(day.dateText);
  });

  it('`# Daily Papers` without a date is a wrapper, not a day', () => {
    expect(parseDigest('# Daily Papers\n\n## Daily Papers (2024-03-25)\n').days.map((day) => day.date)).toEqual(['2024-03-25']);
  });
});

describe('layout', () => {
  it('no blank line between fields: heading, media and Authors on adjacent lines', () => {
    const text = '## Daily Papers (2023-11-21)\n\n### [Exponentially Faster Language Modelling](https://arxiv.org/abs/2311.10770)\n![](https://x.co/a.png)\nAuthors: Peter Belcak, Roger Wattenhofer\n\n- bullet\n';
    const paper = onlyPaper(text);
    expect(paper.media?.url).toBe('https://x.co/a.png');
    expect(paper.authors?.names).toEqual(['Peter Belcak', 'Roger Wattenhofer']);
    expect(paper.fields.map((field) => [field.kind, field.line])).toEqual([
      ['media', 3],
      ['authors', 4],
      ['summary', 6],
    ]);
  });

  it('`###` right after a bullet starts the next entry', () => {
    const text = `${digest(entry())}### [B](https://arxiv.org/abs/2403.15042)\n\n- b\n`;
    const papers = parseDigest(text).days[0].papers;
    expect(papers.map((paper) => paper.summary.length)).toEqual([2, 1]);
    expect(papers[0].range.end.line).toBe(papers[1].range.start.line - 1);
  });

  it('blank lines between bullets: all are read, as one list', () => {
    const paper = onlyPaper(digest(entry({ summary: '- one\n\n- two\n\n- three' })));
    expect(paper.summary.map((bullet) => bullet.text)).toEqual(['one', 'two', 'three']);
    expect(paper.fields.filter((field) => field.kind === 'summary')).toHaveLength(1);
  });

  it('a lazy continuation line joins its bullet', () => {
    const paper = onlyPaper(digest(entry({ summary: '- one\ncontinued here\n- two' })));
    expect(paper.summary.map((bullet) => bullet.text)).toEqual(['one continued here', 'two']);
  });
});

describe('summary keys', () => {
  it.each([
    ["- **What's New**: body", "What's New", 2, 2],
    ['- ***Technical Details***: body', 'Technical Details', 3, 3],
    ['- ***Technical Details*: body', 'Technical Details', 3, 1],
    ['- **Performance Highlights:** body', 'Performance Highlights', 2, 2],
  ])('%s', (line, key, openMarks, closeMarks) => {
    const text = digest(entry({ summary: line }));
    const bullet = onlyPaper(text).summary[0];
    expect(bullet.key).toMatchObject({ text: key, openMarks, closeMarks });
    expect(bullet.body).toBe('body');
    expect(textAt(text, bullet.key!.range)).toBe(line.slice(2, line.indexOf('body')).trimEnd());
  });

  it('a curly apostrophe in a key is folded in the normalised key', () => {
    const bullet = onlyPaper(digest(entry({ summary: '- **What’s New**: body' }))).summary[0];
    expect(bullet.key).toMatchObject({ text: 'What’s New', normalized: "What's New" });
  });

  it.each(['- *A* algorithm beats baselines', '- 1120*1120 images', '- **Bold** text: more', '- plain text: with a colon'])(
    'no key in %j',
    (line) => {
      const bullet = onlyPaper(digest(entry({ summary: line }))).summary[0];
      expect(bullet.key).toBeNull();
      expect(bullet.text).toBe(line.slice(2));
    },
  );
});

describe('text that must survive as written', () => {
  it('control characters from eaten LaTeX escapes stay in the text', () => {
    const paper = onlyPaper(digest(entry({ summary: '- the \benchmark and \framework use \textit{x}' })));
    expect(paper.summary[0].text).toBe('the \benchmark and \framework use \textit{x}');
  });

  it('invisible characters stay in the text', () => {
    const paper = onlyPaper(digest(entry({ summary: '- a\u2062b\u00a0c' })));
    expect(paper.summary[0].text).toBe('a\u2062b\u00a0c');
  });

  it.each([
    ['<think> before you answer', '<think> before you answer'],
    ['M$^{2}$UGen: Multi-modal Music', 'M$^{2}$UGen: Multi-modal Music'],
    ['[IDK] Tokens: Teaching Models to Say (I Do Not Know)', '[IDK] Tokens: Teaching Models to Say (I Do Not Know)'],
    ['A* Search Without Expansions >80%', 'A* Search Without Expansions >80%'],
    ['`code` and _under_ scores', '`code` and _under_ scores'],
  ])('title %j', (title, expected) => {
    const text = digest(entry({ heading: `### [${title}](https://arxiv.org/abs/2403.15371)` }));
    const paper = onlyPaper(text);
    expect(paper.title).toBe(expected);
    expect(paper.id).toBe('2403.15371');
    expect(textAt(text, paper.titleRange)).toBe(title);
  });

  it('bare URLs glued to Korean text stay in the bullet', () => {
    const bullet = onlyPaper(digest(entry({ summary: '- 코드는 https://github.com/x/y에서 공개' }))).summary[0];
    expect(bullet.text).toBe('코드는 https://github.com/x/y에서 공개');
  });

  it('positions are UTF-16 characters, as VS Code counts them', () => {
    const text = digest(entry({ heading: '### [😀 Emoji 논문](https://arxiv.org/abs/2403.15371)' }));
    const paper = onlyPaper(text);
    expect(paper.titleRange.start.character).toBe(5);
    expect(paper.titleRange.end.character).toBe(5 + '😀 Emoji 논문'.length);
    expect(paper.urlRange!.start.character).toBe(5 + '😀 Emoji 논문'.length + 2);
  });
});

describe('never seen, but handled', () => {
  it('CRLF line endings give the same model as LF', () => {
    const lf = digest(entry(), entry({ heading: '### [B](https://arxiv.org/abs/2403.15042)' }));
    const crlf = lf.replace(/\n/g, '\r\n');
    expect(JSON.stringify(parseDigest(crlf).days, replacer)).toBe(JSON.stringify(parseDigest(lf).days, replacer));
  });

  it('lone CR line endings are lines too', () => {
    const cr = digest(entry()).replace(/\n/g, '\r');
    expect(parseDigest(cr).days[0].papers[0].votes?.value).toBe(16);
  });

  it('a BOM is noted and positions are counted after it', () => {
    const parsed = parseDigest(`\uFEFF${digest(entry())}`);
    expect(parsed.hasBom).toBe(true);
    expect(parsed.days[0].date).toBe('2024-03-25');
    expect(parsed.days[0].headingRange.start.character).toBe(0);
  });

  it.each([
    ['http://arxiv.org/abs/2403.15371', 'abs', true, null],
    ['https://arxiv.org/pdf/2403.15371', 'pdf', false, null],
    ['https://arxiv.org/abs/2403.15371v2', 'abs', false, 2],
  ])('link %s', (url, form, insecure, version) => {
    const paper = onlyPaper(digest(entry({ heading: `### [T](${url})` })));
    expect(paper.id).toBe('2403.15371');
    expect(paper.arxiv).toMatchObject({ form, insecure, version });
  });

  it('a malformed arXiv id gives no id but keeps the link', () => {
    const paper = onlyPaper(digest(entry({ heading: '### [T](https://arxiv.org/abs/2413.99999)' })));
    expect(paper.id).toBeNull();
    expect(paper.arxiv).toMatchObject({ id: '2413.99999', valid: false });
  });

  it('an empty title', () => {
    const paper = onlyPaper(digest(entry({ heading: '### [](https://arxiv.org/abs/2403.15371)' })));
    expect(paper).toMatchObject({ title: '', titleStyle: 'link', id: '2403.15371' });
  });

  it('a heading that is not a link', () => {
    const paper = onlyPaper(digest(entry({ heading: '### Just a title' })));
    expect(paper).toMatchObject({ title: 'Just a title', titleStyle: 'text', url: null, id: null });
  });

  it('empty author names are items but not names', () => {
    const text = digest(entry({ authors: 'Authors: A, , B,' }));
    const authors = onlyPaper(text).authors!;
    expect(authors.names).toEqual(['A', 'B']);
    expect(authors.items.map((item) => item.name)).toEqual(['A', '', 'B', '']);
  });

  it('several dates in one file and a duplicate entry within one day', () => {
    const text = `${digest(entry(), entry())}\n## Daily Papers (2024-03-26)\n\n${entry()}\n`;
    const parsed = parseDigest(text);
    expect(parsed.days.map((day) => [day.date, day.papers.map((paper) => paper.id)])).toEqual([
      ['2024-03-25', ['2403.15371', '2403.15371']],
      ['2024-03-26', ['2403.15371']],
    ]);
  });

  it('headings inside fenced code and HTML comments are not structure', () => {
    const text = `${digest(entry())}\n\`\`\`\n## Daily Papers (2024-01-01)\n\`\`\`\n\n<!--\n### [X](https://arxiv.org/abs/2403.00001)\n-->\n`;
    const parsed = parseDigest(text);
    expect(parsed.days).toHaveLength(1);
    expect(parsed.days[0].papers).toHaveLength(1);
  });
});

/** Serialises getters too (summary bullets and author lines build ranges on demand). */
function replacer(this: unknown, _key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) {
    const plain: Record<string, unknown> = {};
    for (let proto = value; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto) as object) {
      for (const name of Object.getOwnPropertyNames(proto)) {
        if (name !== 'constructor' && !(name in plain)) {
          const read = (value as Record<string, unknown>)[name];
          if (typeof read !== 'function') plain[name] = read;
        }
      }
    }
    return plain;
  }
  return value;
}
