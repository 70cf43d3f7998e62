#!/usr/bin/env node
// Plants, one at a time, the one-line bugs that issue 14 found the tests letting through, runs the tests
// that should notice, and says for each whether they failed (as they must). The working tree is restored
// after each bug. Usage: `node scripts/plant-bugs.mjs [name…]`; `--list` prints the names. Not part of
// `npm test`: it runs the unit suite once per bug, and the VS Code ones also the integration tests.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const unit = (...folders) => ['npx', 'vitest', 'run', ...folders];
const afterBuild = (script, env = {}) => ({ command: ['npm', 'run', 'build'], then: ['node', script], env });
const integration = (grep) => afterBuild('test/integration/run-code-server.mjs', { DAILY_PAPERS_TEST_GREP: grep });

const BUGS = [
  {
    name: 'parser-throws',
    file: 'src/core/parser/parser.ts',
    find: '    builder.parse();\n',
    replace: "    builder.parse();\n    throw new Error('planted');\n",
    run: unit('test/unit/parser'),
  },
  {
    name: 'rule-throws-after-first-finding',
    file: 'src/core/lint.ts',
    find: '    const rule = this.rule;\n',
    replace: "    const rule = this.rule;\n    if (this.diagnostics.some((d) => d.code === rule.code)) throw new Error('planted');\n",
    run: unit('test/unit/rules', 'test/unit/lint'),
  },
  { name: 'votes-from-last-line', file: 'src/core/parser/parser.ts', find: 'paper.votes ??= readVotes', replace: 'paper.votes = readVotes', run: unit('test/unit/parser', 'test/unit/rules') },
  { name: 'authors-from-last-line', file: 'src/core/parser/parser.ts', find: 'paper.authors ??= readAuthorsLine', replace: 'paper.authors = readAuthorsLine', run: unit('test/unit/parser', 'test/unit/rules') },
  {
    name: 'range-one-character-short',
    file: 'src/core/lint.ts',
    find: '      range: finding.range,\n',
    replace: '      range: { start: finding.range.start, end: { line: finding.range.end.line, character: Math.max(finding.range.start.character, finding.range.end.character - 1) } },\n',
    run: unit('test/unit/rules'),
  },
  {
    name: 'dp001-first-orphan-only',
    file: 'src/core/rules/dp001-day-heading-missing.ts',
    find: 'for (const paper of context.digest.orphanPapers) {',
    replace: 'for (const paper of context.digest.orphanPapers.slice(0, 1)) {',
    run: unit('test/unit/rules'),
  },
  {
    name: 'dp022-silent-on-http-videos',
    file: 'src/core/rules/dp022-media-url-insecure.ts',
    find: 'if (!isHttp(media.url)) continue;',
    replace: "if (!isHttp(media.url) || media.kind === 'video') continue;",
    run: unit('test/unit/rules'),
  },
  {
    name: 'dp053-fix-deletes-no-break-space-in-title',
    file: 'src/core/rules/dp053-text-invisible-character.ts',
    find: "newText: space ? ' ' : ''",
    replace: "newText: space ? '' : ''",
    run: unit('test/unit/rules', 'test/unit/lint'),
  },
  { name: 'export-drops-last-bullet', file: 'src/core/export.ts', find: 'summary: paper.summary.map(', replace: 'summary: paper.summary.slice(0, -1).map(', run: unit('test/unit/export', 'test/unit/cli') },
  { name: 'sarif-information-as-warning', file: 'src/cli/lint-report.ts', find: "information: 'note'", replace: "information: 'warning'", run: unit('test/unit/lint-cli.test.ts', 'test/unit/cli') },
  {
    name: 'setting-beats-config-file',
    file: 'src/vscode/lint-config.ts',
    find: 'mergeRuleSettings(fromSettings.rules, fromFile.rules)',
    replace: 'mergeRuleSettings(fromFile.rules, fromSettings.rules)',
    run: integration('^Lint settings '),
  },
  { name: 'errors-shown-as-warnings', file: 'src/vscode/severity.ts', find: 'error: 0,', replace: 'error: 1,', run: unit('test/unit/vscode-adapters.test.ts') },
  {
    // Not a bug but the situation it hid: no integration test but the deliberate failure runs. The
    // self-check must then fail instead of passing.
    name: 'self-check-with-no-other-test',
    file: 'test/integration/run-selfcheck.mjs',
    find: "DAILY_PAPERS_TEST_GREP: '^(Activation|Harness self-check) '",
    replace: "DAILY_PAPERS_TEST_GREP: '^(Harness self-check) '",
    run: afterBuild('test/integration/run-selfcheck.mjs'),
  },
];

function runStep(step, env) {
  const [command, ...args] = step;
  return spawnSync(command, args, { cwd: repo, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 28 });
}

function run(spec) {
  if (Array.isArray(spec)) return runStep(spec, {});
  const built = runStep(spec.command, spec.env);
  return built.status === 0 ? runStep(spec.then, spec.env) : built;
}

if (process.argv.includes('--list')) {
  for (const bug of BUGS) console.log(bug.name);
  process.exit(0);
}
const chosen = process.argv.slice(2);
let escaped = 0;
for (const bug of BUGS.filter((b) => chosen.length === 0 || chosen.includes(b.name))) {
  const file = path.join(repo, bug.file);
  const original = readFileSync(file, 'utf8');
  if (!original.includes(bug.find)) {
    console.log(`?  ${bug.name}: could not plant (the code changed: update this script)`);
    escaped++;
    continue;
  }
  writeFileSync(file, original.replace(bug.find, bug.replace));
  try {
    const result = run(bug.run);
    const caught = result.status !== 0;
    if (!caught) escaped++;
    console.log(`${caught ? 'ok' : 'MISSED'}  ${bug.name}: ${caught ? 'the tests failed' : 'the tests passed with the bug in place'}`);
    // What failed, so that a failure for another reason (a build error) is seen as such.
    const failures = `${result.stdout}${result.stderr}`.split('\n').filter((line) => /^ FAIL |^\s+\d+\) |FAILED|error TS/.test(line));
    for (const line of failures.slice(0, 3)) console.log(`      ${line.trim()}`);
  } finally {
    writeFileSync(file, original);
  }
}
process.exit(escaped === 0 ? 0 : 1);
