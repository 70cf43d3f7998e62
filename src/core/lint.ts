/**
 * `lint(text, options)`: parses a digest once and runs every enabled rule over the model.
 * Pure: no `vscode`, no file system; the extension and the CLI bring text, settings and workspace facts.
 */

import { readSuppressions } from './disable-comments';
import { translator, type Translate } from './l10n';
import { consoleLogger, type Logger } from './logger';
import type { Digest, PaperEntry, Range } from './model';
import { parseLineTable } from './parser/parser';
import { findRule, RULES } from './rules';
import type { Finding, Fix, RelatedLocation, Rule, RuleContext, Severity, SeveritySetting } from './rules/rule';
import { LineTable, lineEndingOf } from './parser/text';
import type { WorkspaceFacts } from './workspace-facts';

export interface LintOptions {
  /** Rule code or name → severity or `off`; rules not named keep their default. */
  rules?: Readonly<Record<string, SeveritySetting>>;
  /** The document's URI, used in related locations and for asking `workspaceFacts` about other files. */
  uri?: string;
  workspaceFacts?: WorkspaceFacts;
  /** The parsed text, when the caller has it already. */
  digest?: Digest;
  /** Where a failing rule or parser is reported; the console when absent. */
  logger?: Logger;
  /** The language of messages, a BCP 47 tag such as `ko` or `en-US`; English when absent or unknown. */
  locale?: string;
}

export interface LintDiagnostic {
  code: string;
  name: string;
  severity: Severity;
  message: string;
  range: Range;
  related: RelatedLocation[];
  fix?: Fix;
}

export function lint(text: string, options: LintOptions = {}): LintDiagnostic[] {
  const source = LineTable.of(text);
  const logger = options.logger ?? consoleLogger;
  const digest = options.digest ?? parseLineTable(source, logger);
  const context = new LintContext(digest, source, options);
  const configured = resolveSettings(options.rules);
  for (const rule of RULES) {
    const setting = configured.get(rule.code);
    if (setting === 'off' || (setting === undefined && rule.defaultSeverity === 'off')) continue;
    context.startRule(rule, setting ?? null);
    try {
      rule.check(context);
    } catch (error) {
      // A bug in one rule must not take the other rules' diagnostics with it.
      logger.error(`daily-papers: rule ${rule.code} failed:`, error);
    }
  }
  const suppressions = readSuppressions(source.source, (offset) => source.lineOf(offset));
  return context.diagnostics
    .filter((diagnostic) => !suppressions.isSuppressed(diagnostic.code, diagnostic.range.start.line))
    .sort(compareDiagnostics);
}

class LintContext implements RuleContext {
  readonly diagnostics: LintDiagnostic[] = [];
  readonly uri: string;
  readonly eol: string;
  readonly facts: WorkspaceFacts | null;
  readonly t: Translate;
  private rule: Rule = RULES[0];
  private configured: Severity | null = null;
  private allPapers: readonly PaperEntry[] | null = null;

  constructor(
    readonly digest: Digest,
    private readonly source: LineTable,
    options: LintOptions,
  ) {
    this.uri = options.uri ?? '';
    this.eol = lineEndingOf(source.source);
    this.facts = options.workspaceFacts ?? null;
    this.t = translator(options.locale);
  }

  get text(): string {
    return this.source.source;
  }

  get papers(): readonly PaperEntry[] {
    this.allPapers ??= papersOf(this.digest);
    return this.allPapers;
  }

  startRule(rule: Rule, configured: Severity | null): void {
    this.rule = rule;
    this.configured = configured;
  }

  line(index: number): string {
    return this.source.text(index);
  }

  lineOf(offset: number): number {
    return this.source.lineOf(offset);
  }

  lineStart(index: number): number {
    return this.source.starts[index] ?? this.source.source.length;
  }

  report(finding: Finding): void {
    const rule = this.rule;
    const diagnostic: LintDiagnostic = {
      code: rule.code,
      name: rule.name,
      severity: this.configured ?? finding.severity ?? (rule.defaultSeverity as Severity),
      message: finding.message,
      range: finding.range,
      related: finding.related ?? [],
    };
    if (finding.fix && finding.fix.edits.length > 0) diagnostic.fix = finding.fix;
    this.diagnostics.push(diagnostic);
  }
}

/** Papers of day sections and orphans, in source order. */
function papersOf(digest: Digest): readonly PaperEntry[] {
  // Stryker disable next-line ConditionalExpression: a shortcut; flatMap over one day gives the same papers
  const inDays = digest.days.length === 1 ? digest.days[0].papers : digest.days.flatMap((day) => day.papers);
  // Stryker disable next-line ConditionalExpression: a shortcut; the papers of days are in source order already, so sorting them changes nothing
  if (digest.orphanPapers.length === 0) return inDays;
  return [...inDays, ...digest.orphanPapers].sort((a, b) => a.headingRange.start.line - b.headingRange.start.line);
}

function resolveSettings(rules: LintOptions['rules']): Map<string, SeveritySetting> {
  const settings = new Map<string, SeveritySetting>();
  if (!rules) return settings;
  for (const [key, value] of Object.entries(rules)) {
    const rule = findRule(key);
    if (rule) settings.set(rule.code, value);
  }
  return settings;
}

function compareDiagnostics(a: LintDiagnostic, b: LintDiagnostic): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}
