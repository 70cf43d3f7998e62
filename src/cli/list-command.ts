import type { CliIO } from './io';
import { EXIT_OK, EXIT_USAGE_OR_IO } from './io';
import { parseCommandArgs, readDigests, reportErrors } from './read-digests';

/** `daily-papers list [paths…]`: one row per paper, grouped by file and day, for people. */
export async function listCommand(args: string[], io: CliIO): Promise<number> {
  const parsed = parseCommandArgs(args, {});
  if (!parsed.ok) {
    reportErrors([parsed.error], io);
    return EXIT_USAGE_OR_IO;
  }
  const { digests, errors } = readDigests(parsed.paths, io);
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
  reportErrors(errors, io);
  return errors.length ? EXIT_USAGE_OR_IO : EXIT_OK;
}
