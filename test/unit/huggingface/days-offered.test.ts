/** The days "New Digest from Hugging Face…" and `daily-papers fetch` offer and accept. */
import { describe, expect, it } from 'vitest';
import { isRealDate, recentDates } from '../../../src/core/dates';

describe('recentDates', () => {
  it('lists the given number of local days up to today, newest first, across a month and a year', () => {
    expect(recentDates(new Date(2024, 0, 2, 23, 30), 4)).toEqual(['2024-01-02', '2024-01-01', '2023-12-31', '2023-12-30']);
    expect(recentDates(new Date(2024, 2, 1, 0, 5), 2)).toEqual(['2024-03-01', '2024-02-29']);
    expect(recentDates(new Date(2024, 9, 15), 0)).toEqual([]);
  });
});

describe('isRealDate', () => {
  it.each(['2024-02-29', '2023-12-31', '2024-01-01', '2000-02-29'])('accepts %s', (text) => {
    expect(isRealDate(text)).toBe(true);
  });

  it.each(['2023-02-29', '2024-02-30', '2024-13-01', '2024-00-10', '2024-04-31', '2024-01-00', '1900-02-29', '2024-1-05', '2024-01-05 ', ' 2024-01-05', '20240105', ''])(
    'refuses %j',
    (text) => {
      expect(isRealDate(text)).toBe(false);
    },
  );
});
