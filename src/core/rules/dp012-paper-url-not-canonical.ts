import { arxivAbsUrl, type ArxivReference } from '../arxiv';
import { quote } from './helpers';
import type { Rule } from './rule';

export const paperUrlNotCanonical: Rule = {
  code: 'DP012',
  name: 'paper-url-not-canonical',
  defaultSeverity: 'warning',
  description: 'Paper headings should link to the arXiv abstract page, `https://arxiv.org/abs/ID`.',
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
        message: `${quote(url)} is ${describe(paper.arxiv)}; expected ${quote(canonical)}.`,
        fix: { description: `Replace with ${canonical}`, edits: [{ range: paper.urlRange, newText: canonical }] },
      });
    }
  },
};

const ABS_PREFIX = 'https://arxiv.org/abs/';

/** Compares without building the canonical URL: this runs for every paper. */
function isCanonical(url: string, id: string): boolean {
  return url.length === ABS_PREFIX.length + id.length && url.startsWith(ABS_PREFIX) && url.endsWith(id);
}

function describe(arxiv: ArxivReference): string {
  switch (arxiv.form) {
    case 'pdf':
      return 'a PDF link';
    case 'huggingface':
      return 'a Hugging Face papers link';
    case 'relative-papers':
      return 'a relative link that only works on huggingface.co';
    default:
      if (arxiv.version !== null) return `a link to version ${arxiv.version}`;
      if (arxiv.insecure) return 'an http: link';
      return 'not the canonical abstract link';
  }
}
