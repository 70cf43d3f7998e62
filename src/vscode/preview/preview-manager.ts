/**
 * The digest previews: at most one per document; an unlocked preview follows the active digest editor,
 * a locked one stays on its document. Panels come back after a window reload through the serializer.
 */

import * as vscode from 'vscode';
import { isDigestDocument } from '../digest-context';
import { webviewOptions } from '../webview/webview-page';
import { DigestPreview, PREVIEW_VIEW_TYPE, type PreviewState } from './digest-preview';

export interface OpenOptions {
  toSide: boolean;
  /** A line to scroll the preview to (a day heading from the Papers view). */
  line?: number;
}

export class PreviewManager implements vscode.Disposable, vscode.WebviewPanelSerializer<PreviewState> {
  private readonly open = new Set<DigestPreview>();
  private lastActive: DigestPreview | undefined;
  private readonly subscriptions: vscode.Disposable[];
  /** How previews open links; integration tests put a recorder here. */
  openExternal: (uri: vscode.Uri) => Thenable<boolean> = (uri) => vscode.env.openExternal(uri);

  constructor(private readonly extensionUri: vscode.Uri) {
    this.subscriptions = [
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, this),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor) this.follow(editor.document);
      }),
    ];
  }

  get previews(): readonly DigestPreview[] {
    return [...this.open];
  }

  previewOf(document: vscode.TextDocument): DigestPreview | undefined {
    return this.previews.find((preview) => preview.document === document);
  }

  show(document: vscode.TextDocument, options: OpenOptions): DigestPreview {
    const editorColumn = vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.One;
    const column = options.toSide ? vscode.ViewColumn.Beside : editorColumn;
    const existing = this.previewOf(document) ?? this.previews.find((preview) => !preview.locked);
    if (existing) {
      existing.show(document, options.line);
      existing.panel.reveal(options.toSide ? existing.panel.viewColumn : column, options.toSide);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      'Preview',
      { viewColumn: column, preserveFocus: options.toSide },
      webviewOptions(this.extensionUri),
    );
    return this.adopt(panel, document, false, { line: options.line });
  }

  /** Locks or unlocks the preview in front (or the last one used). */
  toggleLock(): DigestPreview | undefined {
    const preview = this.previews.find((each) => each.panel.active) ?? this.lastActive;
    if (!preview) return undefined;
    preview.locked = !preview.locked;
    if (!preview.locked) {
      const editor = vscode.window.activeTextEditor;
      if (editor) this.follow(editor.document);
    }
    return preview;
  }

  /** The serializer: rebuilds a preview from the state saved before the window reloaded. */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const saved = readState(state);
    let document: vscode.TextDocument | undefined;
    if (saved) {
      try {
        document = await vscode.workspace.openTextDocument(vscode.Uri.parse(saved.uri));
      } catch {
        document = undefined; // the file was deleted or moved while the window was closed
      }
    }
    if (!document || !saved) {
      panel.dispose();
      return;
    }
    panel.webview.options = webviewOptions(this.extensionUri);
    this.adopt(panel, document, saved.locked, saved);
  }

  private adopt(panel: vscode.WebviewPanel, document: vscode.TextDocument, locked: boolean, state: Partial<PreviewState>): DigestPreview {
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'daily-papers.svg');
    const preview = new DigestPreview(panel, document, locked, this.extensionUri, state, (uri) => this.openExternal(uri));
    this.open.add(preview);
    this.lastActive = preview;
    preview.onDidDispose(() => {
      this.open.delete(preview);
      if (this.lastActive === preview) this.lastActive = undefined;
    });
    panel.onDidChangeViewState(() => {
      if (panel.active) this.lastActive = preview;
    });
    return preview;
  }

  private follow(document: vscode.TextDocument): void {
    if (this.previewOf(document) || !isDigestDocument(document)) return;
    for (const preview of this.previews) if (!preview.locked) preview.show(document);
  }

  dispose(): void {
    for (const preview of this.previews) preview.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

/** The state a page saved, checked: it comes from the page, which shows untrusted text. */
export function readState(state: unknown): PreviewState | null {
  if (typeof state !== 'object' || state === null) return null;
  const value = state as Record<string, unknown>;
  if (typeof value.uri !== 'string') return null;
  return {
    uri: value.uri,
    locked: value.locked === true,
    filter: typeof value.filter === 'string' ? value.filter.slice(0, 500) : '',
    sort: value.sort === 'votes' ? 'votes' : 'digest',
    line: typeof value.line === 'number' && Number.isInteger(value.line) && value.line >= 0 ? value.line : 0,
  };
}
