/** The three output formats of `daily-papers lint`: stylish (people), json (scripts), sarif (code scanning). */

import { pathToFileURL } from 'node:url';
import { version } from '../../package.json';
import { type LintDiagnostic, RULES, ruleDescription, type Severity } from '../core/digest-service';

export interface FileReport {
  /** The path as shown to people, `/`-separated, relative to the working folder when inside it. */
  file: string;
  diagnostics: LintDiagnostic[];
}

export const FORMATS = ['stylish', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

/** The rules are documented in docs/rules.md, which has no public web address: SARIF names it in each rule's help. */
const ruleHelp = (rule: (typeof RULES)[number], description: string) => ({
  text: `${description} See docs/rules.md#${rule.anchor}.`,
  markdown: `**${rule.code} ${rule.name}**: ${description}\n\nSee \`docs/rules.md#${rule.anchor}\` for examples, the fix and how to configure it.`,
});

/** `locale` is the language of the rules' descriptions in SARIF (the messages come translated already). */
export function formatReport(format: Format, reports: FileReport[], cwd: string, locale?: string): string {
  const sorted = [...reports].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  if (format === 'json') return `${JSON.stringify(toJson(sorted), null, 2)}\n`;
  if (format === 'sarif') return `${JSON.stringify(toSarif(sorted, cwd, locale), null, 2)}\n`;
  return formatStylish(sorted);
}

function formatStylish(reports: FileReport[]): string {
  const out: string[] = [];
  const totals: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const { file, diagnostics } of reports) {
    if (diagnostics.length === 0) continue;
    out.push(file);
    const places = diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}`);
    const placeWidth = Math.max(...places.map((place) => place.length));
    const severityWidth = Math.max(...diagnostics.map((d) => d.severity.length));
    diagnostics.forEach((d, i) => {
      totals[d.severity]++;
      out.push(`  ${places[i].padEnd(placeWidth)}  ${d.severity.padEnd(severityWidth)}  ${d.message}  ${d.code}`);
    });
    out.push('');
  }
  const problems = totals.error + totals.warning + totals.information + totals.hint;
  const files = `${reports.length} file${reports.length === 1 ? '' : 's'}`;
  out.push(
    problems === 0
      ? `No problems in ${files}.`
      : `${problems} problem${problems === 1 ? '' : 's'} in ${files} (${totals.error} error${totals.error === 1 ? '' : 's'}, ${totals.warning} warning${totals.warning === 1 ? '' : 's'}, ${totals.information} information, ${totals.hint} hint${totals.hint === 1 ? '' : 's'})`,
  );
  return `${out.join('\n')}\n`;
}

function toJson(reports: FileReport[]) {
  return reports.flatMap(({ file, diagnostics }) =>
    diagnostics.map((d) => ({
      file,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      endLine: d.range.end.line + 1,
      endColumn: d.range.end.character + 1,
      code: d.code,
      name: d.name,
      severity: d.severity,
      message: d.message,
    })),
  );
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

function toSarif(reports: FileReport[], cwd: string, locale?: string) {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.code, index]));
  const artifact = (file: string) =>
    file.startsWith('/') ? { uri: pathToFileURL(file).href } : { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
  const region = (range: LintDiagnostic['range']) => ({
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'daily-papers',
            version,
            rules: RULES.map((rule) => ({
              id: rule.code,
              name: rule.name,
              shortDescription: { text: ruleDescription(rule, locale) },
              help: ruleHelp(rule, ruleDescription(rule, locale)),
              defaultConfiguration:
                rule.defaultSeverity === 'off' ? { enabled: false, level: 'none' } : { enabled: true, level: SARIF_LEVEL[rule.defaultSeverity] },
            })),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).href } },
        columnKind: 'utf16CodeUnits',
        results: reports.flatMap(({ file, diagnostics }) =>
          diagnostics.map((d) => ({
            ruleId: d.code,
            ruleIndex: ruleIndex.get(d.code),
            level: SARIF_LEVEL[d.severity],
            message: { text: d.message },
            locations: [{ physicalLocation: { artifactLocation: artifact(file), region: region(d.range) } }],
            ...(d.related.length
              ? {
                  relatedLocations: d.related.map((related, id) => ({
                    id,
                    message: { text: related.message },
                    physicalLocation: { artifactLocation: artifact(related.uri || file), region: region(related.range) },
                  })),
                }
              : {}),
          })),
        ),
      },
    ],
  };
}
