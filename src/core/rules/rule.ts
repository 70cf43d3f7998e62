/** The shape of a lint rule and of what it reports. Rules read the parsed digest, never `vscode`. */

import type { Digest, PaperEntry, Range } from '../model';
import type { Translate } from '../l10n';
import type { WorkspaceFacts } from '../workspace-facts';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  /** What the fix does, as a code action title ("Replace with https://arxiv.org/abs/2403.15371"). */
  description: string;
  edits: TextEdit[];
}

export interface RelatedLocation {
  uri: string;
  range: Range;
  message: string;
}

export interface Finding {
  range: Range;
  /** What is wrong and what is expected. */
  message: string;
  related?: RelatedLocation[];
  fix?: Fix;
  /** A severity other than the rule's default (DP014 across days); a configured severity still wins. */
  severity?: Severity;
}

export interface RuleContext {
  readonly digest: Digest;
  /** Every paper entry, in day sections and outside them, in source order. */
  readonly papers: readonly PaperEntry[];
  /** The document's URI (for related locations), `''` when unknown. */
  readonly uri: string;
  /** The line break used when a fix inserts lines. */
  readonly eol: string;
  readonly facts: WorkspaceFacts | null;
  /** The text after the byte order mark, if any. */
  readonly text: string;
  /** The text of a line, without its line break. */
  line(index: number): string;
  /** The 0-based line of an offset into `text`. */
  lineOf(offset: number): number;
  /** The offset into `text` at which a line starts. */
  lineStart(index: number): number;
  report(finding: Finding): void;
  /** The message catalogue of the caller's locale. */
  readonly t: Translate;
}

export interface Rule {
  code: string;
  name: string;
  defaultSeverity: SeveritySetting;
  /** One sentence for settings, SARIF and hovers. */
  description: string;
  /** The section of docs/rules.md that explains the rule. */
  anchor: string;
  fixable: boolean;
  check(context: RuleContext): void;
}
