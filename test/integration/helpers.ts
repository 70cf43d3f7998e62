// Helpers for integration tests (bundled into each dist/test/suite/*.test.js).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'daily-papers-tools.daily-papers';

/** A file of the workspace the tests run in: a fresh copy of test/fixtures/workspace/. */
export function fixtureUri(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests must run with test/fixtures/workspace open as the workspace folder');
  return vscode.Uri.joinPath(folder.uri, relativePath);
}

/** Opens a fixture file in the active editor. */
export async function openFixture(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(relativePath));
  return vscode.window.showTextDocument(document);
}

/**
 * Opens a seed digest, waits until VS Code has activated the extension by its activation
 * events (not by calling activate()), and rethrows any exception thrown by activate().
 */
export async function activateByOpeningDigest(digest = '2024-03-25.md'): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
  await openFixture(digest);
  await waitFor(() => extension.isActive, `${EXTENSION_ID} to activate after opening ${digest}`);
  // isActive is also true after a failed activation; activate() then rejects with its error.
  await extension.activate();
  return extension;
}

/** Polls `condition` until it returns true; fails with `description` after `timeoutMs`. */
export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  description: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for ${description}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
