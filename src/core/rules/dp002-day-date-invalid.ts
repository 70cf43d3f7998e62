import type { DaySection } from '../model';
import { quote } from './helpers';
import type { Fix, Rule, RuleContext } from './rule';
import { EN } from '../l10n/messages-en';

/** What may surround the date in a heading that is safe to rewrite: the words and punctuation only. */
const PREFIX_ONLY = /^daily[ \t_-]*papers?[ \t]*[(:\-–—,]?[ \t]*$/i;
const SUFFIX_ONLY = /^[ \t]*\)?[ \t]*$/;

export const dayDateInvalid: Rule = {
  code: 'DP002',
  name: 'day-date-invalid',
  defaultSeverity: 'error',
  description: EN['DP002.description'],
  anchor: 'dp002',
  fixable: true,
  check(context) {
    for (const day of context.digest.days) {
      if (day.headingStyle === 'canonical' && day.date !== null) continue;
      const expected = day.date ? `## Daily Papers (${day.date})` : null;
      if (day.headingStyle === 'canonical') {
        context.report({
          range: day.dateRange,
          message: context.t('DP002.notCalendarDate', quote(day.dateText)),
        });
        continue;
      }
      const written = `${'#'.repeat(day.headingLevel)} ${day.headingText}`;
      context.report({
        range: day.headingRange,
        message: expected
          ? context.t('DP002.notStandard', quote(written), quote(expected))
          : context.t('DP002.noDate', quote(written)),
        fix: expected && isUnambiguous(day) ? rewriteHeading(day, expected, context) : undefined,
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

function rewriteHeading(day: DaySection, expected: string, context: RuleContext): Fix {
  const line = context.line(day.headingRange.start.line);
  const range = { start: { line: day.headingRange.start.line, character: 0 }, end: { line: day.headingRange.start.line, character: line.length } };
  return { description: context.t('DP002.fix', expected), edits: [{ range, newText: expected }] };
}
