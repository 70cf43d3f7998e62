import type { DaySection } from '../model';
import { quote } from './helpers';
import type { Fix, Rule } from './rule';

/** What may surround the date in a heading that is safe to rewrite: the words and punctuation only. */
const PREFIX_ONLY = /^daily[ \t_-]*papers?[ \t]*[(:\-–—,]?[ \t]*$/i;
const SUFFIX_ONLY = /^[ \t]*\)?[ \t]*$/;

export const dayDateInvalid: Rule = {
  code: 'DP002',
  name: 'day-date-invalid',
  defaultSeverity: 'error',
  description: 'A day heading must be `## Daily Papers (YYYY-MM-DD)` with a real calendar date.',
  anchor: 'dp002',
  fixable: true,
  check(context) {
    for (const day of context.digest.days) {
      if (day.headingStyle === 'canonical' && day.date !== null) continue;
      const expected = day.date ? `## Daily Papers (${day.date})` : null;
      if (day.headingStyle === 'canonical') {
        context.report({
          range: day.dateRange,
          message: `${quote(day.dateText)} is not a calendar date; expected a real day written YYYY-MM-DD.`,
        });
        continue;
      }
      const written = `${'#'.repeat(day.headingLevel)} ${day.headingText}`;
      context.report({
        range: day.headingRange,
        message: expected
          ? `Day heading ${quote(written)} is not in the standard form; expected ${quote(expected)}.`
          : `Day heading ${quote(written)} does not name a calendar date; expected \`## Daily Papers (YYYY-MM-DD)\` with a real day.`,
        fix: expected && isUnambiguous(day) ? rewriteHeading(day, expected, context.line(day.headingRange.start.line)) : undefined,
      });
    }
  },
};

/** Only headings that hold nothing but the words "daily papers" and the date are rewritten. */
function isUnambiguous(day: DaySection): boolean {
  const heading = day.headingText;
  const dateAt = heading.indexOf(day.dateText);
  if (dateAt === -1) return false;
  return PREFIX_ONLY.test(heading.slice(0, dateAt)) && SUFFIX_ONLY.test(heading.slice(dateAt + day.dateText.length));
}

function rewriteHeading(day: DaySection, expected: string, line: string): Fix {
  const range = { start: { line: day.headingRange.start.line, character: 0 }, end: { line: day.headingRange.start.line, character: line.length } };
  return { description: `Rewrite as ${expected}`, edits: [{ range, newText: expected }] };
}
