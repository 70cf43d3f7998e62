import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DailyPapersApi } from '../../../src/extension';
import { activateByOpeningDigest, fixtureUri, waitFor } from '../helpers';
import { labels, seedDayNodes } from '../papers-helpers';

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

    // This test's file system has no search provider (an extension API still proposed; github.dev's
    // has one), so vscode.workspace.findFiles never answers here: the index walks the folder instead.
    test('the workspace index becomes ready and the Papers and Authors views list the digests', async () => {
      const api = (await activateByOpeningDigest()).exports as DailyPapersApi;
      const ready = await Promise.race([api.workspaceIndex.ready.then(() => true), new Promise<false>((resolve) => setTimeout(() => resolve(false), 12_000))]);
      assert.equal(ready, true, 'the workspace index is ready within 12 s (it waited for findFiles forever before)');
      await api.workspaceIndex.index.settle();
      await waitFor(() => seedDayNodes(api).length === 2, 'the two seed days in the Papers view');
      assert.deepEqual(labels(api, seedDayNodes(api)).sort(), ['2024-02-05 (Mon)', '2024-03-25 (Mon)']);
      assert.ok(api.archiveStats.stats.authorCount > 0, 'the Authors view has authors');
    });
  });
}
