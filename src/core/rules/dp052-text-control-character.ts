import { quote } from './helpers';
import type { MessageKey } from '../l10n';
import type { Rule } from './rule';
import { codePoint, findEntryCharacters, placeOf } from './text-scan';
import { EN } from '../l10n/messages-en';

const CONTROL = ['\x08', '\x0c', '\t'];
const ESCAPES: Record<string, string> = { '\x08': '\\b', '\x0c': '\\f', '\t': '\\t' };
const NAMES: Record<string, MessageKey> = { '\x08': 'DP052.backspace', '\x0c': 'DP052.formFeed', '\t': 'DP052.tab' };

export const textControlCharacter: Rule = {
  code: 'DP052',
  name: 'text-control-character',
  defaultSeverity: 'warning',
  description: EN['DP052.description'],
  anchor: 'dp052',
  fixable: true,
  check(context) {
    for (const hit of findEntryCharacters(context, CONTROL)) {
      const line = context.line(hit.line);
      const word = /^[A-Za-z]*/.exec(line.slice(hit.character + 1))![0];
      // A tab is a lost `\t` only inside text and before a macro name (`\textit`), not in indentation.
      if (hit.char === '\t' && (word === '' || line.slice(0, hit.character).trim() === '')) continue;
      const escape = ESCAPES[hit.char];
      const range = { start: { line: hit.line, character: hit.character }, end: { line: hit.line, character: hit.character + 1 } };
      context.report({
        range,
        message:
          word === ''
            ? context.t('DP052.controlAlone', codePoint(hit.char), context.t(NAMES[hit.char]), quote(escape))
            : context.t('DP052.control', codePoint(hit.char), context.t(NAMES[hit.char]), quote(escape), quote(escape + word)),
        // Inside a URL the character is reported but left to a person: a backslash would not repair a link.
        fix: placeOf(hit) !== 'text' ? undefined : { description: context.t('DP052.fix', escape), edits: [{ range, newText: escape }] },
      });
    }
  },
};
