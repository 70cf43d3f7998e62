#!/usr/bin/env node
// Summarises Stryker JSON reports (the incremental file is one) as the Markdown tables of
// bench/mutation.md: the score per folder of src/core and the ten worst files. Several reports (runs
// over parts of src/core) are merged, later ones winning for a file; `--out FILE` writes the merge.
// `--every-file` adds a table of every file.
// Usage: node scripts/mutation-summary.mjs [--out merged.json] [--every-file] report.json...
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args.splice(outAt, 2)[1] : undefined;
const everyFileAt = args.indexOf('--every-file');
const everyFile = everyFileAt >= 0 && args.splice(everyFileAt, 1).length > 0;
const reports = args.map((file) => JSON.parse(readFileSync(file, 'utf8')));
if (reports.length === 0) {
  console.error('usage: node scripts/mutation-summary.mjs [--out merged.json] report.json...');
  process.exit(2);
}

// Test ids are numbers per run: the merge gives each test (file and name) one new id and rewrites the
// mutants' coveredBy and killedBy to it.
const merged = { ...reports[0], files: {}, testFiles: {} };
const idOf = new Map();
for (const report of reports) {
  const renamed = new Map();
  for (const [file, { tests, ...rest }] of Object.entries(report.testFiles ?? {})) {
    merged.testFiles[file] ??= { ...rest, tests: [] };
    for (const test of tests) {
      const key = `${file}\u0000${test.name}`;
      if (!idOf.has(key)) {
        idOf.set(key, String(idOf.size));
        merged.testFiles[file].tests.push({ ...test, id: idOf.get(key) });
      }
      renamed.set(test.id, idOf.get(key));
    }
  }
  const rename = (ids) => ids?.map((id) => renamed.get(id) ?? id);
  for (const [file, result] of Object.entries(report.files)) {
    merged.files[file] = { ...result, mutants: result.mutants.map((mutant) => ({ ...mutant, coveredBy: rename(mutant.coveredBy), killedBy: rename(mutant.killedBy) })) };
  }
}
if (out) writeFileSync(out, JSON.stringify(merged));

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
for (const [file, { mutants }] of Object.entries(merged.files)) {
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
