import { readOnlyCommand } from './read-digests';

/** `daily-papers list [paths…]`: one row per paper, grouped by file and day, for people. */
export const listCommand = readOnlyCommand((digests, io) => {
  const rows: string[] = [];
  let papers = 0;
  let days = 0;
  for (const { file, digest } of digests) {
    if (digest.days.length === 0) continue;
    rows.push(file);
    for (const day of digest.days) {
      days++;
      for (const paper of day.papers) {
        papers++;
        const votes = paper.votes?.value ?? null;
        rows.push(
          `  ${(day.date ?? day.dateText).padEnd(10)}  ${(votes === null ? '–' : String(votes)).padStart(4)}  ${(paper.id ?? '–').padEnd(10)}  ${paper.title}`,
        );
      }
      if (day.papers.length === 0) rows.push(`  ${(day.date ?? day.dateText).padEnd(10)}  (no papers)`);
    }
  }
  rows.push(`${papers} paper${papers === 1 ? '' : 's'} in ${days} day${days === 1 ? '' : 's'}`);
  io.stdout(`${rows.join('\n')}\n`);
});
