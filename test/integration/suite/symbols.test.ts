import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fixtureUri } from '../helpers';
import { papersApi } from '../papers-helpers';

const workspaceSymbols = (query: string) => vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', query);

suite('Outline and symbol search', () => {
  suiteSetup(async () => {
    await papersApi();
  });

  test('Go to Symbol in Workspace finds papers by title, author and arXiv id', async () => {
    const byTitle = (await workspaceSymbols('LLM2LLM')).filter((symbol) => symbol.name.startsWith('LLM2LLM'));
    assert.equal(byTitle.length, 1);
    assert.equal(byTitle[0].location.uri.toString(), fixtureUri('2024-03-25.md').toString());
    assert.equal(byTitle[0].location.range.start.line, 19);
    assert.equal(byTitle[0].containerName, '2024-03-25 · Keutzer et al.');

    const byAuthor = await workspaceSymbols('Slivkins');
    assert.ok(
      byAuthor.some((symbol) => symbol.name === 'Can large language models explore in-context? — Aleksandrs Slivkins'),
      `an author match names the author: ${byAuthor.map((symbol) => symbol.name).join(' | ')}`,
    );

    const byId = await workspaceSymbols('2402.01566');
    assert.ok(byId.some((symbol) => symbol.name === 'Boximator: Generating Rich and Controllable Motions for Video Synthesis (2402.01566)'));
    assert.equal(byId.filter((symbol) => symbol.kind === vscode.SymbolKind.Object && symbol.name.includes('2402.01566')).length, 1);
  });

  test('Go to Symbol in Workspace ranks title matches before author matches', async () => {
    const ours = (await workspaceSymbols('language')).filter((symbol) => symbol.kind === vscode.SymbolKind.Object);
    assert.ok(ours.length >= 8);
    const firstAuthorOnly = ours.findIndex((symbol) => !/language/i.test(symbol.name.split(' — ')[0]));
    const lastTitle = ours.map((symbol) => /language/i.test(symbol.name.split(' — ')[0])).lastIndexOf(true);
    assert.ok(firstAuthorOnly === -1 || firstAuthorOnly > lastTitle);
  });

  test('the document symbols of a digest are its day with its papers', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', fixtureUri('2024-03-25.md'));
    const day = symbols.find((symbol) => symbol.name === '2024-03-25 (Mon)');
    assert.ok(day, `a day symbol among: ${symbols.map((symbol) => symbol.name).join(' | ')}`);
    assert.equal(day.detail, '13 papers');
    assert.equal(day.kind, vscode.SymbolKind.Namespace);
    assert.equal(day.children.length, 13);
    assert.equal(day.children[0].name, 'Can large language models explore in-context?');
    assert.equal(day.children[0].detail, '▲16 · Foster et al.');
    assert.equal(day.children[0].selectionRange.start.line, 2);
    assert.ok(day.range.contains(day.children[12].range));
  });

  test('a Markdown file that is not a digest gets no day symbols', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', fixtureUri('notes.md'));
    assert.ok(!(symbols ?? []).some((symbol) => symbol.kind === vscode.SymbolKind.Namespace));
  });

  test('a digest folds per day and per entry', async () => {
    const document = await vscode.workspace.openTextDocument(fixtureUri('2024-03-25.md'));
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', document.uri);
    const has = (start: number, end: number) => ranges.some((range) => range.start === start && range.end === end);
    let lastLine = document.lineCount - 1;
    while (document.lineAt(lastLine).isEmptyOrWhitespace) lastLine--;
    assert.ok(has(0, lastLine), 'the day section folds');
    assert.ok(has(2, 17), 'the first entry folds from its heading to its last bullet');
    assert.ok(has(19, 33), 'the second entry folds');
  });
});
