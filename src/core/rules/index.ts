/** Every rule, in code order. Codes and names are fixed: tools and configuration files depend on them. */

import { dayHeadingMissing } from './dp001-day-heading-missing';
import { dayDateInvalid } from './dp002-day-date-invalid';
import { dayEmpty } from './dp003-day-empty';
import { dayDuplicate } from './dp004-day-duplicate';
import { dayUnsorted } from './dp005-day-unsorted';
import { paperHeadingNotLink } from './dp010-paper-heading-not-link';
import { paperTitleEmpty } from './dp011-paper-title-empty';
import { paperUrlNotCanonical } from './dp012-paper-url-not-canonical';
import { paperIdInvalid } from './dp013-paper-id-invalid';
import { paperDuplicate } from './dp014-paper-duplicate';
import { mediaMissing } from './dp020-media-missing';
import { mediaUrlRelative } from './dp021-media-url-relative';
import { mediaUrlInsecure } from './dp022-media-url-insecure';
import { mediaVideoMalformed } from './dp023-media-video-malformed';
import { voteMissing } from './dp030-vote-missing';
import { voteInvalid } from './dp031-vote-invalid';
import { authorsMissing } from './dp040-authors-missing';
import { authorsPythonList } from './dp041-authors-python-list';
import { authorsDuplicateName } from './dp042-authors-duplicate-name';
import { authorsEmptyName } from './dp043-authors-empty-name';
import { summaryEmpty } from './dp050-summary-empty';
import { summaryEmphasisUnbalanced } from './dp051-summary-emphasis-unbalanced';
import { textControlCharacter } from './dp052-text-control-character';
import { textInvisibleCharacter } from './dp053-text-invisible-character';
import { summaryUnfinished } from './dp054-summary-unfinished';
import { entryFieldOrder } from './dp060-entry-field-order';
import { entryBlankLineMissing } from './dp061-entry-blank-line-missing';
import type { Rule } from './rule';

export const RULES: readonly Rule[] = [
  dayHeadingMissing,
  dayDateInvalid,
  dayEmpty,
  dayDuplicate,
  dayUnsorted,
  paperHeadingNotLink,
  paperTitleEmpty,
  paperUrlNotCanonical,
  paperIdInvalid,
  paperDuplicate,
  mediaMissing,
  mediaUrlRelative,
  mediaUrlInsecure,
  mediaVideoMalformed,
  voteMissing,
  voteInvalid,
  authorsMissing,
  authorsPythonList,
  authorsDuplicateName,
  authorsEmptyName,
  summaryEmpty,
  summaryEmphasisUnbalanced,
  textControlCharacter,
  textInvisibleCharacter,
  summaryUnfinished,
  entryFieldOrder,
  entryBlankLineMissing,
];

const BY_KEY = new Map<string, Rule>();
for (const rule of RULES) {
  BY_KEY.set(rule.code.toLowerCase(), rule);
  BY_KEY.set(rule.name, rule);
}

/** The rule for a code (`DP030`, `dp030`) or a name (`vote-missing`). */
export function findRule(key: string): Rule | undefined {
  return BY_KEY.get(key.trim().toLowerCase());
}

export type { Finding, Fix, RelatedLocation, Rule, RuleContext, Severity, SeveritySetting, TextEdit } from './rule';
