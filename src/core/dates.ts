/** Calendar dates as digests write them, `YYYY-MM-DD`. */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a `YYYY-MM-DD` that names a real day (not `2024-02-30`). */
export function isRealDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  // A day past the month's end rolls over into the next month, and years 0-99 become 1900-1999: either way the text changes.
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10) === text;
}

/** The `count` days up to and including `now`'s local date, newest first. */
export function recentDates(now: Date, count: number): string[] {
  const dates: string[] = [];
  for (let back = 0; back < count; back++) {
    const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() - back);
    dates.push(`${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`);
  }
  return dates;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
