import type { PaperEntry } from '../model';
import { lineNumberOf } from './helpers';
import type { RelatedLocation, Rule } from './rule';
import { EN } from '../l10n/messages-en';

interface Occurrence {
  paper: PaperEntry;
  date: string | null;
}

export const paperDuplicate: Rule = {
  code: 'DP014',
  name: 'paper-duplicate',
  defaultSeverity: 'error',
  description: EN['DP014.description'],
  anchor: 'dp014',
  fixable: false,
  check(context) {
    // Stryker disable next-line ConditionalExpression: without the pre-filter the exact grouping below gives the same findings
    if (context.facts === null && !hasRepeatedId(context.papers)) return;
    const byId = new Map<string, Occurrence[]>();
    const add = (paper: PaperEntry, date: string | null) => {
      if (paper.id === null) return;
      const list = byId.get(paper.id);
      if (list) list.push({ paper, date });
      else byId.set(paper.id, [{ paper, date }]);
    };
    for (const day of context.digest.days) for (const paper of day.papers) add(paper, day.date ?? day.dateText);
    for (const paper of context.digest.orphanPapers) add(paper, null);
    // Entries outside any day can come before a day section: the first occurrence is the first in the text.
    if (context.digest.orphanPapers.length > 0) for (const list of byId.values()) list.sort((a, b) => a.paper.headingRange.start.line - b.paper.headingRange.start.line);

    for (const [id, occurrences] of byId) {
      const elsewhere = context.facts?.otherPapers(id, context.uri) ?? [];
      if (occurrences.length === 1 && elsewhere.length === 0) continue;
      occurrences.forEach((occurrence, index) => {
        if (index === 0 && elsewhere.length === 0) return;
        const earlier = occurrences.slice(0, index);
        // Within the file, the same date is the error case; another file is a warning like another day.
        const sameDay = earlier.some((other) => other.date !== null && other.date === occurrence.date);
        const related: RelatedLocation[] = [
          ...occurrences
            .filter((other) => other !== occurrence)
            .map((other) => ({ uri: context.uri, range: other.paper.headingRange, message: context.t('DP014.related', id) })),
          ...elsewhere.map((location) => ({ uri: location.uri, range: location.range, message: context.t('DP014.related', id) })),
        ];
        const first = lineNumberOf(occurrences[0].paper.headingRange);
        // Outside any day section there is no day to call the same or another.
        const outsideDays = occurrence.date === null || earlier.some((other) => other.date === null);
        const message =
          index > 0
            ? context.t(sameDay ? 'DP014.sameDay' : outsideDays ? 'DP014.again' : 'DP014.anotherDay', id, first)
            : elsewhere.length === 1
              ? context.t('DP014.anotherFile', id)
              : context.t('DP014.otherFiles', id, elsewhere.length);
        context.report({
          range: occurrence.paper.headingRange,
          message,
          related,
          severity: sameDay ? 'error' : 'warning',
        });
      });
    }
  },
};

const seen = new Set<string>();

/** Without other files to compare with, most digests are settled by one (reused) Set of ids. */
function hasRepeatedId(papers: readonly PaperEntry[]): boolean {
  // Stryker disable next-line CallExpression: the set is cleared before every return, so it is empty here already
  seen.clear();
  // Stryker disable next-line BooleanLiteral: a false alarm of this pre-filter only runs the exact grouping in check(), which then reports nothing
  let repeated = false;
  for (const paper of papers) {
    // Stryker disable next-line ConditionalExpression: a false alarm of this pre-filter only runs the exact grouping in check(), which then reports nothing
    if (paper.id === null) continue;
    // Stryker disable next-line ConditionalExpression: a false alarm of this pre-filter only runs the exact grouping in check(), which then reports nothing
    if (seen.has(paper.id)) {
      repeated = true;
      break;
    }
    seen.add(paper.id);
  }
  // Stryker disable next-line CallExpression: ids left over from this call cause at most a false alarm next time, settled by the exact grouping
  seen.clear();
  return repeated;
}
