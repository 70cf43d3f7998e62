/**
 * Live diagnostics for digest documents: linted as the user types (debounced, stale results dropped)
 * or on save, per `dailyPapers.lint.run`; cleared when a document closes or stops being a digest.
 */

import * as vscode from 'vscode';
import { findRule, type LintDiagnostic, type RuleSettings, type WorkspaceFacts } from '../core/digest-service';
import { toRange } from './convert';
import { LintConfiguration } from './lint-config';
import { digestService } from './digest-service';
import { DIAGNOSTIC_SEVERITY } from './severity';
import { digestOf } from './parsed-documents';

export const DIAGNOSTIC_SOURCE = 'daily-papers';
// Short enough that a problem shows within 300 ms of the last keystroke; a lint of a large digest takes a few ms.
const TYPING_DELAY_MS = 150;
const FACTS_DELAY_MS = 600;
/** Editors that show another version of a file (diffs, source control): not linted. */
const SKIPPED_SCHEMES = new Set(['git', 'gitfs', 'output', 'vscode-scm', 'conflictResolution', 'review', 'comment']);

export interface DiagnosticsOptions {
  workspaceFacts?: WorkspaceFacts;
  /** Fires when other files changed, so that cross-file rules (DP004, DP014) run again. */
  onDidChangeWorkspaceFacts?: vscode.Event<unknown>;
}

export interface LintResult {
  version: number;
  diagnostics: LintDiagnostic[];
  rules: RuleSettings;
  uri: string;
}

/** Lints open digests and keeps the results that code actions turn into fixes. */
export class DigestLinter implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly generations = new Map<string, number>();
  private readonly results = new Map<string, LintResult>();
  private factsTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly configuration: LintConfiguration,
    readonly docsUri: vscode.Uri,
    private readonly options: DiagnosticsOptions,
  ) {}

  /** Lints `document` after `delay` ms; any request made before then replaces this one. */
  schedule(document: vscode.TextDocument, delay: number): void {
    const key = document.uri.toString();
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.publish(document, generation);
      }, delay),
    );
  }

  scheduleAllOpen(delay: number): void {
    for (const document of vscode.workspace.textDocuments) this.schedule(document, delay);
  }

  scheduleAfterFactsChange(): void {
    clearTimeout(this.factsTimer);
    this.factsTimer = setTimeout(() => this.scheduleAllOpen(0), FACTS_DELAY_MS);
  }

  /** The lint result for the document as it is now, linting it if the stored one is older. */
  async current(document: vscode.TextDocument): Promise<LintResult | null> {
    const key = document.uri.toString();
    const stored = this.results.get(key);
    if (stored && stored.version === document.version) return stored;
    return this.run(document);
  }

  /** Whether the document has been linted (or was found not to be a digest) since it was last forgotten. */
  knows(document: vscode.TextDocument): boolean {
    const key = document.uri.toString();
    return this.results.has(key) || this.timers.has(key);
  }

  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
    this.results.delete(key);
    this.collection.delete(uri);
  }

  private async publish(document: vscode.TextDocument, generation: number): Promise<void> {
    const key = document.uri.toString();
    const result = await this.run(document);
    // A newer edit, a close or a settings change has asked again meanwhile: this result is stale.
    if (this.generations.get(key) !== generation || document.isClosed) return;
    if (result === null) {
      this.results.delete(key);
      this.collection.delete(document.uri);
      return;
    }
    this.results.set(key, result);
    this.collection.set(document.uri, result.diagnostics.map((diagnostic) => this.toVsCode(document, diagnostic)));
  }

  private async run(document: vscode.TextDocument): Promise<LintResult | null> {
    // Documents that no tab shows (read by another feature, or whose tab was closed) get no diagnostics.
    if (SKIPPED_SCHEMES.has(document.uri.scheme) || !isInATab(document.uri) || digestOf(document) === null) return null;
    const settings = await this.configuration.forDocument(document);
    if (!settings.enabled || document.isClosed) return null;
    // Parsed once per version and shared with the outline and folding (the document may have changed while awaiting).
    const digest = digestOf(document);
    if (digest === null) return null;
    const version = document.version;
    const uri = document.uri.toString();
    const diagnostics = digestService.lint(document.getText(), { rules: settings.rules, uri, workspaceFacts: this.options.workspaceFacts, digest, locale: vscode.env.language });
    return { version, diagnostics, rules: settings.rules, uri };
  }

  private toVsCode(document: vscode.TextDocument, diagnostic: LintDiagnostic): vscode.Diagnostic {
    const result = new vscode.Diagnostic(toRange(diagnostic.range), diagnostic.message, DIAGNOSTIC_SEVERITY[diagnostic.severity]);
    result.source = DIAGNOSTIC_SOURCE;
    result.code = { value: diagnostic.code, target: this.docsUri.with({ fragment: findRule(diagnostic.code)!.anchor }) };
    if (diagnostic.related.length) {
      result.relatedInformation = diagnostic.related.map(
        (related) =>
          new vscode.DiagnosticRelatedInformation(
            new vscode.Location(related.uri ? vscode.Uri.parse(related.uri) : document.uri, toRange(related.range)),
            related.message,
          ),
      );
    }
    return result;
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    clearTimeout(this.factsTimer);
    this.collection.dispose();
  }
}

function textTabUris(tab: vscode.Tab): vscode.Uri[] {
  const input = tab.input;
  if (input instanceof vscode.TabInputText) return [input.uri];
  if (input instanceof vscode.TabInputTextDiff) return [input.modified];
  return [];
}

function isInATab(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => textTabUris(tab).some((shown) => shown.toString() === key)));
}

/**
 * Registers diagnostics (their code actions: ./code-actions.ts). `docs/rules.md` ships inside the extension, so a
 * diagnostic's code links to the documentation of the installed version, offline too.
 */
export function registerDiagnostics(context: vscode.ExtensionContext, options: DiagnosticsOptions = {}): DigestLinter {
  const configuration = new LintConfiguration();
  const docsUri = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules.md');
  const linter = new DigestLinter(configuration, docsUri, options);
  const runSetting = (document: vscode.TextDocument) =>
    vscode.workspace.getConfiguration('dailyPapers.lint', document.uri).get<string>('run', 'onType');
  context.subscriptions.push(
    configuration,
    linter,
    vscode.workspace.onDidOpenTextDocument((document) => linter.schedule(document, 0)),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length === 0) return;
      if (runSetting(event.document) === 'onType') linter.schedule(event.document, TYPING_DELAY_MS);
    }),
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (runSetting(document) === 'onSave') linter.schedule(document, 0);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => linter.forget(document.uri)),
    // VS Code may keep a document open for a while after its last tab closes: clear on the tab too,
    // and lint again when such a document is shown again.
    vscode.window.tabGroups.onDidChangeTabs(({ closed }) => {
      for (const uri of closed.flatMap(textTabUris)) if (!isInATab(uri)) linter.forget(uri);
    }),
    vscode.window.onDidChangeVisibleTextEditors((editors) => {
      for (const { document } of editors) if (!linter.knows(document)) linter.schedule(document, 0);
    }),
    configuration.onDidChange(() => linter.scheduleAllOpen(0)),
  );
  if (options.onDidChangeWorkspaceFacts) {
    context.subscriptions.push(options.onDidChangeWorkspaceFacts(() => linter.scheduleAfterFactsChange()));
  }
  linter.scheduleAllOpen(0);
  return linter;
}
