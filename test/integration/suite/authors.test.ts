import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DailyPapersApi } from '../../../src/extension';
import type { AuthorTreeNode } from '../../../src/vscode/authors/author-tree-model';
import { EXTENSION_ID, waitFor } from '../helpers';
import { deleteIfPresent, papersApi, writeWorkspaceFile } from '../papers-helpers';

function shown(api: DailyPapersApi, node: AuthorTreeNode): { label: string; description: string } {
  const item = api.authorsView.provider.getTreeItem(node);
  const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
  return { label, description: typeof item.description === 'string' ? item.description : '' };
}

const authorNamed = (api: DailyPapersApi, name: string) =>
  api.authorsView.provider.getChildren().find((node) => node.kind === 'author' && node.author.name === name);

const SOLO = ['## Daily Papers (2031-05-04)', '', '### [A paper by one person](https://arxiv.org/abs/2405.99001)', '', 'Vote: 77', '', 'Authors: Zed Solo', '', '- Summary.', ''].join('\n');

suite('Authors view', () => {
  let api: DailyPapersApi;

  suiteSetup(async () => {
    api = await papersApi();
  });

  teardown(async () => {
    await vscode.commands.executeCommand('dailyPapers.authors.clearFilter');
    await api.authorsView.sortBy('papers');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('lists authors with their papers and votes, most papers first, then most votes, then name', () => {
    const roots = api.authorsView.provider.getChildren();
    assert.ok(roots.length > 100, 'the seeds have more than a hundred authors');
    const qi = authorNamed(api, 'Qi Zhang');
    assert.ok(qi, 'Qi Zhang, on a paper of each seed day, is listed');
    assert.deepEqual(shown(api, qi), { label: 'Qi Zhang', description: '2 papers · ▲31' });
    const authors = roots.flatMap((node) => (node.kind === 'author' ? [node.author] : []));
    for (let i = 1; i < authors.length; i++) {
      const [a, b] = [authors[i - 1], authors[i]];
      assert.ok(a.papers > b.papers || (a.papers === b.papers && (a.votes > b.votes || (a.votes === b.votes && a.name < b.name))), `${a.name} before ${b.name}`);
    }
    assert.ok(!authors.some((author) => author.name === '+'));
  });

  test('sorts by votes', async () => {
    await api.authorsView.sortBy('votes');
    const authors = api.authorsView.provider.getChildren().flatMap((node) => (node.kind === 'author' ? [node.author] : []));
    for (let i = 1; i < authors.length; i++) assert.ok(authors[i - 1].votes >= authors[i].votes, `${authors[i - 1].name} before ${authors[i].name}`);
    assert.equal(api.authorsView.view.description, 'by votes');
  });

  test('filters by words of a name, as the Papers filter does, and says so in the view', async () => {
    await vscode.commands.executeCommand('dailyPapers.authors.filter', 'QI zhang');
    assert.deepEqual(
      api.authorsView.provider.getChildren().map((node) => shown(api, node).label),
      ['Qi Zhang'],
    );
    assert.equal(api.authorsView.view.description, 'Filter: QI zhang');
    assert.match(api.authorsView.view.message ?? '', /^Showing 1 of \d+ authors matching “QI zhang”\.$/);
    await vscode.commands.executeCommand('dailyPapers.authors.filter', 'no such person');
    assert.deepEqual(api.authorsView.provider.getChildren(), []);
    assert.equal(api.authorsView.view.message, 'No author matches “no such person”.');
    await vscode.commands.executeCommand('dailyPapers.authors.clearFilter');
    assert.equal(api.authorsView.view.message, undefined);
  });

  test('expands an author to their papers, shown like the Papers view with the same click and context menus', async () => {
    const provider = api.authorsView.provider;
    const qi = authorNamed(api, 'Qi Zhang')!;
    const papers = provider.getChildren(qi);
    assert.deepEqual(
      papers.map((node) => shown(api, node)),
      [
        { label: 'AllHands: Ask Me Anything on Large-scale Verbatim Feedback via Large Language Models', description: '2024-03-25 (Mon) · ▲3 · Xue et al.' },
        { label: 'StepCoder: Improve Code Generation with Reinforcement Learning from Compiler Feedback', description: '2024-02-05 (Mon) · ▲28 · Shen et al.' },
      ],
    );
    const item = provider.getTreeItem(papers[1]);
    assert.equal(item.contextValue, 'paper.arxiv');
    assert.equal(provider.getParent(papers[1]), qi);

    await vscode.commands.executeCommand('dailyPapers.paper.copyArxivId', papers[1]);
    assert.equal(await vscode.env.clipboard.readText(), '2402.01391');
    await vscode.commands.executeCommand(item.command!.command, ...((item.command!.arguments ?? []) as unknown[]));
    const editor = vscode.window.activeTextEditor!;
    assert.ok(editor.document.uri.path.endsWith('/2024-02-05.md'));
    assert.match(editor.document.lineAt(editor.selection.active.line).text, /^### \[StepCoder/);

    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { menus: Record<string, { command: string; when?: string; group?: string }[]> } };
    const menu = (view: string) =>
      manifest.contributes.menus['view/item/context']
        .filter((each) => each.when?.startsWith(`view == ${view} `))
        .map((each) => `${each.command} ${each.group} ${each.when?.replace(`view == ${view} `, '')}`)
        .filter((each) => each.includes('paper'))
        .sort();
    assert.deepEqual(menu('dailyPapers.authors'), menu('dailyPapers.papers'));
  });

  test('reveals an author, and "Show Author\'s Papers" picks the author of a paper; figures follow an edit', async () => {
    await vscode.commands.executeCommand('dailyPapers.authors.filter', 'StepCoder');
    await vscode.commands.executeCommand('dailyPapers.authors.reveal', 'Qi Zhang');
    await waitFor(() => api.authorsView.view.selection[0]?.kind === 'author', 'the author to be selected');
    const selected = api.authorsView.view.selection[0];
    assert.equal(selected.kind === 'author' && selected.author.name, 'Qi Zhang');
    assert.equal(api.authorsView.provider.model.treeOptions.filter, '', 'a filter that hides the author is cleared');

    const uri = await writeWorkspaceFile('authors-solo.md', SOLO);
    try {
      await waitFor(async () => {
        await api.workspaceIndex.index.settle();
        return api.archiveStats.stats.author('Zed Solo') !== undefined;
      }, 'the new digest to be counted');
      const paper = api.workspaceIndex.index.papersById('2405.99001')[0];
      await vscode.commands.executeCommand('dailyPapers.paper.showAuthorPapers', { kind: 'paper', id: 'test', paper });
      await waitFor(() => {
        const node = api.authorsView.view.selection[0];
        return node?.kind === 'author' && node.author.name === 'Zed Solo';
      }, 'Zed Solo to be revealed');
      assert.deepEqual(shown(api, api.authorsView.view.selection[0]), { label: 'Zed Solo', description: '1 paper · ▲77' });

      await writeWorkspaceFile('authors-solo.md', SOLO.replace('Vote: 77', 'Vote: 80').replace('Zed Solo', 'Zed Solo, Qi Zhang'));
      await waitFor(async () => {
        await api.workspaceIndex.index.settle();
        const qi = authorNamed(api, 'Qi Zhang');
        return qi !== undefined && shown(api, qi).description === '3 papers · ▲111';
      }, 'Qi Zhang to count the edited paper');
    } finally {
      await deleteIfPresent(uri);
      await waitFor(async () => {
        await api.workspaceIndex.index.settle();
        return api.archiveStats.stats.author('Zed Solo') === undefined;
      }, 'the deleted digest to leave the figures');
    }
  });
});
