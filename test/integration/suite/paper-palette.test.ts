import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DailyPapersApi } from '../../../src/extension';
import { fixtureUri, openFixture, waitFor } from '../helpers';
import { papersApi } from '../papers-helpers';

/** The quick picks the commands create, observed through the extension's HostUi seam. */
function watchQuickPicks(api: DailyPapersApi): { picks: vscode.QuickPick<vscode.QuickPickItem>[]; stop: vscode.Disposable } {
  const picks: vscode.QuickPick<vscode.QuickPickItem>[] = [];
  const stop = api.hostUi.replace({
    createQuickPick: <T extends vscode.QuickPickItem>() => {
      const pick = vscode.window.createQuickPick<T>();
      picks.push(pick);
      return pick;
    },
  });
  return { picks, stop };
}

async function loadedPick(picks: vscode.QuickPick<vscode.QuickPickItem>[]): Promise<vscode.QuickPick<vscode.QuickPickItem>> {
  await waitFor(() => picks.length === 1 && !picks[0].busy && picks[0].items.length > 0, 'the quick pick to list its items');
  return picks[0];
}

async function accept(pick: vscode.QuickPick<vscode.QuickPickItem>, label: string): Promise<void> {
  const item = pick.items.find((each) => each.label === label);
  assert.ok(item, `“${label}” among the items`);
  pick.activeItems = [item];
  // The extension host sends quick pick changes to the workbench after a zero timeout; the command
  // follows on the same channel, so once that timeout has run the workbench knows the active item.
  await new Promise((resolve) => setTimeout(resolve, 100));
  await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
}

const TOP_BY_VOTES = [
  'Specialized Language Models with Cheap Inference from Limited Domain Data',
  'StepCoder: Improve Code Generation with Reinforcement Learning from Compiler Feedback',
  'PokéLLMon: A Human-Parity Agent for Pokémon Battles with Large Language Models',
  'TravelPlanner: A Benchmark for Real-World Planning with Language Agents',
  'Can large language models explore in-context?',
  'LLM2LLM: Boosting LLMs with Novel Iterative Data Enhancement',
];

suite('Paper palette', () => {
  let api: DailyPapersApi;
  let opened: string[];
  let seam: vscode.Disposable;

  suiteSetup(async () => {
    api = await papersApi();
  });

  setup(() => {
    opened = [];
    seam = api.hostUi.replace({
      openExternal: (uri) => {
        opened.push(uri.toString(true));
        return Promise.resolve(true);
      },
    });
  });

  teardown(async () => {
    seam.dispose();
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('Open Paper on arXiv with the cursor in an entry opens its canonical abs URL', async () => {
    const editor = await openFixture('2024-03-25.md');
    editor.selection = new vscode.Selection(8, 10, 8, 10); // the first entry's Authors line
    await vscode.commands.executeCommand('dailyPapers.paper.openOnArxiv');
    assert.deepEqual(opened, ['https://arxiv.org/abs/2403.15371']);
  });

  test('on an arXiv link of a plain Markdown file, the palette commands act on that paper', async () => {
    const editor = await openFixture('notes.md');
    const column = editor.document.lineAt(7).text.indexOf('pdf/2403.15042');
    editor.selection = new vscode.Selection(7, column, 7, column);
    await vscode.commands.executeCommand('dailyPapers.paper.openOnArxiv');
    await vscode.commands.executeCommand('dailyPapers.paper.openPdf');
    await vscode.commands.executeCommand('dailyPapers.paper.openOnHuggingFace');
    assert.deepEqual(opened, ['https://arxiv.org/abs/2403.15042', 'https://arxiv.org/pdf/2403.15042', 'https://huggingface.co/papers/2403.15042']);
    await vscode.commands.executeCommand('dailyPapers.paper.copyBibtex');
    const bibtex = await vscode.env.clipboard.readText();
    assert.match(bibtex, /^@misc\{keutzer2024llm2llm,\n {2}title = \{LLM2LLM: Boosting LLMs with Novel Iterative Data Enhancement\},\n {2}author = \{Kurt Keutzer and Nicholas Lee and /);
    assert.match(bibtex, /\n {2}year = \{2024\},\n {2}month = mar,\n {2}eprint = \{2403\.15042\},\n {2}archivePrefix = \{arXiv\},\n/);
  });

  test('the card’s Copy ID link copies the id it carries', async () => {
    await vscode.commands.executeCommand('dailyPapers.paper.copyArxivId', '2402.01566');
    assert.equal(await vscode.env.clipboard.readText(), '2402.01566');
  });

  test('with no editor, Open Paper on arXiv offers every paper by votes and opens the one chosen', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const { picks, stop } = watchQuickPicks(api);
    try {
      const running = vscode.commands.executeCommand('dailyPapers.paper.openOnArxiv');
      const pick = await loadedPick(picks);
      assert.deepEqual(pick.items.slice(0, TOP_BY_VOTES.length).map((item) => item.label), TOP_BY_VOTES);
      assert.equal(pick.items[0].description, '▲28 · 2024-02-05 · 2402.01093');
      assert.equal(pick.items[4].detail, 'Dylan J. Foster, Keegan Harris, Aleksandrs Slivkins, Akshay Krishnamurthy, Cyril Zhang');
      assert.ok(pick.matchOnDescription && pick.matchOnDetail, 'typing matches the id and the authors too');
      const votes = pick.items.map((item) => Number(/^▲(\d+)/.exec(item.description ?? '')?.[1]));
      assert.deepEqual(votes, [...votes].sort((a, b) => b - a));
      const ids = new Set([...api.workspaceIndex.index.papers()].map((paper) => paper.id).filter((id) => id !== null));
      assert.equal(pick.items.length, ids.size, 'one item per paper with an arXiv id');
      await accept(pick, 'LLM2LLM: Boosting LLMs with Novel Iterative Data Enhancement');
      await running;
      assert.deepEqual(opened, ['https://arxiv.org/abs/2403.15042']);
    } finally {
      stop.dispose();
    }
  });

  test('Go to Paper… opens the chosen entry in the editor', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const { picks, stop } = watchQuickPicks(api);
    try {
      const running = vscode.commands.executeCommand('dailyPapers.goToPaper');
      await accept(await loadedPick(picks), 'Boximator: Generating Rich and Controllable Motions for Video Synthesis');
      await running;
      const editor = vscode.window.activeTextEditor;
      assert.equal(editor?.document.uri.toString(), fixtureUri('2024-02-05.md').toString());
      assert.equal(editor?.selection.active.line, 59);
      assert.deepEqual(opened, []);
    } finally {
      stop.dispose();
    }
  });

  test('in a workspace without papers, the pick says so and offers New Digest', async () => {
    const files = vscode.workspace.getConfiguration('dailyPapers.files');
    await files.update('include', 'no-such-folder/**/*.md', vscode.ConfigurationTarget.Global);
    const { picks, stop } = watchQuickPicks(api);
    try {
      await waitFor(async () => {
        await api.workspaceIndex.index.settle();
        return api.workspaceIndex.index.counts().papers === 0;
      }, 'the index to be empty');
      const running = vscode.commands.executeCommand('dailyPapers.paper.openOnArxiv');
      const pick = await loadedPick(picks);
      assert.deepEqual(pick.items.map((item) => item.label), ['$(new-file) New Digest…']);
      assert.match(pick.placeholder ?? '', /^No papers/);
      pick.hide();
      await running;
      assert.deepEqual(opened, []);
    } finally {
      stop.dispose();
      await files.update('include', undefined, vscode.ConfigurationTarget.Global);
      await waitFor(async () => {
        await api.workspaceIndex.index.settle();
        return api.workspaceIndex.index.counts().papers > 0;
      }, 'the papers to come back');
    }
  });
});
