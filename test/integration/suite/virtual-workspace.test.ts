import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateByOpeningDigest, fixtureUri, waitFor } from '../helpers';

// Runs only in a window whose folder is on a virtual file system, as on github.dev: the web runner
// (test/integration/web/) opens one on its in-memory copy of test/fixtures/workspace. VS Code
// disables extensions without `capabilities.virtualWorkspaces` in such a window.
const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
if (folder && folder.scheme !== 'file' && folder.scheme !== 'vscode-remote') {
  suite('Virtual workspace', () => {
    test(`the extension is enabled and activates in a workspace on ${folder.scheme}:`, async () => {
      const extension = await activateByOpeningDigest();
      assert.equal(extension.isActive, true);
      assert.equal(fixtureUri('2024-03-25.md').scheme, folder.scheme);
    });

    test('an open digest gets its outline and hover cards', async () => {
      await activateByOpeningDigest();
      const uri = fixtureUri('2024-03-25.md');
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
      assert.deepEqual(symbols.map((symbol) => symbol.name).filter((name) => name.includes('2024-03-25')).length, 1, 'one day symbol');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(2, 10));
      const text = hovers.flatMap((hover) => hover.contents.map((part) => (typeof part === 'string' ? part : part.value))).join('\n');
      assert.match(text, /\]\(https:\/\/huggingface\.co\/papers\/\d{4}\.\d{5}\)/, `a paper card: ${text}`);
    });

    test('a mistake typed into a digest is reported', async () => {
      const editor = await vscode.window.showTextDocument(fixtureUri('2024-02-05.md'));
      const voteLine = editor.document.getText().split('\n').findIndex((line) => line.startsWith('Vote: '));
      assert.ok(voteLine >= 0);
      await editor.edit((edit) => edit.replace(editor.document.lineAt(voteLine).range, 'Vote: many'));
      const vote = () => vscode.languages.getDiagnostics(editor.document.uri).some((diagnostic) => diagnostic.source === 'daily-papers' && String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code) === 'DP031');
      await waitFor(vote, 'DP031 (vote-invalid) on the edited line', 15_000);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });

    // Not here: the Papers and Authors views. They list the workspace's digests with
    // vscode.workspace.findFiles, which never answers for a file system without a search provider
    // (an extension API still proposed; github.dev's file system has one, this test's cannot).
  });
}
