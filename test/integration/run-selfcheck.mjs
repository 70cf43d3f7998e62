#!/usr/bin/env node
// Proves that the integration harness fails when a test fails: runs run-code-server.mjs with
// DAILY_PAPERS_SELF_CHECK_FAIL=1, which adds one deliberately failing test (see
// suite/activation.test.ts), and expects a non-zero exit caused by exactly that test.
// Only the Activation suite runs beside it, to keep this quick. Exits 0 when the harness
// behaved, 1 otherwise. With --host web it checks the web worker host's runner the same way.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const SELF_CHECK_TITLE = 'deliberately failing test (DAILY_PAPERS_SELF_CHECK_FAIL=1)';

const hostArgs = process.argv.includes('--host') ? ['--host', process.argv[process.argv.indexOf('--host') + 1]] : [];
const result = spawnSync(process.execPath, [path.join(here, 'run-code-server.mjs'), '--discard-logs', ...hostArgs], {
  env: { ...process.env, DAILY_PAPERS_SELF_CHECK_FAIL: '1', DAILY_PAPERS_TEST_GREP: '^(Activation|Harness self-check) ' },
  encoding: 'utf8',
});
const output = `${result.stdout}${result.stderr}`;
const problems = [];
if (result.status === 0) problems.push('the run exited 0 although a test failed');
if (!/^\s*1 failing$/m.test(output)) problems.push('the mocha summary does not say "1 failing"');
if (!output.includes(`1) ${SELF_CHECK_TITLE}`)) problems.push('the failure is not the self-check test');
const passing = Number(/^\s*(\d+) passing/m.exec(output)?.[1] ?? 0);
if (passing < 1) problems.push('no other test passed beside the deliberate failure');

if (problems.length > 0) {
  console.error(output);
  console.error(`Harness self-check FAILED: ${problems.join('; ')}.`);
  process.exit(1);
}
console.log(`Harness self-check${hostArgs.length ? ` (${hostArgs[1]} extension host)` : ''} passed: a failing integration test made the run exit ${result.status}.`);
