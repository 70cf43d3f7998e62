import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { BROKEN_DIGEST } from '../fixtures';
import { waitFor } from '../helpers';
import { deleteIfPresent, papersApi, writeWorkspaceFile } from '../papers-helpers';

const OTHER_KIND = vscode.CodeActionKind.SourceFixAll.append('trailingSpaces');
const OUR_KIND = vscode.CodeActionKind.SourceFixAll.append('dailyPapers');

/** broken.md moved to its own day and ids, so that it is no cross-file duplicate of other suites' files. */
function brokenOn(date: string, idSuffix: string): string {
  return BROKEN_DIGEST.replace('2024-04-02', date).replace('2404.01234', `2404.0${idSuffix}234`).replace('2404.01235', `2404.0${idSuffix}235`);
}

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'daily-papers');
}

function sameDiagnostics(shown: vscode.Diagnostic[], expected: vscode.Diagnostic[]): boolean {
  const key = (diagnostic: vscode.Diagnostic) => `${String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code)}@${diagnostic.range.start.line}:${diagnostic.range.start.character}`;
  return shown.map(key).sort().join() === expected.map(key).sort().join();
}

/** Another extension's fix-on-save: trims trailing whitespace of every line, as many formatters do. */
class TrailingSpaces implements vscode.CodeActionProvider {
  provideCodeActions(document: vscode.TextDocument): vscode.CodeAction[] {
    const edit = new vscode.WorkspaceEdit();
    for (let line = 0; line < document.lineCount; line++) {
      const text = document.lineAt(line).text;
      const trimmed = text.replace(/[ \t]+$/, '');
      if (trimmed !== text) edit.delete(document.uri, new vscode.Range(line, trimmed.length, line, text.length));
    }
    if (edit.size === 0) return [];
    const action = new vscode.CodeAction('Trim trailing whitespace', OTHER_KIND);
    action.edit = edit;
    return [action];
  }
}

async function fixAllActions(uri: vscode.Uri, kind: vscode.CodeActionKind): Promise<vscode.CodeAction[]> {
  const document = await vscode.workspace.openTextDocument(uri);
  const whole = new vscode.Range(0, 0, document.lineCount, 0);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, whole, kind.value);
  return actions.filter((action) => action.edit && action.edit.size > 0);
}

suite('Fixes never lose work', () => {
  const created: vscode.Uri[] = [];

  suiteSetup(async () => {
    await papersApi();
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  suiteTeardown(async () => {
    for (const uri of created) await deleteIfPresent(uri);
  });

  test('every quick fix offered on a broken digest, and each fix-all, is undone by one undo', async () => {
    const uri = await writeWorkspaceFile('undo-each.md', brokenOn('2024-04-10', '3'));
    created.push(uri);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const original = editor.document.getText();
    await waitFor(() => ours(uri).length >= 9, 'the diagnostics of undo-each.md', 15_000);

    const initial = ours(uri);
    const titles = new Set<string>();
    for (const diagnostic of initial) {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
      for (const action of actions.filter((candidate) => candidate.edit)) {
        titles.add(action.title);
        assert.ok(await vscode.workspace.applyEdit(action.edit!), action.title);
        assert.notStrictEqual(editor.document.getText(), original, `${action.title} changed nothing`);
        await vscode.commands.executeCommand('undo');
        assert.strictEqual(editor.document.getText(), original, `one undo after "${action.title}" restores the text`);
        // Quick fixes are offered for the diagnostics shown: wait until the undone text is checked again.
        await waitFor(() => sameDiagnostics(ours(uri), initial), `the diagnostics after undoing "${action.title}"`, 15_000);
      }
    }
    // The broken digest offers fixes of several rules, each rule's fix-all and the fix-everything action.
    assert.ok([...titles].some((title) => /\(DP012\)$/.test(title)), [...titles].join(' | '));
    assert.ok([...titles].some((title) => /\(DP041\)$/.test(title)), [...titles].join(' | '));
    assert.ok(titles.has('Fix all supported Daily Papers violations'), [...titles].join(' | '));
    assert.ok(titles.size >= 5, [...titles].join(' | '));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  for (const order of [
    ['source.fixAll.trailingSpaces', 'source.fixAll.dailyPapers'],
    ['source.fixAll.dailyPapers', 'source.fixAll.trailingSpaces'],
  ]) {
    test(`fix-on-save with another fix-all provider (${order.join(', then ')}) applies both, once, and leaves nothing for either to do`, async () => {
      const name = `two-fixers-${order[0].endsWith('dailyPapers') ? 'b' : 'a'}.md`;
      const text = brokenOn(order[0].endsWith('dailyPapers') ? '2024-04-12' : '2024-04-11', order[0].endsWith('dailyPapers') ? '5' : '4')
        .replace(/^(### .*)$/m, '$1  ')
        .replace(/^(Authors: \[.*)$/m, '$1 \t')
        .replace(/^(Vote: -)$/m, '$1   ');
      const uri = await writeWorkspaceFile(name, text);
      created.push(uri);
      const provider = vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new TrailingSpaces(), { providedCodeActionKinds: [OTHER_KIND] });
      const markdown = vscode.workspace.getConfiguration('editor', { languageId: 'markdown' });
      await markdown.update('codeActionsOnSave', Object.fromEntries(order.map((kind) => [kind, 'explicit'])), vscode.ConfigurationTarget.Workspace, true);
      try {
        const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
        await waitFor(() => ours(uri).some((diagnostic) => diagnostic.code && JSON.stringify(diagnostic.code).includes('DP041')), `DP041 on ${name}`, 15_000);
        await editor.edit((edit) => edit.insert(new vscode.Position(editor.document.lineCount - 1, 0), '\n'));
        await vscode.commands.executeCommand('workbench.action.files.save');
        await waitFor(() => !editor.document.isDirty, `${name} to be saved`);

        const saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
        assert.strictEqual(saved, editor.document.getText());
        assert.doesNotMatch(saved, /[ \t]$/m, 'the other provider trimmed every line');
        assert.match(saved, /^### \[A Deliberately Broken Entry\]\(https:\/\/arxiv\.org\/abs\/2404\.0\d{4}\)$/m, 'our fix made the link canonical');
        assert.match(saved, /^Authors: Ada Lovelace, Alan Turing$/m, 'our fix turned the Python list into names');
        assert.match(saved, /^Authors: Grace Hopper$/m);
        assert.strictEqual(saved.match(/^### /gm)?.length, 2, 'no entry lost or doubled');
        // A fixed point: neither provider would change the saved text again, so saving twice never flips it.
        assert.deepStrictEqual((await fixAllActions(uri, OUR_KIND)).map((action) => action.title), []);
        assert.deepStrictEqual((await fixAllActions(uri, OTHER_KIND)).map((action) => action.title), []);
      } finally {
        provider.dispose();
        await markdown.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
      }
    });
  }
});
