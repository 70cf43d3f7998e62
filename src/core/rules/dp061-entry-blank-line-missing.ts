import type { FieldLine, PaperEntry } from '../model';
import { fieldRange, mediaOf } from './entry-fields';
import { FIELD_NAMES } from './helpers';
import type { MessageKey } from '../l10n';
import type { Rule, RuleContext } from './rule';
import { EN } from '../l10n/messages-en';

export const entryBlankLineMissing: Rule = {
  code: 'DP061',
  name: 'entry-blank-line-missing',
  defaultSeverity: 'information',
  description: EN['DP061.description'],
  anchor: 'dp061',
  fixable: true,
  check(context) {
    for (const paper of context.papers) {
      const fields = paper.fields;
      for (let k = 1; k < fields.length; k++) {
        const above = fields[k - 1];
        const field = fields[k];
        if (field.line !== above.endLine + 1) continue;
        const how = joins(paper, above, field, context);
        if (how === null) continue;
        context.report({
          range: fieldRange(field, context, paper),
          message: context.t('DP061.missing', context.t(FIELD_NAMES[field.kind]), context.t(FIELD_NAMES[above.kind]), context.t(how)),
          fix: {
            description: context.t('DP061.fix'),
            edits: [{ range: { start: { line: field.line, character: 0 }, end: { line: field.line, character: 0 } }, newText: context.eol }],
          },
        });
      }
    }
  },
};

/**
 * How CommonMark treats `field` right below `above`, or null when they stay apart: a list item,
 * `<div>` or `<iframe>` interrupts a paragraph; any line continues an HTML block (`<div><video>`)
 * and lazily continues a bullet's paragraph.
 */
function joins(paper: PaperEntry, above: FieldLine, field: FieldLine, context: RuleContext): MessageKey | null {
  if (above.kind === 'text' || field.kind === 'text') return null;
  if (above.kind === 'media' && endsInHtmlBlock(paper, above, context)) return 'DP061.swallows';
  if (field.kind === 'summary') return null;
  if (field.kind === 'media' && startsHtmlBlock(paper, field)) return null;
  return above.kind === 'summary' ? 'DP061.folds' : 'DP061.joins';
}

const COMPLETE_OPEN_TAG_ALONE = /^ {0,3}<video(?:\s+[^\s"'=<>`/]+(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>\s*$/i;

function endsInHtmlBlock(paper: PaperEntry, field: FieldLine, context: RuleContext): boolean {
  const media = mediaOf(paper, field);
  if (media === null) return false;
  switch (media.form) {
    case 'video-block':
    case 'html-iframe':
      return true;
    case 'watch-video':
      return media.hasVideoBlock;
    case 'html-video':
      // `<video>` is not one of CommonMark's block tags: it opens an HTML block only as a complete tag
      // alone on its line; `<video src=…></video>` or a tag cut over lines is a paragraph.
      return COMPLETE_OPEN_TAG_ALONE.test(context.line(media.range.start.line));
    default:
      return false;
  }
}

function startsHtmlBlock(paper: PaperEntry, field: FieldLine): boolean {
  const form = mediaOf(paper, field)?.form;
  return form === 'video-block' || form === 'html-iframe';
}
