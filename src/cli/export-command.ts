import { exportDigest } from '../core/export';
import type { CliIO } from './io';
import { EXIT_OK, EXIT_USAGE_OR_IO } from './io';
import { parseCommandArgs, readDigests, reportErrors } from './read-digests';

/** `daily-papers export [paths…]`: JSON of every file that has at least one day section. */
export async function exportCommand(args: string[], io: CliIO): Promise<number> {
  const parsed = parseCommandArgs(args, {});
  if (!parsed.ok) {
    reportErrors([parsed.error], io);
    return EXIT_USAGE_OR_IO;
  }
  const { digests, errors } = readDigests(parsed.paths, io);
  const exported = digests.filter((read) => read.digest.days.length > 0).map((read) => exportDigest(read.file, read.digest));
  io.stdout(`${JSON.stringify(exported, null, 2)}\n`);
  reportErrors(errors, io);
  return errors.length ? EXIT_USAGE_OR_IO : EXIT_OK;
}
