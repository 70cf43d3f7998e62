import { consoleLogger, createDigestService, DEFAULT_SUMMARY_TEMPLATE, type Digest, type FeedPaper } from '../src/core/digest-service';
import { bestTimesInterleaved, type Target } from './measure';
import type { Sample } from './samples';

const core = createDigestService({ logger: consoleLogger });

/**
 * The feed commands on the largest day: merging the feed into it (every vote changed, a third of the
 * papers missing) and writing the day from scratch, each against parsing that digest once. A merge is
 * one parse, the missing entries rendered and one pass applying the edits, so about three parses; the
 * targets catch work that grows faster than the day (both take well under a millisecond, beside a
 * network request of hundreds). The baseline parse reads every field of the model, including those
 * read on first access (author names, bullet texts and keys), as a merge does. It parses the digest
 * the merge starts from (two thirds of the day's entries, with their summaries), while writing the day
 * renders every entry (with the summary template): a yardstick of a day's work, not the same text.
 */
export function benchHuggingFace(samples: Sample[], log: (line: string) => void): Target[] {
  const largest = samples
    .map((sample) => ({ sample, day: core.parse(sample.text).days.find((day) => day.date !== null) }))
    .filter((each) => each.day)
    .sort((a, b) => b.day!.papers.length - a.day!.papers.length)[0];
  const { sample, day } = largest;
  const date = day!.date!;
  const papers: FeedPaper[] = day!.papers
    .filter((paper) => paper.id !== null)
    .map((paper) => ({ id: paper.id!, title: paper.title, votes: (paper.votes?.value ?? 0) + 1, authors: paper.authors?.names ?? [], media: null }));
  const missing = new Set(papers.filter((_, i) => i % 3 === 0).map((paper) => paper.id));
  const lines = sample.text.split('\n');
  const kept = day!.papers.filter((paper) => !missing.has(paper.id ?? ''));
  const partial = [lines[day!.headingRange.start.line], ...kept.map((paper) => lines.slice(paper.range.start.line, paper.range.end.line + 1).join('\n'))].join('\n\n') + '\n';
  const options = { summaryTemplate: DEFAULT_SUMMARY_TEMPLATE };
  const [mergeSeconds, renderSeconds, parseSeconds] = bestTimesInterleaved(50, [
    () => void core.applyEdits(partial, core.mergeDay(partial, date, papers, options).edits),
    () => void core.renderDaySection(date, papers, options),
    () => void readEveryField(core.parse(partial)),
  ]);
  log(`hugging face: ${sample.file}, ${papers.length} papers (${missing.size} missing from the digest)`);
  log(`  merge and apply    ${(mergeSeconds * 1000).toFixed(2)} ms`);
  log(`  render the day     ${(renderSeconds * 1000).toFixed(2)} ms`);
  log(`  parse (baseline)   ${(parseSeconds * 1000).toFixed(2)} ms`);
  return [
    { name: 'merging the feed into the largest day vs parsing it', ratio: mergeSeconds / parseSeconds, goal: 4, kind: 'max' },
    { name: 'writing the largest day from the feed vs parsing it', ratio: renderSeconds / parseSeconds, goal: 2, kind: 'max' },
  ];
}

/** Reads what the parser leaves to its first reader, so that the baseline is a whole model. */
function readEveryField(digest: Digest): number {
  let length = 0;
  for (const day of digest.days) {
    for (const paper of day.papers) {
      length += paper.authors?.names.length ?? 0;
      for (const bullet of paper.summary) length += bullet.text.length + (bullet.key?.text.length ?? 0);
    }
  }
  return length;
}
