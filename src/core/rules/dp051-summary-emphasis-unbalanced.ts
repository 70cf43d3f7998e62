import type { SummaryBullet, SummaryKey } from '../model';
import { quote } from './helpers';
import type { Rule, RuleContext } from './rule';
import { EN } from '../l10n/messages-en';

export const summaryEmphasisUnbalanced: Rule = {
  code: 'DP051',
  name: 'summary-emphasis-unbalanced',
  defaultSeverity: 'warning',
  description: EN['DP051.description'],
  anchor: 'dp051',
  fixable: true,
  check(context) {
    for (const paper of context.papers) {
      for (const bullet of paper.summary) {
        const key = bullet.key;
        if (key === null || key.openMarks === key.closeMarks) continue;
        const written = textOf(key, context);
        if (!isUnbalanced(key, bullet, written)) continue;
        const marks = siblingMarks(paper.summary) ?? Math.max(key.openMarks, key.closeMarks);
        const balanced = balance(key, written, marks);
        context.report({
          range: key.range,
          message: context.t('DP051.unbalanced', quote(written), key.openMarks, key.closeMarks, quote(balanced)),
          fix: { description: context.t('DP051.fix', balanced), edits: [{ range: key.range, newText: balanced }] },
        });
      }
    }
  },
};

/**
 * `***Key*:` and `**Key**:` with a different count are unbalanced. A key with no closing marks is
 * only reported when nothing later in the bullet could close it (`*Note: the rest*` is fine).
 * Marks followed by a space open no emphasis (`- * item` is a nested list), so they are left alone.
 */
function isUnbalanced(key: SummaryKey, bullet: SummaryBullet, written: string): boolean {
  if (/\s/.test(written.charAt(key.openMarks))) return false;
  if (key.closeMarks > 0) return key.closeMarks !== key.openMarks;
  return !bullet.body.includes('*');
}

/** The mark count most balanced sibling keys use, if any. */
function siblingMarks(bullets: readonly SummaryBullet[]): number | null {
  const counts = new Map<number, number>();
  for (const bullet of bullets) {
    const key = bullet.key;
    if (key && key.openMarks === key.closeMarks) counts.set(key.openMarks, (counts.get(key.openMarks) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [marks, count] of counts) if (best === null || count > counts.get(best)!) best = marks;
  return best;
}

function textOf(key: SummaryKey, context: RuleContext): string {
  return context.line(key.range.start.line).slice(key.range.start.character, key.range.end.character);
}

/** Keeps the colon where it was written: `***Key***:` or `**Key:**`. */
function balance(key: SummaryKey, written: string, marks: number): string {
  const stars = '*'.repeat(marks);
  const colonInside = written.trimEnd().endsWith('*') && key.closeMarks > 0;
  return colonInside ? `${stars}${key.text}:${stars}` : `${stars}${key.text}${stars}:`;
}
