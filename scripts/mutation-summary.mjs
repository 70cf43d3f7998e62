#!/usr/bin/env node
// Summarises a Stryker JSON report (the incremental file is one) as the Markdown tables of
// bench/mutation.md: the score per folder of src/core and the ten worst files. `--every-file` adds a
// table of every file; `--check` exits 1 when the score over all files is under 85 % or a rule file's
// (src/core/rules/dpNNN-*.ts) under 75 %. Reports of narrowed runs are merged first with
// scripts/merge-mutation-reports.mjs.
// Usage: node scripts/mutation-summary.mjs [--every-file] [--check] report.json
import { readFileSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const files = args.filter((arg) => !arg.startsWith('--'));
if (files.length !== 1) {
  console.error('usage: node scripts/mutation-summary.mjs [--every-file] [--check] report.json');
  process.exit(2);
}
const report = JSON.parse(readFileSync(files[0], 'utf8'));
const everyFile = flag('--every-file');

const tally = () => ({ killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, errors: 0 });
const add = (sum, mutant) => {
  const key = { Killed: 'killed', Timeout: 'timeout', Survived: 'survived', NoCoverage: 'noCoverage', Ignored: 'ignored' }[mutant.status] ?? 'errors';
  sum[key]++;
};
const score = (sum) => {
  const detected = sum.killed + sum.timeout;
  const valid = detected + sum.survived + sum.noCoverage;
  return valid === 0 ? NaN : (100 * detected) / valid;
};
const percent = (value) => (Number.isNaN(value) ? 'n/a' : `${value.toFixed(2)} %`);
const row = (name, sum) => `| ${name} | ${percent(score(sum))} | ${sum.killed} | ${sum.timeout} | ${sum.survived} | ${sum.noCoverage} | ${sum.ignored} |`;
const header = (first) => [`| ${first} | score | killed | timeout | survived | no coverage | ignored |`, '|---|---|---|---|---|---|---|'];

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const perFile = new Map();
const perFolder = new Map();
const total = tally();
for (const [file, { mutants }] of Object.entries(report.files)) {
  const relative = path.relative(root, path.resolve(root, file));
  const folder = path.dirname(relative);
  if (!perFolder.has(folder)) perFolder.set(folder, tally());
  const sum = tally();
  for (const mutant of mutants) {
    for (const target of [sum, perFolder.get(folder), total]) add(target, mutant);
  }
  perFile.set(relative, sum);
}

const lines = [
  ...header('folder'),
  ...[...perFolder].sort(([a], [b]) => a.localeCompare(b)).map(([folder, sum]) => row(`${folder}/`, sum)),
  row('**all mutated files**', total),
  '',
  '**The ten worst files**',
  '',
  ...header('file'),
  ...[...perFile]
    .filter(([, sum]) => !Number.isNaN(score(sum)))
    .sort(([, a], [, b]) => score(a) - score(b))
    .slice(0, 10)
    .map(([file, sum]) => row(file, sum)),
  ...(everyFile ? ['', '**Every file**', '', ...header('file'), ...[...perFile].sort(([a], [b]) => a.localeCompare(b)).map(([file, sum]) => row(file, sum))] : []),
];
console.log(lines.join('\n'));

if (flag('--check')) {
  const TOTAL_TARGET = 85;
  const RULE_TARGET = 75;
  const failures = [
    ...(score(total) < TOTAL_TARGET ? [`all files: ${percent(score(total))}, under ${TOTAL_TARGET} %`] : []),
    ...[...perFile]
      .filter(([file, sum]) => /^src\/core\/rules\/dp\d{3}-/.test(file) && score(sum) < RULE_TARGET)
      .map(([file, sum]) => `${file}: ${percent(score(sum))}, under ${RULE_TARGET} %`),
  ];
  for (const failure of failures) console.error(`mutation score too low: ${failure}`);
  if (failures.length > 0) process.exit(1);
  console.log(`\nmutation score ${percent(score(total))} (at least ${TOTAL_TARGET} %), every rule file at least ${RULE_TARGET} %`);
}
