/**
 * The papers a quick pick offers: one item per paper (an arXiv id on several days is one paper, shown
 * with its best-voted entry), highest votes first, then the newest day, then the title.
 */

import type { IndexedPaper } from './workspace/records';

export interface PaperChoice {
  /** The title. */
  label: string;
  /** `▲16 · 2024-03-25 · 2403.15371` (parts left out when unknown); the id lets typing match it. */
  description: string;
  /** The first five authors, then `and N more`. */
  detail: string;
  paper: IndexedPaper;
}

export const CHOICE_AUTHORS = 5;

export function paperChoices(papers: Iterable<IndexedPaper>, options: { withIdOnly: boolean }): PaperChoice[] {
  const best = new Map<string, IndexedPaper>();
  const withoutId: IndexedPaper[] = [];
  for (const paper of papers) {
    if (paper.id === null) {
      if (!options.withIdOnly) withoutId.push(paper);
      continue;
    }
    const kept = best.get(paper.id);
    if (!kept || compareChoices(paper, kept) < 0) best.set(paper.id, paper);
  }
  return [...best.values(), ...withoutId].sort(compareChoices).map(choiceOf);
}

function choiceOf(paper: IndexedPaper): PaperChoice {
  const description = [paper.votes === null ? null : `▲${paper.votes}`, paper.day.dateText, paper.id].filter((part) => part !== null).join(' · ');
  const shown = paper.authors.slice(0, CHOICE_AUTHORS).join(', ');
  const more = paper.authors.length - CHOICE_AUTHORS;
  const detail = more > 0 ? `${shown} and ${more} more` : shown;
  return { label: paper.title.replace(/\s+/g, ' ').trim() || '(untitled entry)', description, detail, paper };
}

function compareChoices(a: IndexedPaper, b: IndexedPaper): number {
  return (b.votes ?? -1) - (a.votes ?? -1) || compareText(b.day.dateText ?? '', a.day.dateText ?? '') || compareText(a.title, b.title);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
