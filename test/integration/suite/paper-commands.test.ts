import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DailyPapersApi } from '../../../src/extension';
import { fixtureUri, openFixture } from '../helpers';
import { dayNode, deleteIfPresent, paperLabels, papersApi, waitForTree } from '../papers-helpers';

suite('Paper commands', () => {
  let api: DailyPapersApi;

  suiteSetup(async () => {
    api = await papersApi();
  });

  teardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('copy the arXiv id and a Markdown link of a paper of the tree', async () => {
    const day = dayNode(api, '2024-03-25 (Mon)')!;
    const paper = api.paperTree.provider.getChildren(day)[0];
    await vscode.commands.executeCommand('dailyPapers.paper.copyArxivId', paper);
    assert.equal(await vscode.env.clipboard.readText(), '2403.15371');
    await vscode.commands.executeCommand('dailyPapers.paper.copyMarkdownLink', paper);
    assert.equal(await vscode.env.clipboard.readText(), '[Can large language models explore in-context?](https://arxiv.org/abs/2403.15371)');
  });

  test('from the command palette, act on the paper at the cursor', async () => {
    const editor = await openFixture('2024-02-05.md');
    editor.selection = new vscode.Selection(65, 0, 65, 0); // Boximator's Vote line
    await vscode.commands.executeCommand('dailyPapers.paper.copyArxivId');
    assert.equal(await vscode.env.clipboard.readText(), '2402.01566');
  });

  test('open the digest of a day', async () => {
    await vscode.commands.executeCommand('dailyPapers.day.openDigest', dayNode(api, '2024-02-05 (Mon)'));
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), fixtureUri('2024-02-05.md').toString());
    assert.equal(editor.selection.active.line, 0);
  });

  test('New Digest creates the day beside the existing digests, with an entry to fill in', async () => {
    const expected = fixtureUri('2030-01-02.md');
    const files = vscode.workspace.getConfiguration('files');
    await files.update('autoSave', 'off', vscode.ConfigurationTarget.Global); // or code-server saves the snippet
    try {
      const created = await vscode.commands.executeCommand<vscode.Uri>('dailyPapers.newDigest', '2030-01-02');
      assert.equal(created.toString(), expected.toString());
      const editor = vscode.window.activeTextEditor!;
      assert.equal(editor.document.uri.toString(), expected.toString());
      assert.match(editor.document.getText(), /^## Daily Papers \(2030-01-02\)\n\n### \[Paper title\]\(https:\/\/arxiv\.org\/abs\/2403\.15371\)\n/);
      assert.equal(editor.document.getText(editor.selection), 'Paper title');
      await waitForTree(api, () => paperLabels(api, '2030-01-02 (Wed)').includes('Paper title'), 'the new digest in the tree');
      const again = await vscode.commands.executeCommand<vscode.Uri>('dailyPapers.newDigest', '2030-01-02');
      assert.equal(again.toString(), expected.toString());
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await files.update('autoSave', undefined, vscode.ConfigurationTarget.Global);
      await deleteIfPresent(expected);
      await waitForTree(api, () => !dayNode(api, '2030-01-02 (Wed)'), 'the new digest to leave the tree');
    }
  });
});
