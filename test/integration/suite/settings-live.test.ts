import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fixtureUri, waitFor } from '../helpers';
import { deleteIfPresent, papersApi, waitForTree, writeWorkspaceFile } from '../papers-helpers';
import type { DailyPapersApi } from '../../../src/extension';

const FILE = 'settings-live.md';
const TEXT = `## Daily Papers (2024-04-05)

### [Settings Take Effect](https://arxiv.org/abs/2404.01240)

![](https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2404.01240.png)

Vote: 3

Authors: ['Ada Lovelace', 'Alan Turing']

- a summary.
`;

function ourCodes(uri: vscode.Uri): string[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((diagnostic) => diagnostic.source === 'daily-papers')
    .map((diagnostic) => (typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code)));
}

async function cardAt(uri: vscode.Uri, line: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(line, 5));
  const card = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).find((value) => value.includes('huggingface.co/papers/2404.01240'));
  assert.ok(card, 'our card on the heading');
  return card;
}

suite('Settings take effect without a reload', () => {
  const uri = fixtureUri(FILE);
  let api: DailyPapersApi;

  suiteSetup(async () => {
    api = await papersApi();
    await writeWorkspaceFile(FILE, TEXT);
    await waitForTree(api, () => api.workspaceIndex.index.papersById('2404.01240').length === 1, `${FILE} in the index`);
  });

  teardown(async () => {
    await vscode.workspace.getConfiguration('dailyPapers.lint').update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.getConfiguration('dailyPapers.hover').update('showThumbnail', undefined, vscode.ConfigurationTarget.Workspace);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await deleteIfPresent(uri);
  });

  test('a rule switched off in dailyPapers.lint.rules takes its problems off the open digest, and back on', async () => {
    await vscode.window.showTextDocument(uri);
    await waitFor(() => ourCodes(uri).includes('DP041'), 'DP041 (authors as a Python list) on the open digest', 15_000);
    await vscode.workspace.getConfiguration('dailyPapers.lint').update('rules', { 'authors-python-list': 'off' }, vscode.ConfigurationTarget.Workspace);
    await waitFor(() => !ourCodes(uri).includes('DP041'), `DP041 to go (now: ${ourCodes(uri).join(', ')})`, 15_000);
    await vscode.workspace.getConfiguration('dailyPapers.lint').update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await waitFor(() => ourCodes(uri).includes('DP041'), 'DP041 to come back', 15_000);
  });

  test('dailyPapers.hover.showThumbnail false takes the image out of the next card, true brings it back', async () => {
    const image = '![thumbnail](https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2404.01240.png|width=320)';
    assert.ok((await cardAt(uri, 2)).includes(image), 'the thumbnail in the card first');
    await vscode.workspace.getConfiguration('dailyPapers.hover').update('showThumbnail', false, vscode.ConfigurationTarget.Workspace);
    const without = await cardAt(uri, 2);
    assert.ok(!without.includes('!['), without);
    assert.match(without, /^\*\*Settings Take Effect\*\*/);
    await vscode.workspace.getConfiguration('dailyPapers.hover').update('showThumbnail', true, vscode.ConfigurationTarget.Workspace);
    assert.ok((await cardAt(uri, 2)).includes(image), 'the thumbnail back');
  });
});
