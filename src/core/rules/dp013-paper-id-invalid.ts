import { quote } from './helpers';
import type { Range } from '../model';
import type { Rule } from './rule';
import { EN } from '../l10n/messages-en';

export const paperIdInvalid: Rule = {
  code: 'DP013',
  name: 'paper-id-invalid',
  defaultSeverity: 'error',
  description: EN['DP013.description'],
  anchor: 'dp013',
  fixable: false,
  check(context) {
    for (const paper of context.papers) {
      if (paper.titleStyle !== 'link' || paper.id !== null) continue;
      const range = visibleRange(paper.urlRange ?? paper.headingRange);
      const url = paper.url ?? '';
      context.report({
        range,
        message:
          paper.arxiv === null
            ? url
              ? context.t('DP013.notPaperLink', quote(url))
              : context.t('DP013.emptyLink')
            : context.t('DP013.invalidId', quote(paper.arxiv.id)),
      });
    }
  },
};

/** An empty link (`[T]()`) has an empty URL range; mark its `()` instead, so that the editor can show it. */
function visibleRange(range: Range): Range {
  if (range.start.line !== range.end.line || range.start.character !== range.end.character) return range;
  const { line, character } = range.start;
  return { start: { line, character: Math.max(0, character - 1) }, end: { line, character: character + 1 } };
}
