/** One preview panel: renders its document, patches the page as it changes, and answers the page's messages. */

import * as vscode from 'vscode';
import { arxivAbsUrl } from '../../core/digest-service';
import { digestService } from '../digest-service';
import { countOf, lineOf, messageOfType, stringOf, webUrlOf } from '../webview/messages';
import { webviewHtml } from '../webview/webview-page';
import { digestOf } from '../parsed-documents';
import { previewBodyHtml, renderDocument, type PreviewSort } from './preview-content';
import { ScrollSync } from './scroll-sync';

export const PREVIEW_VIEW_TYPE = 'dailyPapers.preview';
const UPDATE_DELAY_MS = 120;

/** What the serializer keeps across a window reload, and what the page reports back. */
export interface PreviewState {
  uri: string;
  locked: boolean;
  filter: string;
  sort: PreviewSort;
  /** The document line at the top of the preview. */
  line: number;
}

/** What the page last said it shows (for tests, and the "N of M" the user sees). */
export interface PreviewReport {
  shown: number;
  total: number;
  /** The render or update the page has applied. */
  version: number;
  /** Cards the last update replaced (the others were kept as they were). */
  replaced: number;
  /** The state the page saved for the serializer, as it sent it (unchecked until restored). */
  saved: unknown;
}

/** What the page holds, as it answers {@link DigestPreview.describePage}: one line per day section and per card. */
export interface PageDescription {
  /** The render or update the page had applied when it answered. */
  version: number;
  /** `section <key> line <n>`, then `card <key> hash <hash> line <n>` for each of its cards, in digest order. */
  items: string[];
}

const MAX_DESCRIPTION_ITEMS = 100_000;

export class DigestPreview implements vscode.Disposable {
  private readonly cache = digestService.createCardCache();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly onDidDisposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.onDidDisposeEmitter.event;
  private readonly onDidReportEmitter = new vscode.EventEmitter<PreviewReport>();
  readonly onDidReport = this.onDidReportEmitter.event;
  private readonly onDidDescribeEmitter = new vscode.EventEmitter<PageDescription>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stale = false;
  private version = 0;
  /** The version of the last full render; updates wait until the page says it shows it (see {@link update}). */
  private renderedVersion = 0;
  private pageLoaded = false;
  private updateWaiting = false;
  private readonly scrollSync: ScrollSync;
  lastReport: PreviewReport | null = null;
  filter = '';
  sort: PreviewSort = 'digest';
  topLine = 0;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private documentShown: vscode.TextDocument,
    private isLocked: boolean,
    private readonly extensionUri: vscode.Uri,
    state?: Partial<PreviewState>,
    private readonly openExternal: (uri: vscode.Uri) => Thenable<boolean> = vscode.env.openExternal,
  ) {
    this.filter = state?.filter ?? '';
    this.sort = state?.sort === 'votes' ? 'votes' : 'digest';
    this.topLine = state?.line ?? 0;
    this.scrollSync = new ScrollSync(this);
    this.disposables.push(
      this.scrollSync,
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: unknown) => this.handleMessage(message)),
      panel.onDidChangeViewState(() => {
        if (panel.visible && this.stale) this.refresh();
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.documentShown && event.contentChanges.length > 0) this.scheduleUpdate();
      }),
      vscode.languages.onDidChangeDiagnostics((event) => {
        if (event.uris.some((uri) => uri.toString() === this.documentShown.uri.toString())) this.scheduleUpdate();
      }),
    );
    this.refresh();
  }

  /** The version of the last render or update sent to the page; the page reports it back once applied. */
  get sentVersion(): number {
    return this.version;
  }

  get document(): vscode.TextDocument {
    return this.documentShown;
  }

  get locked(): boolean {
    return this.isLocked;
  }

  set locked(locked: boolean) {
    this.isLocked = locked;
    this.panel.title = this.title();
    void this.panel.webview.postMessage({ type: 'locked', locked });
  }

  state(): PreviewState {
    return { uri: this.documentShown.uri.toString(), locked: this.isLocked, filter: this.filter, sort: this.sort, line: this.topLine };
  }

  /** Shows another document (following the active editor, or opened anew), keeping filter and sort. */
  show(document: vscode.TextDocument, line?: number): void {
    if (document !== this.documentShown) {
      this.documentShown = document;
      this.topLine = line ?? 0;
      this.refresh();
    } else if (line !== undefined) {
      this.scrollToLine(line);
    }
  }

  /** Replaces the whole page: on creation, for another document, or when the hidden page missed updates. */
  refresh(): void {
    clearTimeout(this.timer);
    this.stale = false;
    this.pageLoaded = false;
    this.updateWaiting = false;
    this.panel.title = this.title();
    const rendered = renderDocument(this.documentShown, this.cache);
    this.renderedVersion = this.version + 1;
    this.panel.webview.html = webviewHtml(this.panel.webview, this.extensionUri, {
      title: this.title(),
      stylesheets: ['theme.css', 'preview.css'],
      scripts: ['preview.js'],
      bodyHtml: previewBodyHtml(rendered, this.fileName()),
      bodyAttributes: { 'data-state': JSON.stringify({ ...this.state(), version: ++this.version }) },
    });
  }

  /**
   * Sends the changed document to the page, which replaces only the cards that changed. A page still
   * loading would drop the message (its listener does not exist yet), so the update waits for its first report.
   */
  update(): void {
    clearTimeout(this.timer);
    if (!this.panel.visible) {
      this.stale = true;
      return;
    }
    if (!this.pageLoaded) {
      this.updateWaiting = true;
      return;
    }
    this.updateWaiting = false;
    const rendered = renderDocument(this.documentShown, this.cache);
    void this.panel.webview.postMessage({ type: 'update', version: ++this.version, ...rendered });
  }

  /**
   * Asks the page what it holds (for tests: after edits, exactly the cards of a fresh render, none stale
   * or doubled). The page answers after every update sent before the question; undefined when it has not
   * answered within `timeoutMs` (a hidden page does not run).
   */
  describePage(timeoutMs = 5000): Promise<PageDescription | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => done(undefined), timeoutMs);
      const subscription = this.onDidDescribeEmitter.event((description) => done(description));
      const done = (description: PageDescription | undefined) => {
        clearTimeout(timer);
        subscription.dispose();
        resolve(description);
      };
      void this.panel.webview.postMessage({ type: 'describe' });
    });
  }

  scrollToLine(line: number): void {
    void this.panel.webview.postMessage({ type: 'scrollToLine', line });
  }

  private scheduleUpdate(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), UPDATE_DELAY_MS);
  }

  private title(): string {
    return this.isLocked ? vscode.l10n.t('[Preview] {0}', this.fileName()) : vscode.l10n.t('Preview {0}', this.fileName());
  }

  private fileName(): string {
    return this.documentShown.uri.path.split('/').pop() || this.documentShown.uri.toString();
  }

  /** Acts on a message from the page, after checking it: the page shows untrusted text. */
  async handleMessage(raw: unknown): Promise<void> {
    const message = messageOfType(raw);
    if (message === null) return;
    switch (message.type) {
      case 'report': {
        const shown = countOf(message.shown);
        const total = countOf(message.total);
        const version = countOf(message.version, Number.MAX_SAFE_INTEGER);
        const replaced = countOf(message.replaced);
        if (shown === null || total === null || version === null || replaced === null) return;
        const saved = typeof message.saved === 'object' && message.saved !== null ? (message.saved as Record<string, unknown>) : {};
        this.filter = stringOf(saved.filter, 500) ?? '';
        this.sort = saved.sort === 'votes' ? 'votes' : 'digest';
        this.lastReport = { shown, total, version, replaced, saved: message.saved };
        this.onDidReportEmitter.fire(this.lastReport);
        if (!this.pageLoaded && version === this.renderedVersion) {
          this.pageLoaded = true;
          if (this.updateWaiting) this.update();
        }
        return;
      }
      case 'description': {
        const version = countOf(message.version, Number.MAX_SAFE_INTEGER);
        const items = message.items;
        if (version === null || !Array.isArray(items) || items.length > MAX_DESCRIPTION_ITEMS) return;
        if (!items.every((item) => stringOf(item, 2048) !== null)) return;
        this.onDidDescribeEmitter.fire({ version, items: items as string[] });
        return;
      }
      case 'scrolled': {
        const line = lineOf(this.documentShown, message.line);
        if (line === null) return;
        this.topLine = line;
        this.scrollSync.previewScrolled(line);
        return;
      }
      case 'reveal': {
        const line = lineOf(this.documentShown, message.line);
        if (line !== null) await this.revealInEditor(line);
        return;
      }
      case 'openPaper': {
        const id = stringOf(message.id, 64);
        const digest = digestOf(this.documentShown);
        const known = id !== null && digest !== null && [...digest.orphanPapers, ...digest.days.flatMap((day) => day.papers)].some((paper) => paper.id === id);
        if (known) await this.openExternal(vscode.Uri.parse(arxivAbsUrl(id)));
        return;
      }
      case 'openLink': {
        const url = webUrlOf(message.url);
        if (url !== null && this.documentMentions(url)) await this.openExternal(vscode.Uri.parse(url));
        return;
      }
    }
  }

  /** Links the page may open: those written in the document (the renderer may have made `http` into `https`). */
  private documentMentions(url: string): boolean {
    const text = this.documentShown.getText();
    return text.includes(url) || text.includes(url.replace(/^https:/, 'http:')) || text.includes(url.replace(/\/$/, ''));
  }

  async revealInEditor(line: number): Promise<void> {
    const visible = vscode.window.visibleTextEditors.find((editor) => editor.document === this.documentShown);
    const position = new vscode.Position(line, 0);
    const editor = await vscode.window.showTextDocument(this.documentShown, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
      selection: new vscode.Range(position, position),
    });
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    this.onDidDisposeEmitter.fire();
    this.onDidDisposeEmitter.dispose();
    this.onDidReportEmitter.dispose();
    this.onDidDescribeEmitter.dispose();
    this.panel.dispose();
  }
}
