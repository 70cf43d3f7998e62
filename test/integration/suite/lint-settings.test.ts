import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fixtureUri, openFixture, waitFor } from '../helpers';
import { deleteIfPresent, papersApi, waitForTree, writeWorkspaceFile } from '../papers-helpers';

const FILE = 'lint-settings.md';
/** DP041 is switched off by the comment; the rest: DP012 (PDF link), DP021 (relative media), DP031 (`Vote: -`), DP042 (repeated name), DP030 (no Vote). */
const TEXT = `<!-- daily-papers-disable DP041 -->
## Daily Papers (2024-04-03)

### [Switched Off Entry](https://arxiv.org/pdf/2404.01236)

![](/avatars/0cf0a1b2c3d4.svg)

Vote: -

Authors: ['Ada Lovelace', 'Ada Lovelace']

- a summary.

### [Second Switched Entry](https://arxiv.org/abs/2404.01237)

![](https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2404.01237.png)

Authors: Grace Hopper

- a summary.
`;

const SEVERITY_NAMES = ['error', 'warning', 'information', 'hint'];

/** Our diagnostics as `CODE severity`, sorted. */
function shown(uri: vscode.Uri): string[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((diagnostic) => diagnostic.source === 'daily-papers')
    .map((diagnostic) => {
      const code = typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);
      return `${code} ${SEVERITY_NAMES[diagnostic.severity]}`;
    })
    .sort();
}

async function expectShown(uri: vscode.Uri, expected: string[], description: string): Promise<void> {
  await waitFor(() => JSON.stringify(shown(uri)) === JSON.stringify(expected), `${description}: ${expected.join(', ')} (now: ${shown(uri).join(', ') || 'none'})`, 15_000);
}

async function setRules(rules: Record<string, string> | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('dailyPapers.lint').update('rules', rules, vscode.ConfigurationTarget.Workspace);
}

suite('Lint settings', () => {
  const uri = fixtureUri(FILE);
  const config = fixtureUri('.dailypapers.json');
  let api: Awaited<ReturnType<typeof papersApi>>;

  suiteSetup(async () => {
    api = await papersApi();
    await writeWorkspaceFile(FILE, TEXT);
  });

  teardown(async () => {
    await setRules(undefined);
    await deleteIfPresent(config);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  suiteTeardown(async () => {
    await deleteIfPresent(uri);
    await waitForTree(api, () => !api.workspaceIndex.index.days().some((day) => day.file.uri === uri.toString()), `${FILE} to leave the index`);
  });

  test('every severity is shown as itself', async () => {
    await openFixture(FILE);
    await setRules({ DP012: 'error', DP021: 'warning', DP031: 'information', DP030: 'hint' });
    await expectShown(uri, ['DP012 error', 'DP021 warning', 'DP030 hint', 'DP031 information', 'DP042 warning'], 'one rule at each severity');
  });

  test('.dailypapers.json wins over the setting, rule by rule, and the setting is back once it is deleted', async () => {
    await openFixture(FILE);
    await setRules({ DP031: 'hint', DP012: 'off' });
    await expectShown(uri, ['DP021 warning', 'DP030 warning', 'DP031 hint', 'DP042 warning'], 'the setting alone');
    await vscode.workspace.fs.writeFile(config, new TextEncoder().encode('{ "rules": { "vote-invalid": "error", "DP012": "warning" } }\n'));
    await expectShown(uri, ['DP012 warning', 'DP021 warning', 'DP030 warning', 'DP031 error', 'DP042 warning'], '.dailypapers.json over the setting');
    await vscode.workspace.fs.delete(config);
    await expectShown(uri, ['DP021 warning', 'DP030 warning', 'DP031 hint', 'DP042 warning'], 'the setting again');
  });

  test('a rule is switched off by the setting, by .dailypapers.json and by a disable comment', async () => {
    const editor = await openFixture(FILE);
    const all = ['DP012 warning', 'DP021 warning', 'DP030 warning', 'DP031 warning', 'DP042 warning'];
    await expectShown(uri, all, 'the defaults, DP041 off by the comment');
    await setRules({ DP030: 'off' });
    await expectShown(uri, all.filter((line) => !line.startsWith('DP030')), 'DP030 off by the setting');
    await vscode.workspace.fs.writeFile(config, new TextEncoder().encode('{ "rules": { "media-url-relative": "off" } }\n'));
    await expectShown(uri, all.filter((line) => !line.startsWith('DP030') && !line.startsWith('DP021')), 'DP021 off by .dailypapers.json');
    // Without the comment line DP041 comes back: it was the comment that switched it off.
    await editor.edit((edit) => edit.delete(new vscode.Range(0, 0, 1, 0)));
    try {
      await expectShown(uri, ['DP012 warning', 'DP031 warning', 'DP041 warning', 'DP042 warning'], 'DP041 back without the comment');
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    assert.equal(editor.document.getText(), TEXT);
  });
});
