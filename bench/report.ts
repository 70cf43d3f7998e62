/** The benchmark's one report: a table of every target, printed and written to bench/results.md with the machine. */

import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';
import { isMet, type Target } from './measure';

export function reportTable(targets: readonly Target[]): string {
  const rows = targets.map((target) => {
    const sign = target.kind === 'min' ? '≥' : '≤';
    const unit = target.unit ?? '×';
    return `| ${target.name} | ${target.figure ?? '—'} | ${target.baseline ?? '—'} | ${target.ratio.toFixed(2)}${unit} | ${sign} ${target.goal}${unit} | ${isMet(target) ? 'PASS' : 'MISS'} |`;
  });
  return ['| figure | measured | baseline, same run | ratio | target | |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

export function machineDescription(loadBefore: readonly number[]): string {
  const cores = cpus();
  const load = (values: readonly number[]) => values.map((value) => value.toFixed(2)).join(' / ');
  return [
    `- CPU: ${cores[0]?.model.trim() ?? 'unknown'}, ${cores.length} cores`,
    `- memory: ${(totalmem() / 2 ** 30).toFixed(0)} GiB; ${osType()} ${release()}`,
    `- Node ${process.version}`,
    `- load average (1 / 5 / 15 min) before the run: ${load(loadBefore)}, after: ${load(loadavg())}`,
  ].join('\n');
}

/** Writes results.md: the table, then the machine it was measured on. */
export function writeResults(path: string, targets: readonly Target[], loadBefore: readonly number[]): void {
  const text = [
    '# Benchmark results',
    '',
    `\`npm run bench\` on ${new Date().toISOString().slice(0, 10)}. Every ratio compares two figures measured in the same run,`,
    'the two sides taking turns, so that a busy machine slows both; the figures themselves vary with the machine.',
    '',
    reportTable(targets),
    '',
    '## Machine',
    '',
    machineDescription(loadBefore),
    '',
  ].join('\n');
  writeFileSync(path, text);
}
