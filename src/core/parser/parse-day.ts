import type { DaySection } from '../model';
import { lineSpan } from './text';

const CANONICAL_DAY = /^Daily Papers \((\d{4})-(\d{2})-(\d{2})\)$/;
const NEAR_MISS_DAY = /^daily[ \t_-]*papers?\b\D*?(\d{4})[ \t]*[-./][ \t]*(\d{1,2})[ \t]*[-./][ \t]*(\d{1,2})(?!\d)/i;

/** Reads a level-1/2 heading as a day heading: canonical, or a near miss that still names a date. */
export function readDayHeading(
  text: string,
  level: number,
  line: number,
  textStart: number,
  lineLength: number,
): DaySection | null {
  const canonical = level === 2 ? CANONICAL_DAY.exec(text) : null;
  const match = canonical ?? NEAR_MISS_DAY.exec(text);
  if (!match) return null;
  const [whole, year, month, day] = match;
  // The date runs from the match's first digit (nothing before the year is a digit) to the day's last.
  const dateStartInText = canonical ? 'Daily Papers ('.length : match.index + whole.search(/\d/);
  const dateText = text.slice(dateStartInText, canonical ? -1 : match.index + whole.length);
  const dateStart = textStart + dateStartInText;
  const normalized = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const headingRange = lineSpan(line, 0, lineLength);
  return {
    date: isCalendarDate(normalized) ? normalized : null,
    dateText,
    normalizedDateText: normalized,
    headingStyle: canonical ? 'canonical' : 'near-miss',
    headingText: text,
    headingLevel: level,
    headingRange,
    dateRange: lineSpan(line, dateStart, dateStart + dateText.length),
    range: headingRange,
    papers: [],
  };
}

/** True for a real day of the Gregorian calendar written `YYYY-MM-DD`. */
export function isCalendarDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= lengths[month - 1];
}
