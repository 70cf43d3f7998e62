/**
 * The "Get Started with Daily Papers" walkthrough: its sample digest, and the context keys that tell
 * a step it was done (VS Code has no completion event for "a hover was shown" or "a fix was applied").
 */

import * as vscode from 'vscode';

export const WALKTHROUGH_ID = 'dailyPapers.gettingStarted';
export const OPEN_SAMPLE_COMMAND = 'dailyPapers.walkthrough.openSample';
const OPEN_WALKTHROUGH_COMMAND = 'dailyPapers.walkthrough.open';
/** Run by our quick fixes after their edit; not contributed, so not in the command palette. */
export const FIX_APPLIED_COMMAND = 'dailyPapers.internal.fixApplied';

export type WalkthroughEvent = 'hovered' | 'fixed';

const PULSE_MS = 1000;
const timers = new Map<WalkthroughEvent, ReturnType<typeof setTimeout>>();

/**
 * Sets `dailyPapers.walkthrough.<event>` for a moment, which completes the step listening for it. Only
 * for a moment: VS Code's walkthrough service starts when it is first needed and takes a key that is
 * already set then as an event of the past, so a key left set by an earlier hover would never tick the
 * step; a key that is set again later does.
 */
export function walkthroughEvent(event: WalkthroughEvent): void {
  const key = `dailyPapers.walkthrough.${event}`;
  clearTimeout(timers.get(event));
  void vscode.commands.executeCommand('setContext', key, true);
  timers.set(
    event,
    setTimeout(() => void vscode.commands.executeCommand('setContext', key, false), PULSE_MS),
  );
}

export function registerWalkthrough(context: vscode.ExtensionContext): void {
  const sample = vscode.Uri.joinPath(context.extensionUri, 'media', 'walkthrough', 'sample-digest.md');
  context.subscriptions.push(
    // An untitled copy: it works in any window (no folder, a virtual or untrusted one), can be edited and
    // fixed, and nothing is written to the user's folder unless they save it.
    vscode.commands.registerCommand(OPEN_SAMPLE_COMMAND, async () => {
      const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(sample));
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
      return vscode.window.showTextDocument(document);
    }),
    vscode.commands.registerCommand(OPEN_WALKTHROUGH_COMMAND, () =>
      vscode.commands.executeCommand('workbench.action.openWalkthrough', `${context.extension.id}#${WALKTHROUGH_ID}`, false),
    ),
    vscode.commands.registerCommand(FIX_APPLIED_COMMAND, () => walkthroughEvent('fixed')),
  );
}
