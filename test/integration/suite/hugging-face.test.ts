import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { applyEdits } from '../../../src/core/fix';
import { DEFAULT_SUMMARY_TEMPLATE, mergeDay, readAnswer, renderDaySection } from '../../../src/core/huggingface';
import { startFeedServer, type FeedServer } from '../../support/feed-server';
import { fixtureUri, openFixture } from '../helpers';
import { deleteIfPresent, papersApi } from '../papers-helpers';

// dist/test/suite → the recorded answers beside the checkout, ../shared/hf-api.
const HF_API = process.env.DAILY_PAPERS_HF_API ?? path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'hf-api');
const options = { summaryTemplate: DEFAULT_SUMMARY_TEMPLATE };

// Skipped, like the corpus tests, when the recorded answers are not beside the checkout.
(existsSync(HF_API) ? suite : suite.skip)('Hugging Face', () => {
  let server: FeedServer;
  const settings = () => vscode.workspace.getConfiguration('dailyPapers.huggingFace');
  const useFeed = (behaviour: string) => settings().update('endpoint', `${server.url}/${behaviour}`, vscode.ConfigurationTarget.Global);
  const decoder = new TextDecoder();
  const onDisk = async (uri: vscode.Uri) => decoder.decode(await vscode.workspace.fs.readFile(uri));
  const answer = async (name: string, date = name) => readAnswer(decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.file(path.join(HF_API, `${name}.json`)))), date).papers;

  suiteSetup(async () => {
    await papersApi();
    server = await startFeedServer(HF_API, 4000);
    // code-server would otherwise save the buffers these tests keep unsaved.
    await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global);
  });

  suiteTeardown(async () => {
    await settings().update('endpoint', undefined, vscode.ConfigurationTarget.Global);
    await settings().update('timeoutSeconds', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('files').update('autoSave', undefined, vscode.ConfigurationTarget.Global);
    await server.close();
  });

  teardown(async () => {
    for (const editor of vscode.window.visibleTextEditors) {
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('New Digest from Hugging Face writes the day beside the digests, with the cursor on the first summary to write', async () => {
    await useFeed('replay');
    const target = fixtureUri('2024-04-01.md');
    try {
      const message = await vscode.commands.executeCommand<string>('dailyPapers.huggingFace.newDigest', '2024-04-01');
      assert.equal(message, 'Wrote 11 papers for 2024-04-01: the summaries are left to write.');
      assert.equal(await onDisk(target), renderDaySection('2024-04-01', await answer('2024-04-01-hostile', '2024-04-01'), options));
      const editor = vscode.window.activeTextEditor!;
      assert.equal(editor.document.uri.toString(), target.toString());
      assert.equal(editor.document.lineAt(editor.selection.active.line).text, "- **What's New**:");
      assert.equal(editor.selection.active.character, "- **What's New**:".length);
      assert.match(editor.document.getText(), /^## Daily Papers \(2024-04-01\)\n\n### \[Brackets \\\] and \(parens\) in a \\\[title\\\]\]\(https:\/\/arxiv\.org\/abs\/2404\.00001\)\n/);
      const diagnostics = await waitForDiagnostics(target);
      assert.ok(diagnostics.some((diagnostic) => diagnostic.code && JSON.stringify(diagnostic.code).includes('DP054')), 'the placeholders are reported as unfinished');
    } finally {
      await deleteIfPresent(target);
    }
  });

  test('into an unsaved buffer of an existing digest: missing papers added, votes updated, one undo step, disk untouched', async () => {
    await useFeed('replay');
    const uri = fixtureUri('2024-03-25.md');
    const saved = await onDisk(uri);
    const editor = await openFixture('2024-03-25.md');
    const document = editor.document;
    // Unsaved: a note at the top, the first entry's vote changed, the second entry deleted.
    const second = document.getText().indexOf('### [LLM2LLM');
    const third = document.getText().indexOf('### [', second + 4);
    await editor.edit((builder) => {
      builder.insert(new vscode.Position(0, 0), '<!-- my note -->\n\n');
      builder.replace(lineRange(document, 'Vote: 16'), 'Vote: 3');
      builder.delete(new vscode.Range(document.positionAt(second), document.positionAt(third)));
    });
    const edited = document.getText();
    const expected = applyEdits(edited, mergeDay(edited, '2024-03-25', await answer('2024-03-25'), options).edits);

    const message = await vscode.commands.executeCommand<string>('dailyPapers.huggingFace.newDigest', '2024-03-25');
    assert.equal(message, '2024-03-25: 1 paper added, 1 vote updated.');
    assert.equal(document.getText(), expected);
    assert.ok(document.getText().startsWith('<!-- my note -->\n\n## Daily Papers (2024-03-25)'), 'the unsaved note is kept');
    assert.ok(document.getText().includes('Vote: 16') && document.getText().includes('### [LLM2LLM'));
    assert.ok(document.isDirty);
    assert.equal(await onDisk(uri), saved);

    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), edited, 'one undo step takes the whole merge back');
  });

  test('Refresh Votes updates only the Vote lines of the day at the cursor, as one undo step', async () => {
    await useFeed('replay');
    const editor = await openFixture('2024-02-05.md');
    const document = editor.document;
    const original = document.getText();
    const voteLines = [...Array(document.lineCount).keys()].filter((line) => /^Vote: \d+$/.test(document.lineAt(line).text)).slice(0, 2);
    const votes = voteLines.map((line, i) => ({ line, original: document.lineAt(line).text, changed: `Vote: ${1000 + i}` }));
    const extra = '### [A paper the feed does not list](https://arxiv.org/abs/2401.00001)\n\nVote: 7\n\nAuthors: Someone\n\n- text\n\n';
    await editor.edit((builder) => {
      for (const vote of votes) builder.replace(document.lineAt(vote.line).range, vote.changed);
      builder.insert(document.positionAt(original.indexOf('### [', original.indexOf('### [') + 4)), extra);
    });
    const edited = document.getText();
    editor.selection = new vscode.Selection(10, 0, 10, 0);

    const message = await vscode.commands.executeCommand<string>('dailyPapers.huggingFace.refreshVotes');
    assert.equal(message, '2 votes updated, 1 paper not on Hugging Face.');
    assert.equal(document.getText(), restoreVotes(edited, votes));
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), edited);
  });

  test('Refresh Votes with the cursor outside any day refreshes every day of the digest', async () => {
    await useFeed('replay');
    const second = await onDisk(fixtureUri('2024-02-05.md'));
    const editor = await openFixture('2024-03-25.md');
    const document = editor.document;
    await editor.edit((builder) => {
      builder.insert(new vscode.Position(0, 0), '# Two days\n\n');
      builder.insert(document.lineAt(document.lineCount - 1).range.end, `\n${second}`);
    });
    const both = document.getText();
    const firstVotes = [...both.matchAll(/^Vote: \d+$/gm)];
    const changed = [firstVotes[0], firstVotes[firstVotes.length - 1]];
    await editor.edit((builder) => {
      for (const [i, vote] of changed.entries()) builder.replace(new vscode.Range(document.positionAt(vote.index), document.positionAt(vote.index + vote[0].length)), `Vote: ${2000 + i}`);
    });
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    assert.equal(await vscode.commands.executeCommand<string>('dailyPapers.huggingFace.refreshVotes'), '2 votes updated.');
    assert.equal(document.getText(), both);
  });

  for (const [behaviour, expected] of [
    ['500', /^Hugging Face answered HTTP 500 .*Nothing was changed\.$/],
    ['429', /^Hugging Face answered HTTP 429 .*too many requests.*Nothing was changed\.$/],
    ['html', /^Hugging Face answered with an HTML page instead of the list of papers\. Nothing was changed\.$/],
    ['truncated', /not JSON \(perhaps cut off\) instead of the list of papers\. Nothing was changed\.$/],
    ['empty', /^Hugging Face lists no papers for 2024-03-25 yet\. Nothing was changed\.$/],
    ['reset', /^Could not reach 127\.0\.0\.1:\d+: .* Nothing was changed\.$/],
    ['slow', /^Hugging Face did not answer within 1 s .* Nothing was changed\.$/],
  ] as const) {
    test(`${behaviour}: both commands say what went wrong and change nothing, on disk or in the buffer`, async () => {
      await useFeed(behaviour);
      await settings().update('timeoutSeconds', 1, vscode.ConfigurationTarget.Global);
      try {
        const editor = await openFixture('2024-03-25.md');
        await editor.edit((builder) => builder.replace(lineRange(editor.document, 'Vote: 16'), 'Vote: 3'));
        const before = editor.document.getText();
        const saved = await onDisk(fixtureUri('2024-03-25.md'));
        assert.match((await vscode.commands.executeCommand<string>('dailyPapers.huggingFace.newDigest', '2024-03-25')), expected);
        assert.match((await vscode.commands.executeCommand<string>('dailyPapers.huggingFace.refreshVotes')), expected);
        assert.equal(editor.document.getText(), before);
        assert.equal(await onDisk(fixtureUri('2024-03-25.md')), saved);
        const absent = fixtureUri('2024-03-24.md');
        assert.match((await vscode.commands.executeCommand<string>('dailyPapers.huggingFace.newDigest', '2024-03-24')).replace('2024-03-24', '2024-03-25'), expected);
        await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(absent)), 'no file is created');
      } finally {
        await settings().update('timeoutSeconds', undefined, vscode.ConfigurationTarget.Global);
      }
    });
  }
});

function lineRange(document: vscode.TextDocument, text: string): vscode.Range {
  const at = document.getText().indexOf(`\n${text}\n`) + 1;
  assert.ok(at > 0, `line ${text}`);
  return new vscode.Range(document.positionAt(at), document.positionAt(at + text.length));
}

function restoreVotes(text: string, votes: { original: string; changed: string }[]): string {
  let result = text;
  for (const vote of votes) result = result.replace(`${vote.changed}\n`, `${vote.original}\n`);
  return result;
}

async function waitForDiagnostics(uri: vscode.Uri): Promise<vscode.Diagnostic[]> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const diagnostics = vscode.languages.getDiagnostics(uri);
    if (diagnostics.length > 0) return diagnostics;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return [];
}
