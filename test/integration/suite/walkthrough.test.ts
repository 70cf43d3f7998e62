import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, waitFor } from '../helpers';
import { papersApi } from '../papers-helpers';

const WALKTHROUGH = `${EXTENSION_ID}#dailyPapers.gettingStarted`;

interface Step {
  id: string;
  title: string;
  completionEvents: string[];
  media: { markdown?: string };
}

function steps(): Step[] {
  const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { walkthroughs: { id: string; steps: Step[] }[] } };
  const walkthroughs = manifest.contributes.walkthroughs;
  return walkthroughs.find((walkthrough) => walkthrough.id === 'dailyPapers.gettingStarted')!.steps;
}

/** The untitled digest the walkthrough's first step opened, with our problems in it. */
async function openSample(): Promise<vscode.TextEditor> {
  const editor = await vscode.commands.executeCommand<vscode.TextEditor>('dailyPapers.walkthrough.openSample');
  assert.ok(editor, 'the command returns the sample editor');
  return editor;
}

function ourCodes(uri: vscode.Uri): string[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((diagnostic) => diagnostic.source === 'daily-papers')
    .map((diagnostic) => (typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code)))
    .sort();
}

suite('Walkthrough', () => {
  suiteSetup(async () => {
    await papersApi();
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  // The API shows the walkthrough only as the Welcome editor's tab; its page and steps are checked by the UI check (70-walkthrough).
  test('workbench.action.openWalkthrough with our id opens the Welcome editor on it', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH, false);
    await waitFor(() => vscode.window.tabGroups.activeTabGroup.activeTab?.label === 'Welcome', 'the Welcome editor to be active');
    assert.equal(vscode.window.tabGroups.activeTabGroup.activeTab?.input, undefined, 'a workbench editor, not a text or webview editor of ours');
  });

  test('our command opens it too, and its five steps name our commands, views and media', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('dailyPapers.walkthrough.open');
    await waitFor(() => vscode.window.tabGroups.all.some((group) => group.tabs.length > 0), 'an editor to open');
    assert.deepEqual(
      steps().map((step) => step.id),
      ['openSample', 'browsePapers', 'hoverPaper', 'fixProblem', 'openPreview'],
    );
    const commands = new Set(await vscode.commands.getCommands(true));
    const extensionUri = vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri;
    for (const step of steps()) {
      assert.ok(step.completionEvents.length > 0, `${step.id} completes on something`);
      for (const event of step.completionEvents) {
        const [kind, name] = event.split(/:(.*)/s);
        if (kind === 'onCommand') assert.ok(commands.has(name), `${step.id}: command ${name} exists`);
        else if (kind === 'onView') assert.equal(name, 'dailyPapers.papers', `${step.id}: our view`);
        else assert.match(event, /^onContext:dailyPapers\.walkthrough\.(hovered|fixed)$/, `${step.id}: a context key the extension sets`);
      }
      await vscode.workspace.fs.stat(vscode.Uri.joinPath(extensionUri, step.media.markdown!));
    }
  });

  test('"Open a sample digest" opens an unsaved digest with the three problems the fix step names, and the duplicates of a digest of the same day', async () => {
    const editor = await openSample();
    assert.equal(editor.document.isUntitled, true);
    assert.equal(editor.document.languageId, 'markdown');
    assert.match(editor.document.lineAt(2).text, /^## Daily Papers \(2024-02-05\)$/);
    const own = () => ourCodes(editor.document.uri).filter((code) => code !== 'DP004' && code !== 'DP014');
    await waitFor(() => own().length === 3, "the sample's three problems", 15_000);
    assert.deepEqual(own(), ['DP012', 'DP041', 'DP042']);
    // The test workspace holds the same day (seeds/2024-02-05.md): the sample duplicates its day and three papers.
    assert.deepEqual(ourCodes(editor.document.uri), ['DP004', 'DP012', 'DP014', 'DP014', 'DP014', 'DP041', 'DP042']);
  });

  test('hovering the sample shows a card; its quick fix edits the text and then runs the command that completes "Fix a problem"', async () => {
    const editor = await openSample();
    const heading = editor.document.getText().split('\n').findIndex((line) => line.startsWith('### [StepCoder'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(heading, 10));
    const card = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).find((value) => value.includes('huggingface.co/papers/2402.01391'));
    assert.ok(card, 'a card on the first heading');

    await waitFor(() => ourCodes(editor.document.uri).includes('DP041'), 'DP041 on the sample', 15_000);
    const diagnostic = vscode.languages.getDiagnostics(editor.document.uri).find((each) => String(typeof each.code === 'object' ? each.code.value : each.code) === 'DP041')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((action) => action.isPreferred && action.title.endsWith('(DP041)'));
    assert.ok(fix?.edit, `a preferred fix for DP041 (offered: ${actions.map((action) => action.title).join(' | ')})`);
    assert.equal(fix.command?.command, 'dailyPapers.internal.fixApplied');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    await vscode.commands.executeCommand(fix.command.command, ...((fix.command.arguments ?? []) as unknown[]));
    assert.match(editor.document.getText(), /^Authors: Awni Hannun, Pierre Ablin, David Grangier, Angelos Katharopoulos$/m);
    await waitFor(() => !ourCodes(editor.document.uri).includes('DP041'), 'DP041 to go');
  });
});
