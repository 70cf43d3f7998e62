/**
 * "New Digest": creates a day's digest from a template and opens it with a snippet for the first entry.
 *
 * Where it goes, without a dialog (folder pickers are awkward in remote and web workspaces): beside the
 * newest digest, following its naming (`…/YYYY/MM/DD.md` or `…/YYYY-MM-DD.md`); in a workspace without
 * digests, `YYYY/MM/DD.md` in the workspace folder, the layout of the public archives.
 */

import * as vscode from 'vscode';
import { isRealDate, type WorkspaceIndex } from '../core/digest-service';

const ENTRY_SNIPPET = [
  '### [${1:Paper title}](https://arxiv.org/abs/${2:2403.15371})',
  '',
  '![](https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/${2}.png)',
  '',
  'Vote: ${3:0}',
  '',
  'Authors: ${4:First Author, Second Author}',
  '',
  '- ${0:Summary}',
  '',
].join('\n');

export function registerNewDigest(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('dailyPapers.newDigest', async (date?: string) => {
      const day = typeof date === 'string' && isRealDate(date) ? date : await askDate();
      if (!day) return undefined;
      const target = await digestUri(index, day);
      if (!target) return undefined;
      if (await exists(target)) {
        await vscode.window.showTextDocument(target);
        void vscode.window.showInformationMessage(vscode.l10n.t('The digest for {0} already exists.', day));
        return target;
      }
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(`## Daily Papers (${day})\n\n`));
      const editor = await vscode.window.showTextDocument(target);
      const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
      await editor.insertSnippet(new vscode.SnippetString(ENTRY_SNIPPET), end);
      return target;
    }),
  );
}

function askDate(): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: vscode.l10n.t('New Daily Papers Digest'),
    prompt: vscode.l10n.t('Date of the digest (YYYY-MM-DD)'),
    value: today(),
    validateInput: (value) => (isRealDate(value.trim()) ? undefined : vscode.l10n.t('Enter a real date as YYYY-MM-DD')),
  }).then((value) => value?.trim());
}

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Where New Digest puts the digest of `date` (also used by New Digest from Hugging Face). */
export async function digestUri(index: WorkspaceIndex, date: string): Promise<vscode.Uri | undefined> {
  const [year, month, day] = date.split('-');
  const newest = [...index.days()].reverse().find((each) => each.date !== null);
  if (newest) {
    const uri = vscode.Uri.parse(newest.file.uri);
    const nested = /^(.*)\/\d{4}\/\d{2}\/\d{2}\.md$/i.exec(uri.path);
    if (nested) return uri.with({ path: `${nested[1]}/${year}/${month}/${day}.md` });
    const flat = /^(.*)\/\d{4}-\d{2}-\d{2}\.md$/i.exec(uri.path);
    if (flat) return uri.with({ path: `${flat[1]}/${date}.md` });
  }
  const folders = vscode.workspace.workspaceFolders ?? [];
  const folder = folders.length > 1 ? await vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Folder for the new digest') }) : folders[0];
  if (!folder) {
    if (!folders.length) void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder first: digests are created inside the workspace.'));
    return undefined;
  }
  return vscode.Uri.joinPath(folder.uri, year, month, `${day}.md`);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
