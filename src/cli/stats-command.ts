/**
 * `daily-papers stats [paths…] [--format table|json] [--top N]`: papers and votes per month, the authors
 * who appear most and the most upvoted papers, from the same figures as the editor's Authors view and overview.
 */

import { isDigest } from '../core/digest-service';
import type { CliIO } from './io';
import { digestService, EXIT_OK, EXIT_USAGE_OR_IO } from './io';
import { parseCommandArgs, readDigests, reportErrors } from './read-digests';
import { statsJson, statsTable } from './stats-report';

const FORMATS = ['table', 'json'] as const;
const DEFAULT_TOP = 20;

export function statsCommand(args: string[], io: CliIO): number {
  const parsed = parseCommandArgs(args, { format: { type: 'string' }, top: { type: 'string' } });
  if (!parsed.ok) {
    reportErrors([parsed.error], io);
    return EXIT_USAGE_OR_IO;
  }
  const format = parsed.values.format ?? 'table';
  if (!(FORMATS as readonly string[]).includes(format)) {
    reportErrors([`--format must be one of ${FORMATS.join(', ')}`], io);
    return EXIT_USAGE_OR_IO;
  }
  const topText = parsed.values.top ?? String(DEFAULT_TOP);
  if (!/^\d+$/.test(topText)) {
    reportErrors([`--top must be a whole number, not '${topText}'`], io);
    return EXIT_USAGE_OR_IO;
  }
  const top = Number(topText);
  const { digests, errors } = readDigests(parsed.paths, io);
  const core = digestService(io);
  const stats = core.createArchiveStats();
  for (const { file, text, digest } of digests) if (isDigest(text)) stats.setFile(core.indexDigest(file, digest));
  io.stdout(format === 'json' ? `${JSON.stringify(statsJson(stats, top), null, 2)}\n` : statsTable(stats, top));
  reportErrors(errors, io);
  return errors.length ? EXIT_USAGE_OR_IO : EXIT_OK;
}
