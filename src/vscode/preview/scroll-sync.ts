/**
 * Scroll sync between a digest's editor and its preview, both ways, per the settings
 * `dailyPapers.preview.scrollPreviewWithEditor` and `scrollEditorWithPreview`. The editor scrolls that
 * the preview caused are not sent back (and the page ignores the scrolls the editor caused), so the two
 * never chase each other.
 */

import * as vscode from 'vscode';

const ECHO_WINDOW_MS = 400;

export interface ScrollTarget {
  readonly document: vscode.TextDocument;
  scrollToLine(line: number): void;
}

export class ScrollSync implements vscode.Disposable {
  private previewDrivenUntil = 0;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly preview: ScrollTarget) {
    this.subscription = vscode.window.onDidChangeTextEditorVisibleRanges((event) => this.editorScrolled(event));
  }

  private editorScrolled(event: vscode.TextEditorVisibleRangesChangeEvent): void {
    if (event.textEditor.document !== this.preview.document || !setting('scrollPreviewWithEditor')) return;
    if (Date.now() < this.previewDrivenUntil) return;
    const top = event.visibleRanges[0];
    if (top) this.preview.scrollToLine(top.start.line);
  }

  /** The page scrolled (by the user) so that `line` is at its top. */
  previewScrolled(line: number): void {
    if (!setting('scrollEditorWithPreview')) return;
    const editor = vscode.window.visibleTextEditors.find((each) => each.document === this.preview.document);
    if (!editor) return;
    this.previewDrivenUntil = Date.now() + ECHO_WINDOW_MS;
    editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
  }

  dispose(): void {
    this.subscription.dispose();
  }
}

function setting(name: 'scrollPreviewWithEditor' | 'scrollEditorWithPreview'): boolean {
  return vscode.workspace.getConfiguration('dailyPapers.preview').get<boolean>(name, true);
}
