import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DailyPapersApi } from '../../../src/extension';
import { fixtureUri, waitFor } from '../helpers';
import { deleteIfPresent, papersApi, writeWorkspaceFile } from '../papers-helpers';

/** The Markdown of every hover at a position, from every provider. */
async function hoversAt(file: string, line: number, character: number): Promise<string[]> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(file));
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(line, character));
  return hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value)));
}

/** Our cards: the only hovers whose last row links to the paper on Hugging Face. */
async function cardsAt(file: string, line: number, character: number): Promise<string[]> {
  return (await hoversAt(file, line, character)).filter((value) => value.includes('](https://huggingface.co/papers/'));
}

/** The column of `text` on a line of a fixture file, plus `offset`. */
async function columnOf(file: string, line: number, text: string, offset = 0): Promise<number> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(file));
  const column = document.lineAt(line).text.indexOf(text);
  assert.ok(column >= 0, `“${text}” on line ${line + 1} of ${file}`);
  return column + offset;
}

suite('Hover cards', () => {
  let api: DailyPapersApi;

  suiteSetup(async () => {
    api = await papersApi();
  });

  teardown(async () => {
    await vscode.workspace.getConfiguration('dailyPapers.hover').update('showThumbnail', undefined, vscode.ConfigurationTarget.Global);
  });

  test('a digest heading shows the card anywhere on its line: title, votes, day, authors, thumbnail, links', async () => {
    for (const character of [0, 10, 80]) {
      const cards = await cardsAt('2024-03-25.md', 2, character);
      assert.equal(cards.length, 1, `one card at character ${character}`);
      const blocks = cards[0].split('\n\n');
      assert.equal(blocks[0], '**Can large language models explore in\\-context?**');
      assert.match(blocks[1], /^▲16 · \[2024\\-03\\-25\]\(command:dailyPapers\.revealEntry\?/);
      assert.equal(blocks[2], 'Dylan J\\. Foster, Keegan Harris, Aleksandrs Slivkins, Akshay Krishnamurthy, Cyril Zhang');
      assert.equal(blocks[3], '![thumbnail](https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2403.15371.png|width=320)');
    }
  });

  test('an arXiv link in a plain notes.md shows the card of the paper the digests hold', async () => {
    const line = 7; // - [LLM2LLM](https://arxiv.org/pdf/2403.15042v1) from the March digest, and arXiv:2403.15371 …
    const [card] = await cardsAt('notes.md', line, await columnOf('notes.md', line, 'LLM2LLM'));
    assert.ok(card, 'a card on the link text');
    assert.equal(card.split('\n\n')[0], '**LLM2LLM\\: Boosting LLMs with Novel Iterative Data Enhancement**');
    assert.match(card.split('\n\n')[1], /^▲14 · /);
    const [onUrl] = await cardsAt('notes.md', line, await columnOf('notes.md', line, 'pdf/2403'));
    assert.equal(onUrl, card);
  });

  test('a written arXiv: id shows the card; an id no digest holds shows the small card', async () => {
    const line = 7;
    const [card] = await cardsAt('notes.md', line, await columnOf('notes.md', line, 'arXiv:2403.15371', 3));
    assert.ok(card, 'a card on arXiv:2403.15371');
    assert.equal(card.split('\n\n')[0], '**Can large language models explore in\\-context?**');
    assert.match(card.split('\n\n')[1], /^▲16 · /);
    const [unknown] = await cardsAt('notes.md', 6, await columnOf('notes.md', 6, 'Attention'));
    assert.equal(
      unknown,
      '**arXiv 1706\\.03762**\n\nNot in the digests of this workspace.\n\n[arXiv](https://arxiv.org/abs/1706.03762) · [PDF](https://arxiv.org/pdf/1706.03762) · [Hugging Face](https://huggingface.co/papers/1706.03762)',
    );
  });

  test('ordinary text gets nothing of ours', async () => {
    assert.deepEqual(await cardsAt('notes.md', 0, 3), []); // # Reading notes
    assert.deepEqual(await cardsAt('notes.md', 7, await columnOf('notes.md', 7, 'from the March')), []);
    assert.deepEqual(await cardsAt('2024-03-25.md', 6, 2), []); // Vote: 16
    assert.deepEqual(await cardsAt('2024-03-25.md', 8, 12), []); // Authors: …
  });

  test('with dailyPapers.hover.showThumbnail off, the card has no image', async () => {
    await vscode.workspace.getConfiguration('dailyPapers.hover').update('showThumbnail', false, vscode.ConfigurationTarget.Global);
    const [card] = await cardsAt('2024-03-25.md', 2, 5);
    assert.ok(card, 'a card');
    assert.ok(!card.includes('!['), card);
    assert.equal(card.split('\n\n')[0], '**Can large language models explore in\\-context?**');
  });

  test('the card and the Papers-view tooltip end the authors with "and others" when the feed left names out (+)', async () => {
    const text = '## Daily Papers (2031-11-03)\n\n### [Left out](https://arxiv.org/abs/2401.30002)\n\nVote: 5\n\nAuthors: Ada Lovelace, +, Alan Turing\n\n- A summary.\n';
    const uri = await writeWorkspaceFile('it-left-out.md', text);
    try {
      await waitFor(async () => {
        await api.workspaceIndex.index.settle();
        return api.workspaceIndex.index.papersById('2401.30002').length === 1;
      }, 'the digest in the index');
      const [card] = await cardsAt('it-left-out.md', 2, 5);
      assert.equal(card?.split('\n\n')[2], 'Ada Lovelace, Alan Turing and others');
      // The index tells the Papers view about the new file with its next change event, after it holds it.
      await waitFor(() => api.paperTree.provider.paperNodeAt(uri.toString(), 2) !== undefined, 'the paper in the Papers view');
      const node = api.paperTree.provider.paperNodeAt(uri.toString(), 2)!;
      const tooltip = api.paperTree.provider.resolveTreeItem(api.paperTree.provider.getTreeItem(node), node).tooltip as vscode.MarkdownString;
      assert.equal(tooltip.value, card);
    } finally {
      await deleteIfPresent(uri);
    }
  });
});
