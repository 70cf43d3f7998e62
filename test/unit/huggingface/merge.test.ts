/** Merging the feed into a digest changes only the vote lines and adds only the missing papers. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/core/fix';
import { DEFAULT_SUMMARY_TEMPLATE, mergeDay, readAnswer, renderEntry } from '../../../src/core/huggingface';
import { parseDigest } from '../../../src/core/parser/parser';
import { SEEDS } from '../helpers';
import { HAS_HF_API, HF_API } from './feed-helpers';

const options = { summaryTemplate: DEFAULT_SUMMARY_TEMPLATE };
const seed = readFileSync(resolve(SEEDS, '2024-03-25.md'), 'utf8');
const feed = HAS_HF_API ? readAnswer(readFileSync(resolve(HF_API, '2024-03-25.json'), 'utf8'), '2024-03-25').papers : [];

/** The seed without two entries (heading to the next heading) and with two vote counts changed. */
function damagedSeed(): { text: string; removed: string[]; changedVotes: Map<string, string> } {
  const papers = parseDigest(seed).days[0].papers;
  const removed = [papers[2].id!, papers[5].id!];
  const lines = seed.split('\n');
  const drop = new Set<number>();
  for (const index of [2, 5]) for (let line = papers[index].headingRange.start.line; line < papers[index + 1].headingRange.start.line; line++) drop.add(line);
  const changedVotes = new Map<string, string>();
  for (const index of [0, 7]) {
    const line = papers[index].votes!.range.start.line;
    changedVotes.set(lines[line], `Vote: ${papers[index].votes!.value! + 100}`);
    lines[line] = changedVotes.get(lines[line])!;
  }
  return { text: lines.filter((_, index) => !drop.has(index)).join('\n'), removed, changedVotes };
}

describe.skipIf(!HAS_HF_API)('mergeDay', () => {
  it('into a seed with two papers deleted and votes changed: the votes return, the papers are added after the last entry, nothing else changes', () => {
    const { text, removed, changedVotes } = damagedSeed();
    const result = mergeDay(text, '2024-03-25', feed, options);
    expect(result).toMatchObject({ createdDay: false, added: 2, votesUpdated: 2, notOnFeed: 0 });

    let expected = text;
    for (const [original, changed] of changedVotes) expected = expected.replace(changed, original);
    const end = expected.trimEnd().length;
    const added = removed.map((id) => renderEntry(feed.find((paper) => paper.id === id)!, options));
    expected = `${expected.slice(0, end)}\n\n${added.join('\n\n')}${expected.slice(end)}`;
    expect(applyEdits(text, result.edits)).toBe(expected);
  });

  it('changes nothing in a digest that is up to date', () => {
    expect(mergeDay(seed, '2024-03-25', feed, options)).toMatchObject({ edits: [], added: 0, votesUpdated: 0 });
  });

  it('counts the entries the feed does not list, and leaves them alone', () => {
    const result = mergeDay(seed, '2024-03-25', feed.slice(1), options);
    expect(result).toMatchObject({ edits: [], notOnFeed: 1 });
  });

  it('adds a missing Vote line before the Authors line', () => {
    const text = seed.replace('Vote: 16\n\n', '');
    const merged = applyEdits(text, mergeDay(text, '2024-03-25', feed, options).edits);
    expect(merged).toBe(seed);
  });

  it('appends the day to a file without it, after one blank line, keeping CRLF line endings', () => {
    const text = '# Reading list\r\n\r\nsome notes\r\n';
    const result = mergeDay(text, '2024-03-25', feed.slice(0, 1), options);
    const merged = applyEdits(text, result.edits);
    expect(result.createdDay).toBe(true);
    expect(merged.startsWith('# Reading list\r\n\r\nsome notes\r\n\r\n## Daily Papers (2024-03-25)\r\n\r\n### [Can large')).toBe(true);
    expect(merged).not.toMatch(/[^\r]\n/);
    expect(parseDigest(merged).days[0].papers.map((paper) => paper.id)).toEqual(['2403.15371']);
  });
});
