import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DailyPapersApi } from '../../../src/extension';
import { BROKEN_DIGEST } from '../fixtures';
import { activateByOpeningDigest, waitFor } from '../helpers';
import { MemoryFileSystem } from '../memory-file-system';

// The web runner (test/integration/web/) sets DAILY_PAPERS_TEST_HOST=web and runs in a window in
// Restricted Mode (DAILY_PAPERS_TEST_TRUST=restricted); the Node runner sets neither.
const HOST = process.env.DAILY_PAPERS_TEST_HOST === 'web' ? 'web' : 'node';
const RESTRICTED = process.env.DAILY_PAPERS_TEST_TRUST === 'restricted';

const VIRTUAL_SCHEME = 'dp-test-documents';

/** The Node global, absent in a web worker (looked up at run time: the web bundle has no `process`). */
const nodeProcess = (globalThis as { process?: { versions?: { node?: string } } }).process;

suite('Extension host', () => {
  test(`the extension runs in the ${HOST === 'web' ? 'web worker' : 'Node'} extension host, beside these tests`, async () => {
    const extension = await activateByOpeningDigest();
    const api = extension.exports as DailyPapersApi | undefined;
    // An extension's exports reach only the code of its own extension host.
    assert.ok(api?.workspaceIndex, 'activate() returned its API to the tests');
    if (HOST === 'web') {
      assert.equal(extension.extensionKind, vscode.ExtensionKind.UI, 'a web extension runs on the UI side');
      assert.equal(typeof (globalThis as { importScripts?: unknown }).importScripts, 'function', 'a web worker global scope');
      assert.equal(nodeProcess, undefined, 'no Node.js in the web worker');
      assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
    } else {
      assert.equal(extension.extensionKind, vscode.ExtensionKind.Workspace, 'code-server runs the Node entry on the server');
      assert.equal(typeof nodeProcess?.versions?.node, 'string');
    }
  });

  test(RESTRICTED ? 'it activates in Restricted Mode (untrusted workspace) and indexes the digests' : 'the workspace is trusted', async () => {
    const extension = await activateByOpeningDigest();
    assert.equal(vscode.workspace.isTrusted, !RESTRICTED);
    const api = extension.exports as DailyPapersApi;
    await api.workspaceIndex.ready;
    await api.workspaceIndex.index.settle();
    assert.ok(api.paperTree.provider.getChildren().length > 0, 'the Papers view has days');
  });

  test('a digest on a virtual file system (another scheme than file and vscode-remote) gets diagnostics, symbols and a hover card', async () => {
    await activateByOpeningDigest();
    const registration = vscode.workspace.registerFileSystemProvider(VIRTUAL_SCHEME, new MemoryFileSystem());
    try {
      const uri = vscode.Uri.from({ scheme: VIRTUAL_SCHEME, path: '/digests/broken.md' });
      await vscode.workspace.fs.createDirectory(uri.with({ path: '/digests' }));
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(BROKEN_DIGEST));
      const editor = await vscode.window.showTextDocument(await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(uri), 'markdown'));
      const codes = () => vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'daily-papers').map((diagnostic) => String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code));
      await waitFor(() => codes().includes('DP030') && codes().includes('DP041'), 'a missing vote (DP030) and a Python list of authors (DP041) reported on the virtual digest', 15_000);

      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
      assert.ok(symbols?.some((symbol) => symbol.name.includes('2024-04-02')), `a day symbol (got ${symbols?.map((s) => s.name).join(', ')})`);

      const line = editor.document.getText().split('\n').findIndex((text) => text.startsWith('### ['));
      assert.ok(line >= 0, 'the fixture has a paper heading');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(line, 6));
      const text = hovers.flatMap((hover) => hover.contents.map((part) => (typeof part === 'string' ? part : part.value))).join('\n');
      // The file is outside the workspace's folders, so the card knows the paper by its id only.
      assert.match(text, /arXiv 2404\\?\.01234/, `the card names the paper: ${text}`);
      assert.match(text, /\]\(https:\/\/huggingface\.co\/papers\/2404\.01234\)/, 'the card links to the paper on Hugging Face');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      registration.dispose();
    }
  });
});
