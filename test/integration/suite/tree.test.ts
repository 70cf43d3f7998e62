import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DailyPapersApi } from '../../../src/extension';
import { EXTENSION_ID, openFixture, waitFor } from '../helpers';
import {
  dayNode,
  dayNodes,
  deleteIfPresent,
  digestText,
  labels,
  paperLabels,
  papersApi,
  seedDayNodes,
  setTreeSetting,
  shown,
  waitForTree,
  writeWorkspaceFile,
} from '../papers-helpers';

const MARCH_PAPERS_BY_VOTES = [
  'Can large language models explore in-context?',
  'LLM2LLM: Boosting LLMs with Novel Iterative Data Enhancement',
  'Champ: Controllable and Consistent Human Image Animation with 3D Parametric Guidance',
];

suite('Papers tree', () => {
  let api: DailyPapersApi;

  suiteSetup(async () => {
    api = await papersApi();
  });

  teardown(async () => {
    for (const key of ['sortPapers', 'groupByMonth', 'sortDays']) await setTreeSetting(key, undefined);
    await vscode.commands.executeCommand('dailyPapers.tree.clearFilter');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('shows the fixture days under year and month, newest first, with counts and votes', () => {
    const provider = api.paperTree.provider;
    const year = provider.getChildren().find((node) => shown(api, node).label === '2024');
    assert.ok(year);
    const months = provider.getChildren(year).filter((node) => ['March', 'February'].includes(shown(api, node).label));
    assert.deepEqual(labels(api, months), ['March', 'February']);
    assert.deepEqual(
      seedDayNodes(api).map((node) => shown(api, node)),
      [
        { label: '2024-03-25 (Mon)', description: '13 papers · ▲101' },
        { label: '2024-02-05 (Mon)', description: '9 papers · ▲150' },
      ],
    );
    const march = dayNode(api, '2024-03-25 (Mon)')!;
    assert.equal(provider.getParent(march), months[0]);
    assert.equal(provider.getParent(months[0]), year);
  });

  test('papers carry a description, an icon for their media, a click that reveals the heading and a tooltip card', async () => {
    const provider = api.paperTree.provider;
    const february = dayNode(api, '2024-02-05 (Mon)')!;
    const papers = provider.getChildren(february);
    const boximator = papers.find((node) => shown(api, node).label.startsWith('Boximator'))!;
    const item = provider.getTreeItem(boximator);
    assert.equal(item.description, '▲14 · Wang et al.');
    assert.equal((item.iconPath as vscode.ThemeIcon).id, 'device-camera-video');
    assert.equal((provider.getTreeItem(papers[0]).iconPath as vscode.ThemeIcon).id, 'file-media');
    assert.equal(item.contextValue, 'paper.arxiv');

    // The tooltip is the hover card (src/core/hover-card.ts): only the card's own commands are trusted.
    const tooltip = provider.resolveTreeItem(item, boximator).tooltip as vscode.MarkdownString;
    assert.deepEqual(tooltip.isTrusted, { enabledCommands: ['dailyPapers.revealEntry', 'dailyPapers.paper.copyArxivId'] });
    assert.equal(tooltip.supportHtml, false);
    const paragraphs = tooltip.value.split('\n\n');
    assert.equal(paragraphs[0], '**Boximator\\: Generating Rich and Controllable Motions for Video Synthesis**');
    assert.match(paragraphs[1], /^▲14 · \[2024\\-02\\-05\]\(command:dailyPapers\.revealEntry\?[^)]*2024-02-05\.md[^)]*%2C59%5D\)$/);
    assert.equal(paragraphs[2], 'Jiawei Wang, Yan Zeng, Yuchen Zhang, Jiaxin Zou, Hang Li, Liping Yuan, Guoqiang Wei');
    assert.equal(paragraphs[3], '▶ video');
    assert.match(paragraphs[4], /^동영상 합성에서/);
    assert.match(paragraphs[5], /^\[arXiv\]\(https:\/\/arxiv\.org\/abs\/2402\.01566\) · /);

    assert.ok(item.command);
    await vscode.commands.executeCommand(item.command.command, ...((item.command.arguments ?? []) as unknown[]));
    const editor = vscode.window.activeTextEditor!;
    assert.match(editor.document.uri.path, /2024-02-05\.md$/);
    assert.equal(editor.selection.active.line, 59);
    assert.match(editor.document.lineAt(59).text, /^### \[Boximator/);
  });

  test('keeps ids stable across refreshes', async () => {
    const before = seedDayNodes(api).map((node) => api.paperTree.provider.getTreeItem(node).id);
    await api.workspaceIndex.rebuild();
    const after = seedDayNodes(api).map((node) => api.paperTree.provider.getTreeItem(node).id);
    assert.deepEqual(after, before);
    assert.equal(new Set(after).size, after.length);
  });

  test('sorts papers by votes, digest order or title, as chosen', async () => {
    const uri = await writeWorkspaceFile('it-sort.md', digestText('2031-05-06', [['Beta', 1], ['Alpha', 9], ['Gamma', 5]]));
    try {
      await waitForTree(api, () => paperLabels(api, '2031-05-06 (Tue)').length === 3, 'the new digest in the tree');
      assert.deepEqual(paperLabels(api, '2031-05-06 (Tue)'), ['Alpha', 'Gamma', 'Beta']);
      assert.deepEqual(paperLabels(api, '2024-03-25 (Mon)').slice(0, 3), MARCH_PAPERS_BY_VOTES);
      await setTreeSetting('sortPapers', 'digest');
      await waitForTree(api, () => paperLabels(api, '2031-05-06 (Tue)')[0] === 'Beta', 'digest order');
      assert.deepEqual(paperLabels(api, '2031-05-06 (Tue)'), ['Beta', 'Alpha', 'Gamma']);
      await setTreeSetting('sortPapers', 'title');
      await waitForTree(api, () => paperLabels(api, '2031-05-06 (Tue)')[1] === 'Beta', 'title order');
      assert.deepEqual(paperLabels(api, '2031-05-06 (Tue)'), ['Alpha', 'Beta', 'Gamma']);
      assert.deepEqual(paperLabels(api, '2024-03-25 (Mon)').slice(0, 2), ['AllHands: Ask Me Anything on Large-scale Verbatim Feedback via Large Language Models', 'Can large language models explore in-context?']);
    } finally {
      await deleteIfPresent(uri);
      await waitForTree(api, () => !dayNode(api, '2031-05-06 (Tue)'), 'the temporary digest to leave the tree');
    }
  });

  test('shows a flat list of days, oldest first, when so set', async () => {
    await setTreeSetting('groupByMonth', false);
    await setTreeSetting('sortDays', 'oldestFirst');
    await waitForTree(api, () => api.paperTree.provider.getChildren()[0]?.kind === 'day', 'a flat list');
    const roots = api.paperTree.provider.getChildren();
    assert.ok(roots.every((node) => node.kind === 'day'));
    assert.deepEqual(labels(api, roots.filter((node) => seedDayNodes(api).some((seed) => seed.id === node.id))), ['2024-02-05 (Mon)', '2024-03-25 (Mon)']);
  });

  test('filters papers by words of title, author or id, and shows the filter', async () => {
    await vscode.commands.executeCommand('dailyPapers.tree.filter', 'language foster');
    assert.deepEqual(labels(api, seedDayNodes(api)), ['2024-03-25 (Mon)']);
    assert.deepEqual(paperLabels(api, '2024-03-25 (Mon)'), ['Can large language models explore in-context?']);
    assert.equal(shown(api, dayNode(api, '2024-03-25 (Mon)')!).description, '1 of 13 papers · ▲16');
    assert.equal(api.paperTree.view.description, 'Filter: language foster');
    await vscode.commands.executeCommand('dailyPapers.tree.filter', '2402.01566');
    assert.deepEqual(paperLabels(api, '2024-02-05 (Mon)'), ['Boximator: Generating Rich and Controllable Motions for Video Synthesis']);
    await vscode.commands.executeCommand('dailyPapers.tree.filter', 'no such words anywhere');
    assert.deepEqual(dayNodes(api), []);
    assert.match(api.paperTree.view.message ?? '', /No paper matches/);
    await vscode.commands.executeCommand('dailyPapers.tree.clearFilter');
    assert.equal(seedDayNodes(api).length, 2);
    assert.equal(api.paperTree.view.description, undefined);
  });

  test('says in the view that a filter is on, since a view alone in its container shows no description', async () => {
    await vscode.commands.executeCommand('dailyPapers.tree.filter', 'language foster');
    assert.match(api.paperTree.view.message ?? '', /^Showing 1 of \d+ papers matching “language foster”\.$/);
    await vscode.commands.executeCommand('dailyPapers.tree.clearFilter');
    assert.equal(api.paperTree.view.message, undefined);
  });

  test('the view offers Filter and Sort only once it shows digests (not above the welcome view)', () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { menus: Record<string, { command: string; when?: string }[]> } };
    for (const command of ['dailyPapers.tree.filter', 'dailyPapers.tree.sort']) {
      const entry = manifest.contributes.menus['view/title'].find((each) => each.command === command);
      assert.ok(entry, `${command} is in the view's toolbar`);
      assert.match(entry.when ?? '', /(^|&& )dailyPapers\.workspaceState == ready( &&|$)/, `${command} is hidden while there is no digest`);
    }
  });

  test('keeps the days the user expanded expanded after a filter is cleared', async () => {
    const march = () => dayNode(api, '2024-03-25 (Mon)')!;
    const state = () => api.paperTree.provider.getTreeItem(march()).collapsibleState;
    assert.equal(state(), vscode.TreeItemCollapsibleState.Collapsed, 'days start collapsed');
    await api.paperTree.view.reveal(march(), { expand: true, select: false, focus: false });
    await waitFor(() => state() === vscode.TreeItemCollapsibleState.Expanded, 'the expanded day to be remembered');
    await vscode.commands.executeCommand('dailyPapers.tree.filter', 'language foster');
    await vscode.commands.executeCommand('dailyPapers.tree.clearFilter');
    assert.equal(state(), vscode.TreeItemCollapsibleState.Expanded);
  });

  test('tooltip cards leave no bare URL or e-mail address of the digest for Markdown to turn into a link', async () => {
    const text = [
      '## Daily Papers (2031-12-01)',
      '',
      '### [See https://evil.example/x or www.evil.example](https://arxiv.org/abs/2401.30001)',
      '',
      'Vote: 2',
      '',
      'Authors: Mallory (https://evil.example/), eve@evil.example',
      '',
      '- Details at <https://evil.example/a> and ftp://evil.example/b.',
      '',
    ].join('\n');
    const uri = await writeWorkspaceFile('it-links.md', text);
    try {
      await waitForTree(api, () => paperLabels(api, '2031-12-01 (Mon)').length === 1, 'the digest in the tree');
      const [node] = api.paperTree.provider.getChildren(dayNode(api, '2031-12-01 (Mon)'));
      const item = api.paperTree.provider.getTreeItem(node);
      const tooltip = api.paperTree.provider.resolveTreeItem(item, node).tooltip as vscode.MarkdownString;
      // GFM autolinks `scheme://…`, `www.…` and `name@host.tld` in plain text: none may be left unescaped
      // (the card's own links to arXiv, Hugging Face and its commands left aside).
      const own = /\]\((?:https:\/\/(?:arxiv\.org|huggingface\.co)\/[^)]*|command:dailyPapers\.[^)]*)\)/g;
      assert.doesNotMatch(tooltip.value.replace(own, ']'), /(?:https?|ftp):\/\/|www\.|[\w.+-]+@[\w-]+\.\w/i);
      const plain = tooltip.value.replace(/\\(.)/g, '$1');
      assert.ok(plain.includes('**See https://evil.example/x or www.evil.example**'), plain);
      assert.ok(plain.includes('Mallory (https://evil.example/), eve@evil.example'), plain);
      assert.ok(plain.includes('Details at <https://evil.example/a> and ftp://evil.example/b.'), plain);
    } finally {
      await deleteIfPresent(uri);
      await waitForTree(api, () => !dayNode(api, '2031-12-01 (Mon)'), 'the temporary digest to leave the tree');
    }
  });

  test('shows unsaved edits of a digest, and the disk contents again after a revert', async () => {
    const uri = await writeWorkspaceFile('it-unsaved.md', digestText('2031-09-10', [['Saved title', 3]]));
    const files = vscode.workspace.getConfiguration('files');
    await files.update('autoSave', 'off', vscode.ConfigurationTarget.Global); // code-server saves after a delay by default
    try {
      await waitForTree(api, () => paperLabels(api, '2031-09-10 (Wed)')[0] === 'Saved title', 'the new digest in the tree');
      const editor = await vscode.window.showTextDocument(uri);
      const heading = editor.document.lineAt(2);
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri, heading.range, '### [Edited, not saved](https://arxiv.org/abs/2401.10000)');
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.ok(editor.document.isDirty);
      await waitForTree(api, () => paperLabels(api, '2031-09-10 (Wed)')[0] === 'Edited, not saved', 'the unsaved title in the tree');
      await vscode.commands.executeCommand('workbench.action.files.revert');
      assert.equal(editor.document.isDirty, false);
      await waitForTree(api, () => paperLabels(api, '2031-09-10 (Wed)')[0] === 'Saved title', 'the saved title back in the tree');
    } finally {
      await files.update('autoSave', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await deleteIfPresent(uri);
      await waitForTree(api, () => !dayNode(api, '2031-09-10 (Wed)'), 'the temporary digest to leave the tree');
    }
  });

  test('adds a created digest, follows its rename and drops its day when it is deleted', async () => {
    const created = await writeWorkspaceFile('it-created.md', digestText('2031-07-08', [['Created paper', 3]]));
    const renamed = vscode.Uri.joinPath(created, '..', 'it-renamed.md');
    try {
      await waitForTree(api, () => paperLabels(api, '2031-07-08 (Tue)').includes('Created paper'), 'the created digest');
      const edit = new vscode.WorkspaceEdit();
      edit.renameFile(created, renamed);
      assert.ok(await vscode.workspace.applyEdit(edit));
      await waitForTree(api, () => api.workspaceIndex.index.days().some((day) => day.file.uri === renamed.toString()), 'the renamed file');
      assert.equal(dayNodes(api).filter((node) => shown(api, node).label === '2031-07-08 (Tue)').length, 1);
      await vscode.workspace.fs.delete(renamed);
      await waitForTree(api, () => !dayNode(api, '2031-07-08 (Tue)'), 'the deleted day to leave the tree');
      assert.equal(seedDayNodes(api).length, 2);
    } finally {
      await deleteIfPresent(created);
      await deleteIfPresent(renamed);
    }
  });

  test('marks papers whose entry has diagnostics', async () => {
    const text = [
      '## Daily Papers (2031-11-12)',
      '',
      '### [Complete entry](https://arxiv.org/abs/2401.20001)',
      '',
      '![](https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2401.20001.png)',
      '',
      'Vote: 5',
      '',
      'Authors: Ada Lovelace',
      '',
      '- A summary.',
      '',
      '### [Entry without a Vote line](https://arxiv.org/abs/2401.20002)',
      '',
      '![](https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2401.20002.png)',
      '',
      'Authors: Alan Turing',
      '',
      '- A summary.',
      '',
    ].join('\n');
    const uri = await writeWorkspaceFile('it-problems.md', text);
    try {
      await vscode.window.showTextDocument(uri);
      await waitForTree(api, () => paperLabels(api, '2031-11-12 (Wed)').length === 2, 'the digest in the tree');
      await waitFor(() => vscode.languages.getDiagnostics(uri).some((diagnostic) => diagnostic.source === 'daily-papers'), 'diagnostics of the digest');
      const papers = api.paperTree.provider.getChildren(dayNode(api, '2031-11-12 (Wed)'));
      const decorationOf = (label: string) => {
        const node = papers.find((each) => shown(api, each).label === label)!;
        return api.paperTree.decorations.provideFileDecoration(api.paperTree.provider.getTreeItem(node).resourceUri!);
      };
      const problems = vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'daily-papers' && diagnostic.range.start.line >= 12);
      const marked = decorationOf('Entry without a Vote line');
      assert.ok(marked, 'the entry without a Vote line is marked');
      assert.equal(marked.badge, String(problems.length));
      assert.equal(decorationOf('Complete entry'), undefined);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await deleteIfPresent(uri);
      await waitForTree(api, () => !dayNode(api, '2031-11-12 (Wed)'), 'the temporary digest to leave the tree');
    }
  });

  test('reveals the paper under the cursor', async () => {
    const editor = await openFixture('2024-03-25.md');
    const line = 40; // inside "Champ: …"
    editor.selection = new vscode.Selection(line, 0, line, 0);
    const node = api.paperTree.provider.paperNodeAt(editor.document.uri.toString(), line);
    assert.ok(node);
    assert.match(shown(api, node).label, /^Champ:/);
    await vscode.commands.executeCommand('dailyPapers.revealCurrentPaper');
    await waitForTree(api, () => api.paperTree.view.selection[0]?.id === node.id, 'the paper to be selected in the tree');
  });
});
