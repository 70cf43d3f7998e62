/**
 * `npm run bench`: throughput and memory against baselines measured in the same run, printed as ratios.
 * Each section returns its targets; the run ends with a PASS/MISS line per target.
 */

import { formatTarget, type Target } from './measure';
import { benchIndex } from './index-bench';
import { benchLint } from './lint-bench';
import { benchParse } from './parse-bench';
import { benchPreview } from './preview-bench';
import { CORPUS, loadSamples } from './samples';
import { existsSync } from 'node:fs';

async function main(): Promise<void> {
  const log = (line: string) => console.log(line);
  const samples = loadSamples();
  log(`samples: ${samples.length} files${existsSync(CORPUS) ? ' (seeds and ../shared/corpus)' : ' (seeds only; ../shared/corpus not found)'}`);
  const targets: Target[] = [];
  targets.push(...benchParse(samples, log));
  log('');
  targets.push(...benchPreview(samples, log));
  log('');
  // Before the index section, whose large heap would slow both sides of the lint comparison.
  targets.push(...(await benchLint(samples, log)));
  log('');
  targets.push(...(await benchIndex(samples, log)));
  log('');
  for (const target of targets) log(formatTarget(target));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
