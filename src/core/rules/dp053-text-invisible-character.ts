import type { MessageKey } from '../l10n';
import type { Rule } from './rule';
import { codePoint, findEntryCharacters, placeOf } from './text-scan';
import { EN } from '../l10n/messages-en';

/** Soft hyphens (U+00AD) and joiners that shape emoji and scripts (U+200C, U+200D) have legitimate uses and are left alone. */
const NAMES: Record<string, MessageKey> = {
  '\u00a0': 'DP053.noBreakSpace',
  '\u200b': 'DP053.zeroWidthSpace',
  '\u2060': 'DP053.wordJoiner',
  '\u2062': 'DP053.invisibleTimes',
  '\ufeff': 'DP053.zeroWidthNoBreakSpace',
};

const INVISIBLE = Object.keys(NAMES);

export const textInvisibleCharacter: Rule = {
  code: 'DP053',
  name: 'text-invisible-character',
  defaultSeverity: 'information',
  description: EN['DP053.description'],
  anchor: 'dp053',
  fixable: true,
  check(context) {
    for (const hit of findEntryCharacters(context, INVISIBLE)) {
      const range = { start: { line: hit.line, character: hit.character }, end: { line: hit.line, character: hit.character + 1 } };
      const place = placeOf(hit);
      // A URL cannot hold a space, so there even a no-break space is removed; in the paper's heading
      // outside its title (the link, which carries the id) the character is only reported.
      const space = hit.char === '\u00a0' && place === 'text';
      context.report({
        range,
        message: context.t(space ? 'DP053.textSpace' : place === 'text' ? 'DP053.text' : 'DP053.url', codePoint(hit.char), context.t(NAMES[hit.char])),
        fix:
          place === 'heading-link'
            ? undefined
            : { description: space ? context.t('DP053.fixSpace') : context.t('DP053.fixRemove', codePoint(hit.char)), edits: [{ range, newText: space ? ' ' : '' }] },
      });
    }
  },
};
