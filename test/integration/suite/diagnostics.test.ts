import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { BROKEN_DIGEST } from '../fixtures';
import { fixtureUri, openFixture, waitFor } from '../helpers';
import { deleteIfPresent, papersApi, waitForTree, writeWorkspaceFile } from '../papers-helpers';

const SOURCE = 'daily-papers';

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === SOURCE);
}

function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

function codes(uri: vscode.Uri): string[] {
  return ours(uri).map(codeOf).sort();
}

async function waitForCodes(uri: vscode.Uri, expected: (codes: string[]) => boolean, description: string): Promise<void> {
  await waitFor(() => expected(codes(uri)), `${description} (now: ${codes(uri).join(' ') || 'none'})`, 15_000);
}

const BROKEN_CODES = ['DP012', 'DP013', 'DP021', 'DP030', 'DP031', 'DP041', 'DP042', 'DP051', 'DP061'];

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

async function revert(editor: vscode.TextEditor): Promise<void> {
  await vscode.window.showTextDocument(editor.document);
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

suite('Diagnostics', () => {
  let api: Awaited<ReturnType<typeof papersApi>>;

  suiteSetup(async () => {
    api = await papersApi();
    await writeWorkspaceFile('broken.md', BROKEN_DIGEST);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const created = ['broken.md', 'fix-on-save.md', 'same-day.md'].map((name) => fixtureUri(name).toString());
    for (const uri of created) await deleteIfPresent(vscode.Uri.parse(uri));
    await waitForTree(api, () => !api.workspaceIndex.index.days().some((day) => created.includes(day.file.uri)), 'the files of this suite to leave the index');
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('a broken digest gets one diagnostic per mistake, linked to its rule documentation', async () => {
    const uri = fixtureUri('broken.md');
    await openFixture('broken.md');
    await waitForCodes(uri, (found) => found.join(' ') === BROKEN_CODES.join(' '), `the diagnostics of broken.md to be ${BROKEN_CODES.join(' ')}`);

    const pdfLink = ours(uri).find((diagnostic) => codeOf(diagnostic) === 'DP012')!;
    assert.strictEqual(pdfLink.severity, vscode.DiagnosticSeverity.Warning);
    assert.deepStrictEqual([pdfLink.range.start.line, pdfLink.range.start.character, pdfLink.range.end.character], [2, 34, 68]);
    assert.match(pdfLink.message, /is a PDF link; expected `https:\/\/arxiv\.org\/abs\/2404\.01234`/);
    const target = (pdfLink.code as { target: vscode.Uri }).target;
    assert.ok(target.path.endsWith('/docs/rules.md'), target.toString());
    assert.strictEqual(target.fragment, 'dp012');

    const notArxiv = ours(uri).find((diagnostic) => codeOf(diagnostic) === 'DP013')!;
    assert.strictEqual(notArxiv.severity, vscode.DiagnosticSeverity.Error);
    const repeated = ours(uri).find((diagnostic) => codeOf(diagnostic) === 'DP042')!;
    assert.strictEqual(repeated.relatedInformation?.[0].location.uri.toString(), uri.toString());
  });

  test('the preferred quick fix repairs one mistake in a single undoable edit', async () => {
    const uri = fixtureUri('broken.md');
    const editor = await openFixture('broken.md');
    const original = editor.document.getText();
    await waitForCodes(uri, (found) => found.includes('DP012'), 'DP012 on broken.md');
    const pdfLink = ours(uri).find((diagnostic) => codeOf(diagnostic) === 'DP012')!;

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, pdfLink.range, vscode.CodeActionKind.QuickFix.value);
    const preferred = actions.filter((action) => action.isPreferred);
    assert.strictEqual(preferred.length, 1, actions.map((action) => action.title).join(' | '));
    assert.match(preferred[0].title, /Replace with https:\/\/arxiv\.org\/abs\/2404\.01234 \(DP012\)/);
    assert.ok(actions.some((action) => action.title === 'Show documentation for DP012/paper-url-not-canonical'));
    assert.ok(await vscode.workspace.applyEdit(preferred[0].edit!));

    assert.match(editor.document.lineAt(2).text, /\(https:\/\/arxiv\.org\/abs\/2404\.01234\)$/);
    await waitForCodes(uri, (found) => !found.includes('DP012') && found.includes('DP013'), 'DP012 to go away while the others stay');
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), original);
    await revert(editor);
  });

  test('"Fix all supported Daily Papers violations" leaves only what needs a person, in one undo step', async () => {
    const uri = fixtureUri('broken.md');
    const editor = await openFixture('broken.md');
    const original = editor.document.getText();
    await waitForCodes(uri, (found) => found.includes('DP041'), 'DP041 on broken.md');
    const pythonList = ours(uri).find((diagnostic) => codeOf(diagnostic) === 'DP041')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, pythonList.range);
    const fixAll = actions.find((action) => action.title === 'Fix all supported Daily Papers violations');
    assert.ok(fixAll?.edit, actions.map((action) => action.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));

    await waitForCodes(uri, (found) => found.join(' ') === 'DP013 DP030 DP031', 'only DP013, DP030 and DP031 to remain');
    assert.match(editor.document.getText(), /^Authors: Ada Lovelace, Alan Turing$/m);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), original);
    await revert(editor);
  });

  test('source.fixAll.dailyPapers in editor.codeActionsOnSave fixes the file when it is saved', async () => {
    const copy = fixtureUri('fix-on-save.md');
    // Another day and id than broken.md, so that the copy is not a cross-file duplicate (DP004, DP014).
    await writeText(copy, (await readText(fixtureUri('broken.md'))).replace('2024-04-02', '2024-04-03').replace('2404.01234', '2404.01236'));
    const markdown = vscode.workspace.getConfiguration('editor', { languageId: 'markdown' });
    await markdown.update('codeActionsOnSave', { 'source.fixAll.dailyPapers': 'explicit' }, vscode.ConfigurationTarget.Workspace, true);
    try {
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(copy));
      await waitForCodes(copy, (found) => found.includes('DP012'), 'DP012 on fix-on-save.md');
      await editor.edit((edit) => edit.insert(new vscode.Position(editor.document.lineCount - 1, 0), '\n'));
      await vscode.commands.executeCommand('workbench.action.files.save');
      await waitFor(() => !editor.document.isDirty, 'fix-on-save.md to be saved');

      const saved = await readText(copy);
      assert.match(saved, /^### \[A Deliberately Broken Entry\]\(https:\/\/arxiv\.org\/abs\/2404\.01236\)$/m);
      assert.match(saved, /^!\[\]\(https:\/\/huggingface\.co\/avatars\/0cf0a1b2c3d4\.svg\)$/m);
      assert.match(saved, /^Authors: Grace Hopper$/m);
      await waitForCodes(copy, (found) => found.join(' ') === 'DP013 DP030 DP031', 'only the unfixable problems after saving');
    } finally {
      await markdown.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(copy);
    }
  });

  test('.dailypapers.json at the workspace root changes severities and is re-read when it changes', async () => {
    const uri = fixtureUri('broken.md');
    const config = fixtureUri('.dailypapers.json');
    await openFixture('broken.md');
    await waitForCodes(uri, (found) => found.includes('DP013'), 'DP013 on broken.md');
    await writeText(config, '{ "rules": { "DP013": "off", "vote-invalid": "error" } }\n');
    try {
      await waitForCodes(uri, (found) => !found.includes('DP013'), 'DP013 to be turned off by .dailypapers.json');
      const vote = ours(uri).find((diagnostic) => codeOf(diagnostic) === 'DP031')!;
      assert.strictEqual(vote.severity, vscode.DiagnosticSeverity.Error);
    } finally {
      await vscode.workspace.fs.delete(config);
    }
    await waitForCodes(uri, (found) => found.includes('DP013'), 'DP013 to come back once .dailypapers.json is deleted');
  });

  test('dailyPapers.lint.enabled: false clears the diagnostics', async () => {
    const uri = fixtureUri('broken.md');
    await openFixture('broken.md');
    await waitForCodes(uri, (found) => found.length > 0, 'diagnostics on broken.md');
    const lint = vscode.workspace.getConfiguration('dailyPapers.lint');
    await lint.update('enabled', false, vscode.ConfigurationTarget.Workspace);
    try {
      await waitForCodes(uri, (found) => found.length === 0, 'no diagnostics with linting disabled');
    } finally {
      await lint.update('enabled', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForCodes(uri, (found) => found.length > 0, 'diagnostics again with linting enabled');
  });

  test('a day and a paper that another file of the workspace also has are reported, pointing at that file', async () => {
    const uri = fixtureUri('broken.md');
    const other = fixtureUri('same-day.md');
    await openFixture('broken.md');
    await waitForCodes(uri, (found) => found.length > 0, 'diagnostics on broken.md');
    await writeText(other, '## Daily Papers (2024-04-02)\n\n### [A Deliberately Broken Entry](https://arxiv.org/abs/2404.01234)\n');
    try {
      await waitForCodes(uri, (found) => found.includes('DP004') && found.includes('DP014'), 'DP004 and DP014 on broken.md');
      const day = ours(uri).find((diagnostic) => codeOf(diagnostic) === 'DP004')!;
      assert.strictEqual(day.relatedInformation?.[0].location.uri.toString(), other.toString());
      const paper = ours(uri).find((diagnostic) => codeOf(diagnostic) === 'DP014')!;
      assert.strictEqual(paper.severity, vscode.DiagnosticSeverity.Warning);
    } finally {
      await vscode.workspace.fs.delete(other);
    }
    await waitForCodes(uri, (found) => !found.includes('DP004') && !found.includes('DP014'), 'DP004 and DP014 to go once same-day.md is deleted');
  });

  test('a Markdown file that is not a digest gets no diagnostics, even with digest-like lines typed into it', async () => {
    const broken = fixtureUri('broken.md');
    await openFixture('broken.md');
    await waitForCodes(broken, (found) => found.length > 0, 'the linter to be running (diagnostics on broken.md)');
    const notes = fixtureUri('notes.md');
    const editor = await openFixture('notes.md');
    await editor.edit((edit) => edit.insert(new vscode.Position(editor.document.lineCount, 0), '\nVote: -\nAuthors: A, A\n'));
    await new Promise((resolve) => setTimeout(resolve, 1_500)); // longer than the typing delay
    assert.deepStrictEqual(ours(notes), []);
    await revert(editor);
  });

  test('closing a digest clears its diagnostics, and opening it again brings them back', async () => {
    const uri = fixtureUri('broken.md');
    await openFixture('broken.md');
    await waitForCodes(uri, (found) => found.length > 0, 'diagnostics on broken.md');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await waitForCodes(uri, (found) => found.length === 0, 'the diagnostics of the closed broken.md to be cleared');
    await openFixture('broken.md');
    await waitForCodes(uri, (found) => found.join(' ') === BROKEN_CODES.join(' '), 'the diagnostics of the reopened broken.md');
  });
});
