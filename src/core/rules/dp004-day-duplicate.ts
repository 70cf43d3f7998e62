import type { DaySection } from '../model';
import { lineNumberOf } from './helpers';
import type { RelatedLocation, Rule } from './rule';
import { EN } from '../l10n/messages-en';

export const dayDuplicate: Rule = {
  code: 'DP004',
  name: 'day-duplicate',
  defaultSeverity: 'warning',
  description: EN['DP004.description'],
  anchor: 'dp004',
  fixable: false,
  check(context) {
    const byDate = new Map<string, DaySection[]>();
    for (const day of context.digest.days) {
      if (day.date === null) continue;
      const sections = byDate.get(day.date);
      if (sections) sections.push(day);
      else byDate.set(day.date, [day]);
    }
    for (const [date, sections] of byDate) {
      const elsewhere = context.facts?.otherDays(date, context.uri) ?? [];
      const otherFiles: RelatedLocation[] = elsewhere.map((location) => ({
        uri: location.uri,
        range: location.range,
        message: context.t('DP004.related', date),
      }));
      sections.forEach((day, index) => {
        if (index === 0 && otherFiles.length === 0) return;
        const others: RelatedLocation[] = sections
          .filter((other) => other !== day)
          .map((other) => ({ uri: context.uri, range: other.headingRange, message: context.t('DP004.related', date) }));
        const message =
          index > 0
            ? context.t('DP004.again', date, lineNumberOf(sections[0].headingRange))
            : otherFiles.length === 1
              ? context.t('DP004.anotherFile', date)
              : context.t('DP004.otherFiles', date, otherFiles.length);
        context.report({
          range: day.headingRange,
          message,
          related: [...others, ...otherFiles],
        });
      });
    }
  },
};
