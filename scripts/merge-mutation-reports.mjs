#!/usr/bin/env node
// Merges Stryker reports of runs narrowed to different files (MUTATE=…) into one incremental baseline:
//   node scripts/merge-mutation-reports.mjs -o bench/stryker-incremental.json a.json b.json …
// A source file mutated in several reports is taken from the last one given whose copy of it is the file
// on disk (else from the last one). Test ids are per report, so
// every test is renamed to one id per (test file, test name) and the mutants' coveredBy/killedBy follow.
// Where reports hold different versions of a test file, the version equal to the file on disk wins; the
// next incremental run then re-tests only what changed since.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const outAt = args.indexOf('-o');
if (outAt === -1 || args.length < outAt + 3) {
  console.error('usage: merge-mutation-reports.mjs -o OUT.json REPORT.json [REPORT.json …]');
  process.exit(2);
}
const output = args[outAt + 1];
const inputs = args.filter((_, i) => i !== outAt && i !== outAt + 1);
const reports = inputs.map((file) => JSON.parse(readFileSync(file, 'utf8')));

const onDisk = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : null);
const testFiles = {};
const idOf = new Map();
const key = (file, name) => `${file}\u0000${name}`;
for (const report of reports) {
  for (const [file, entry] of Object.entries(report.testFiles ?? {})) {
    const merged = (testFiles[file] ??= { source: entry.source, tests: [] });
    if (entry.source === onDisk(file)) merged.source = entry.source;
    for (const test of entry.tests) {
      if (idOf.has(key(file, test.name))) continue;
      const id = String(idOf.size);
      idOf.set(key(file, test.name), id);
      merged.tests.push({ ...test, id });
    }
  }
}

const files = {};
for (const report of reports) {
  const renamed = new Map();
  for (const [file, entry] of Object.entries(report.testFiles ?? {})) {
    for (const test of entry.tests) renamed.set(test.id, idOf.get(key(file, test.name)));
  }
  const rename = (ids) => ids?.map((id) => renamed.get(id)).filter((id) => id !== undefined);
  for (const [file, entry] of Object.entries(report.files)) {
    // A report whose copy of the file is the one on disk beats one with an older copy, whatever the order.
    if (files[file] && files[file].source === onDisk(file) && entry.source !== onDisk(file)) continue;
    files[file] = { ...entry, mutants: entry.mutants.map((m) => ({ ...m, coveredBy: rename(m.coveredBy), killedBy: rename(m.killedBy) })) };
  }
}

const last = reports[reports.length - 1];
writeFileSync(output, JSON.stringify({ ...last, files, testFiles }));
const mutants = Object.values(files).reduce((n, f) => n + f.mutants.length, 0);
console.log(`${output}: ${Object.keys(files).length} source files, ${mutants} mutants, ${idOf.size} tests in ${Object.keys(testFiles).length} test files`);
