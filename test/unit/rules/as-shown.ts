import type { LintDiagnostic } from '../../../src/core/lint';
import type { Range } from '../../../src/core/model';
import { textAt } from '../helpers';
import { findings } from './rule-helpers';

const at = (range: Range) => `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;

/**
 * A finding as an editor shows it, in one line each: where (line:character, 0-based), the text it
 * underlines, the severity and message; then each related location and each edit of its fix with
 * the text it replaces. Tests compare these lines exactly.
 */
export function asShown(text: string, diagnostic: LintDiagnostic): string[] {
  return [
    `${at(diagnostic.range)} ${JSON.stringify(textAt(text, diagnostic.range))} ${diagnostic.severity}: ${diagnostic.message}`,
    ...diagnostic.related.map((related) => `  related ${related.uri} ${at(related.range)} ${JSON.stringify(textAt(text, related.range))}: ${related.message}`),
    ...(diagnostic.fix
      ? [
          `  fix: ${diagnostic.fix.description}`,
          ...diagnostic.fix.edits.map((edit) => `    ${at(edit.range)} ${JSON.stringify(textAt(text, edit.range))} -> ${JSON.stringify(edit.newText)}`),
        ]
      : []),
  ];
}

/** Every finding of one rule on a text, as shown (see asShown). */
export function shown(text: string, code: string, options: Parameters<typeof findings>[2] = {}): string[] {
  return findings(text, code, options).flatMap((diagnostic) => asShown(text, diagnostic));
}
