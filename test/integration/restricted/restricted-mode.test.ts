import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, fixtureUri, waitFor } from '../helpers';
import { dayNodes, deleteIfPresent, papersApi, shown, writeWorkspaceFile } from '../papers-helpers';

/** DP041: authors written as a Python list. */
const WITH_PROBLEM = `## Daily Papers (2024-04-07)

### [Restricted Mode Entry](https://arxiv.org/abs/2404.01250)

Vote: 2

Authors: ['Ada Lovelace', 'Alan Turing']

- a summary.
`;

suite('Restricted mode (workspace not trusted)', () => {
  test('the window is in restricted mode and the extension runs there (capabilities.untrustedWorkspaces)', async () => {
    assert.equal(vscode.workspace.isTrusted, false, 'the folder is not trusted');
    const api = await papersApi();
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)!.isActive);
    const days = dayNodes(api).map((node) => shown(api, node).label);
    assert.ok(days.includes('2024-03-25 (Mon)') && days.includes('2024-02-05 (Mon)'), `the Papers view lists the workspace's days: ${days.join(', ')}`);
  });

  test('diagnostics and hover cards work', async () => {
    const uri = await writeWorkspaceFile('restricted.md', WITH_PROBLEM);
    try {
      await vscode.window.showTextDocument(uri);
      const codes = () => vscode.languages.getDiagnostics(uri).map((diagnostic) => (typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code)));
      await waitFor(() => codes().includes('DP041'), 'DP041 on the open digest', 15_000);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', fixtureUri('2024-03-25.md'), new vscode.Position(2, 5));
      const card = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).find((value) => value.includes('](https://huggingface.co/papers/2403.15371'));
      assert.ok(card, 'the card of the first paper');
      assert.equal(card.split('\n\n')[0], '**Can large language models explore in\\-context?**');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await deleteIfPresent(uri);
    }
  });
});
