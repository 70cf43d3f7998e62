/** A day written from the recorded feed answers reads back as the seed digests, and hostile answers stay inert. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDigest } from '../../../src/core/export';
import { DEFAULT_SUMMARY_TEMPLATE, fetchFeedDay, readAnswer, renderDaySection } from '../../../src/core/huggingface';
import { lint } from '../../../src/core/lint';
import { parseDigest } from '../../../src/core/parser/parser';
import { startFeedServer, type FeedServer } from '../../support/feed-server';
import { SEEDS } from '../helpers';
import { ALL_RULES } from '../rules/rule-helpers';
import { HAS_HF_API, HF_API } from './feed-helpers';

const options = { summaryTemplate: DEFAULT_SUMMARY_TEMPLATE };
let server: FeedServer;

beforeAll(async () => {
  if (!HAS_HF_API) return;
  server = await startFeedServer(HF_API);
});
afterAll(() => server?.close());

async function fetchDay(date: string): Promise<string> {
  const day = await fetchFeedDay(date, { endpoint: `${server.url}/replay`, timeoutSeconds: 5 });
  return renderDaySection(date, day.papers, options);
}

describe.skipIf(!HAS_HF_API).each(['2024-03-25', '2024-02-05'])('a digest made from the feed answer of %s', (date) => {
  it('lists the seed’s papers in its order, with its votes, authors and media', async () => {
    const made = exportDigest('made.md', parseDigest(await fetchDay(date)));
    const seed = exportDigest('seed.md', parseDigest(readFileSync(resolve(SEEDS, `${date}.md`), 'utf8')));
    const facts = (file: typeof made) =>
      file.days.map((day) => ({ date: day.date, papers: day.papers.map(({ id, title, url, votes, authors, media }) => ({ id, title, url, votes, authors, media })) }));
    expect(facts(made)).toEqual(facts(seed));
    expect(made.days[0].papers.length).toBeGreaterThan(5);
  });

  it('has nothing for the lint to report but the summaries still to write', async () => {
    const text = await fetchDay(date);
    const codes = lint(text, { rules: ALL_RULES }).map((diagnostic) => diagnostic.code);
    const papers = parseDigest(text).days[0].papers.length;
    expect(codes).toEqual(Array(papers * 3).fill('DP054'));
  });

  it('writes the canonical entry: one blank line between fields, the keyed placeholders, one line break at the end', async () => {
    const text = await fetchDay(date);
    expect(text.startsWith(`## Daily Papers (${date})\n\n### [`)).toBe(true);
    expect(text.endsWith("- **What's New**:\n- **Technical Details**:\n- **Performance Highlights**:\n")).toBe(true);
    expect(text).not.toMatch(/\n\n\n/);
  });
});

// Registered only with the recorded answers: the suite reads them while it is collected.
if (HAS_HF_API) describe('a digest made from a hostile answer (2024-04-01-hostile.json)', () => {
  const answer = readFileSync(resolve(HF_API, '2024-04-01-hostile.json'), 'utf8');
  const day = readAnswer(answer, '2024-04-01');
  const text = renderDaySection('2024-04-01', day.papers, options);
  const papers = parseDigest(text).days[0].papers;

  it('skips what is not a paper with an arXiv id, and a paper listed twice', () => {
    expect(day.skipped).toBe(2); // {"unexpected": true} and the id "not-an-id"
    expect(day.repeated).toBe(1);
  });

  it('parses back to exactly the papers it should, by votes', () => {
    const read = papers.map((paper) => ({
      id: paper.id,
      title: paper.title,
      votes: paper.votes?.value ?? null,
      authors: paper.authors?.names ?? null,
      media: paper.media ? { kind: paper.media.kind, url: paper.media.url } : null,
    }));
    const thumb = (id: string) => ({ kind: 'image', url: `https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/${id}.png` });
    expect(read.slice(0, 9)).toEqual([
      { id: '2404.00001', title: 'Brackets \\] and (parens) in a \\[title\\]', votes: 42, authors: ['Ada Lovelace', 'Alan Turing'], media: thumb('2404.00001') },
      { id: '2404.00002', title: 'A title spread over two lines with spaces', votes: 17, authors: ['Grace Hopper'], media: thumb('2404.00002') },
      {
        id: '2404.00003',
        title: "\\<script\\>window.\\_\\_xss='title'\\</script\\> Tags \\& \\*emphasis\\* \\`code\\` | pipes",
        votes: 9,
        authors: ['\\<img src=x onerror="window.\\_\\_xss=\'author\'"\\>', 'Bob'],
        media: null,
      },
      { id: '2404.00013', title: 'Emoji 🚀 and Korean 한국어 제목 and RTL \u202Eevil', votes: 8, authors: ['김철수', '이영희'], media: thumb('2404.00013') },
      { id: '2404.00004', title: 'Video paper', votes: 5, authors: ['Carol'], media: { kind: 'video', url: 'https://cdn-uploads.huggingface.co/production/uploads/x/clip.mp4' } },
      { id: '2404.00005', title: 'Duplicated authors and a comma name', votes: 3, authors: ['Smith Jr.', 'Dana', 'Eve'], media: null },
      { id: '2404.00010', title: '', votes: 2, authors: ['Ivy'], media: null },
      { id: '2404.00011', title: 'Seven hundred authors', votes: 1, authors: Array.from({ length: 700 }, (_, i) => `Author ${i}`), media: null },
      { id: '2404.00006', title: 'No thumbnail, no votes', votes: null, authors: ['Frank'], media: null },
    ]);
    expect(read.slice(9)).toEqual([
      { id: '2404.00007', title: 'Votes as a string', votes: null, authors: ['Gil'], media: thumb('2404.00007') },
      { id: '2404.00012', title: 'Fields missing', votes: null, authors: null, media: null },
    ]);
    expect(text).not.toContain('Vote: undefined');
    expect(text).not.toContain('Vote: null');
    expect(text).not.toMatch(/javascript:|http:\/\//);
  });

  it('renders with one link per heading, no HTML element from the feed and no split author', () => {
    const html = new MarkdownIt({ html: true }).render(text);
    expect(html).not.toMatch(/<script|<img src=x/i);
    for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) expect(tag).toMatch(/^<(h2|h3|p|ul|li|strong|div|a href="https:[^"]*"|img src="https:[^"]*" alt=""|video controls src="https:[^"]*" muted="false")>$/);
    const headings = html.match(/<h3>.*?<\/h3>/g) ?? [];
    expect(headings).toHaveLength(papers.length);
    for (const heading of headings) expect(heading).toMatch(/^<h3><a href="https:\/\/arxiv\.org\/abs\/\d{4}\.\d{5}">[^]*<\/a><\/h3>$/);
    expect(headings[0]).toContain('>Brackets ] and (parens) in a [title]</a>');
    expect(headings[2]).toContain('&lt;script&gt;window.__xss=\'title\'&lt;/script&gt; Tags &amp; *emphasis* `code` | pipes');
    expect(html).toContain('&lt;img src=x onerror=&quot;window.__xss=\'author\'&quot;&gt;, Bob');
  });
});
