/**
 * The core's message catalogue: English by default, Korean when the caller's locale is Korean.
 * Callers pass a BCP 47 tag (`vscode.env.language`, or the CLI's `--locale`); keys take `{0}` arguments.
 */

import { format } from './format';
import { EN, type MessageKey } from './messages-en';
import { KO } from './messages-ko';

export type { MessageKey } from './messages-en';
export type Locale = 'en' | 'ko';
export type Translate = (key: MessageKey, ...args: (string | number)[]) => string;

export const CATALOGUES: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { en: EN, ko: KO };

/** `ko`, `ko-KR`, `ko_KR.UTF-8` → `ko`; anything else, or nothing, → `en`. */
export function localeOf(tag: string | undefined | null): Locale {
  // Stryker disable next-line StringLiteral: any text standing in for a missing tag that does not start with ko reads as English too
  return /^ko(?:[-_.@]|$)/i.test(tag?.trim() ?? '') ? 'ko' : 'en';
}

const translators = new Map<Locale, Translate>();

export function translator(tag?: string | null): Translate {
  const locale = localeOf(tag);
  let translate = translators.get(locale);
  // Stryker disable next-line ConditionalExpression: a cache; a new translator of the same table says the same
  if (!translate) {
    const table = CATALOGUES[locale];
    translate = (key, ...args) => format(table[key] ?? EN[key], args);
    translators.set(locale, translate);
  }
  return translate;
}

export const english: Translate = translator('en');

/** A rule's one-line description (`DP030.description`) in the language of `tag`; the rule's own English text for a code the catalogue lacks. */
export function ruleDescription(rule: { readonly code: string; readonly description: string }, tag?: string | null): string {
  const key = `${rule.code}.description`;
  return key in EN ? translator(tag)(key as MessageKey) : rule.description;
}
