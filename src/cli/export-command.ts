import { digestService } from './io';
import { readOnlyCommand } from './read-digests';

/** `daily-papers export [paths…]`: JSON of every file that has at least one day section. */
export const exportCommand = readOnlyCommand((digests, io) => {
  const core = digestService(io);
  const exported = digests.filter((read) => read.digest.days.length > 0).map((read) => core.exportDigest(read.file, read.digest));
  io.stdout(`${JSON.stringify(exported, null, 2)}\n`);
});
