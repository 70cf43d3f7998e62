/** Folding ranges of a digest, LSP-shaped: one per day section and one per paper entry that spans lines. */

import type { Digest, Range } from './model';

export interface FoldingRange {
  startLine: number;
  endLine: number;
}

export function foldingRanges(digest: Digest): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const add = (range: Range) => {
    if (range.end.line > range.start.line) ranges.push({ startLine: range.start.line, endLine: range.end.line });
  };
  for (const day of digest.days) {
    add(day.range);
    day.papers.forEach((paper) => add(paper.range));
  }
  digest.orphanPapers.forEach((paper) => add(paper.range));
  return ranges;
}
