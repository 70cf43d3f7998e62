import type { Translate } from '../l10n';
import { arxivAbsUrl, type ArxivReference } from '../arxiv';
import { quote } from './helpers';
import type { Rule } from './rule';
import { EN } from '../l10n/messages-en';

export const paperUrlNotCanonical: Rule = {
  code: 'DP012',
  name: 'paper-url-not-canonical',
  defaultSeverity: 'warning',
  description: EN['DP012.description'],
  anchor: 'dp012',
  fixable: true,
  check(context) {
    for (const paper of context.papers) {
      const { id, url } = paper;
      if (id === null || url === null || isCanonical(url, id)) continue;
      if (paper.arxiv === null || paper.urlRange === null) continue;
      const canonical = arxivAbsUrl(id);
      context.report({
        range: paper.urlRange,
        message: describe(paper.arxiv, quote(url), quote(canonical), context.t),
        fix: { description: context.t('fix.replaceWith', canonical), edits: [{ range: paper.urlRange, newText: canonical }] },
      });
    }
  },
};

const ABS_PREFIX = 'https://arxiv.org/abs/';

/** Compares without building the canonical URL: this runs for every paper. */
function isCanonical(url: string, id: string): boolean {
  return url.length === ABS_PREFIX.length + id.length && url.startsWith(ABS_PREFIX) && url.endsWith(id);
}

function describe(arxiv: ArxivReference, url: string, canonical: string, t: Translate): string {
  switch (arxiv.form) {
    case 'pdf':
      return t('DP012.pdf', url, canonical);
    case 'huggingface':
      return t('DP012.huggingFace', url, canonical);
    case 'relative-papers':
      return t('DP012.relative', url, canonical);
    default:
      if (arxiv.version !== null) return t('DP012.version', url, canonical, arxiv.version);
      if (arxiv.insecure) return t('DP012.insecure', url, canonical);
      return t('DP012.other', url, canonical);
  }
}
