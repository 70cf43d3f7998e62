/**
 * `npm run bench`: throughput and memory against baselines measured in the same run, printed as ratios.
 * Each section returns its targets; the run ends with a PASS/MISS line per target.
 */

import { formatTarget, type Target } from './measure';
import { benchHover } from './hover-bench';
import { benchHuggingFace } from './huggingface-bench';
import { benchIndex } from './index-bench';
import { reportTable, writeResults } from './report';
import { benchScale } from './scale-bench';
import { benchLint } from './lint-bench';
import { benchParse } from './parse-bench';
import { benchStats } from './stats-bench';
import { benchPreview } from './preview-bench';
import { CORPUS, loadSamples } from './samples';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';

async function main(): Promise<void> {
  const log = (line: string) => console.log(line);
  const loadBefore = loadavg();
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
  targets.push(...(await benchScale(samples, log)));
  log('');
  targets.push(...(await benchHover(samples, log)));
  log('');
  targets.push(...(await benchStats(samples, log)));
  log('');
  targets.push(...benchHuggingFace(samples, log));
  log('');
  for (const target of targets) log(formatTarget(target));
  log('');
  log(reportTable(targets));
  // Written only from a full run over the shared corpus, so that a seeds-only checkout does not overwrite it.
  if (existsSync(CORPUS)) {
    writeResults(join(__dirname, '..', 'bench', 'results.md'), targets, loadBefore);
    log('\nwritten to bench/results.md');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
