/** arXiv identifiers: reading them from every URL form that digests use, validating them, and canonical URLs. */

export type ArxivUrlForm =
  | 'abs'
  | 'pdf'
  | 'huggingface'
  | 'relative-papers'
  | 'other';

export interface ArxivReference {
  /** The id without version, e.g. `2403.15371` or `hep-th/9901001`. */
  id: string;
  /** The version suffix number when the URL carried one (`v2` → 2). */
  version: number | null;
  /** Where the id came from. */
  form: ArxivUrlForm;
  /** Whether the id is well formed (month 01–12, right number of digits for its era). */
  valid: boolean;
  /** Whether the URL was `http:` rather than `https:`. */
  insecure: boolean;
}

const FOUR_DIGIT_ID = /^(\d{2})(\d{2})\.\d{4}$/;
const OLD_STYLE_ID = /^([a-z][a-z-]*(?:\.[A-Z]{2})?)\/(\d{2})(\d{2})(\d{3})$/;
const ID_WITH_VERSION = /^([a-z][a-z-]*(?:\.[A-Z]{2})?\/\d{7}|\d{4}\.\d{4,5})(?:v(\d+))?$/;
const ID_LIKE = /^([a-z][a-z.A-Z-]*\/\d+|\d{3,}\.\d+)(?:v(\d+))?$/;

const CANONICAL_PREFIX = 'https://arxiv.org/abs/';

/** `YYMM.NNNNN` (ten characters, 2015 on), checked without a regular expression: it runs for every paper. */
function isValidModernId(id: string): boolean {
  // Stryker disable next-line EqualityOperator: the id is ten characters long, and charCodeAt(10) (NaN) fails neither test
  for (let i = 0; i < 10; i++) {
    const code = id.charCodeAt(i);
    if (i === 4 ? code !== 46 : code < 48 || code > 57) return false;
  }
  const year = (id.charCodeAt(0) - 48) * 10 + (id.charCodeAt(1) - 48);
  const month = (id.charCodeAt(2) - 48) * 10 + (id.charCodeAt(3) - 48);
  return year >= 15 && month >= 1 && month <= 12;
}

/** True for `YYMM.NNNN` (2007–2014) and `YYMM.NNNNN` (2015 on), and for old-style `archive/YYMMNNN`. */
export function isValidArxivId(id: string): boolean {
  if (id.length === 10 && id.charCodeAt(4) === 46 /* . */) return isValidModernId(id);
  const fourDigit = FOUR_DIGIT_ID.exec(id);
  if (fourDigit) {
    const year = Number(fourDigit[1]);
    const month = Number(fourDigit[2]);
    return month >= 1 && month <= 12 && year <= 14 && (year > 7 || (year === 7 && month >= 4));
  }
  const legacy = OLD_STYLE_ID.exec(id);
  if (legacy) {
    const year = Number(legacy[2]);
    const month = Number(legacy[3]);
    const inRange = year >= 91 || year <= 7;
    return inRange && month >= 1 && month <= 12;
  }
  return false;
}

/**
 * Reads an arXiv id from a URL as digests write it: `https://arxiv.org/abs/ID`, `…/pdf/ID(.pdf)`,
 * with or without `vN`, `http:`, `huggingface.co/papers/ID`, or the relative `/papers/ID`.
 * Returns null when no id-shaped text is found.
 */
export function readArxivUrl(url: string): ArxivReference | null {
  // Stryker disable all: a shortcut for the commonest URL (it runs for every paper); the general reading below returns the same reference, so no test can tell the shortcut's mutants
  if (url.length === CANONICAL_PREFIX.length + 10 && url.startsWith(CANONICAL_PREFIX)) {
    const id = url.slice(CANONICAL_PREFIX.length);
    if (isValidModernId(id)) return { id, version: null, form: 'abs', valid: true, insecure: false };
  }
  // Stryker restore all
  const match = /^(?:(https?):\/\/(?:www\.|export\.)?([a-z0-9.-]+))?(\/[^?#]*)/i.exec(url.trim());
  if (!match) return null;
  const scheme = match[1]?.toLowerCase() ?? null;
  const host = match[2]?.toLowerCase() ?? null;
  const path = match[3].replace(/\/+$/, '');

  let form: ArxivUrlForm;
  let rest: string;
  if (host === null || host === 'huggingface.co') {
    const papers = /^\/papers\/(.+)/.exec(path);
    if (!papers) return null;
    form = host === null ? 'relative-papers' : 'huggingface';
    rest = papers[1];
  } else if (host === 'arxiv.org' || host.endsWith('.arxiv.org')) {
    const section = /^\/(abs|pdf|html)\/(.+)/.exec(path);
    if (!section) return null;
    form = section[1] === 'pdf' ? 'pdf' : section[1] === 'abs' ? 'abs' : 'other';
    // Stryker disable next-line Regex: an id never contains ".pdf", so only a trailing one can be removed
    rest = section[2].replace(/\.pdf$/i, '');
  } else {
    return null;
  }
  const exact = ID_WITH_VERSION.exec(rest);
  const loose = exact ?? ID_LIKE.exec(rest);
  const id = loose ? loose[1] : rest;
  if (!id) return null;
  const version = loose?.[2] !== undefined ? Number(loose[2]) : null;
  return {
    id,
    version,
    form,
    valid: isValidArxivId(id),
    insecure: scheme === 'http',
  };
}

/** Convenience: the id of a URL when it has a valid one, else null. */
export function arxivIdOf(url: string): string | null {
  const reference = readArxivUrl(url);
  return reference && reference.valid ? reference.id : null;
}

export function arxivAbsUrl(id: string): string {
  return `https://arxiv.org/abs/${id}`;
}

export function arxivPdfUrl(id: string): string {
  return `https://arxiv.org/pdf/${id}`;
}

export function huggingFacePaperUrl(id: string): string {
  return `https://huggingface.co/papers/${id}`;
}

/** True when the URL is exactly the canonical abs URL of its id. */
export function isCanonicalArxivUrl(url: string): boolean {
  const reference = readArxivUrl(url);
  return reference !== null && reference.valid && url === arxivAbsUrl(reference.id);
}
