import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateByOpeningDigest, openFixture, waitFor } from '../helpers';

/** Returns what the extension last set `dailyPapers.isDigest` to (VS Code cannot read it back). */
const isDigestActive = () => vscode.commands.executeCommand<boolean>('dailyPapers.internal.isDigestActive');

async function expectIsDigest(expected: boolean, file: string): Promise<void> {
  await openFixture(file);
  await waitFor(async () => (await isDigestActive()) === expected, `dailyPapers.isDigest to be ${expected} for ${file}`);
}

suite('Activation', () => {
  test('opening a seed digest activates the extension', async () => {
    const extension = await activateByOpeningDigest('2024-03-25.md');
    assert.equal(extension.isActive, true);
  });

  test('dailyPapers.isDigest follows the active editor: digest, plain Markdown, digest', async () => {
    await activateByOpeningDigest();
    await expectIsDigest(true, '2024-02-05.md');
    await expectIsDigest(false, 'notes.md');
    await expectIsDigest(true, '2024-03-25.md');
  });
});

// Proves that a failing test fails the whole run: test/integration/run-selfcheck.mjs sets this
// switch and expects a non-zero exit with exactly this failure.
if (process.env.DAILY_PAPERS_SELF_CHECK_FAIL === '1') {
  suite('Harness self-check', () => {
    test('deliberately failing test (DAILY_PAPERS_SELF_CHECK_FAIL=1)', () => {
      assert.fail('self-check: this test always fails');
    });
  });
}
