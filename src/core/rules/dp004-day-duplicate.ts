import type { DaySection } from '../model';
import { lineNumberOf } from './helpers';
import type { RelatedLocation, Rule } from './rule';

export const dayDuplicate: Rule = {
  code: 'DP004',
  name: 'day-duplicate',
  defaultSeverity: 'warning',
  description: 'Each date should have one day section in the workspace.',
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
        message: `${date} also appears here`,
      }));
      sections.forEach((day, index) => {
        if (index === 0 && otherFiles.length === 0) return;
        const others: RelatedLocation[] = sections
          .filter((other) => other !== day)
          .map((other) => ({ uri: context.uri, range: other.headingRange, message: `${date} also appears here` }));
        const where =
          index > 0
            ? `again (first at line ${lineNumberOf(sections[0].headingRange)})`
            : `in ${otherFiles.length === 1 ? 'another file' : `${otherFiles.length} other files`}`;
        context.report({
          range: day.headingRange,
          message: `Day ${date} appears ${where}; expected one section per date.`,
          related: [...others, ...otherFiles],
        });
      });
    }
  },
};
