import { describe, expect, it } from 'vitest';
import { arxivAbsUrl, arxivIdOf, arxivPdfUrl, huggingFacePaperUrl, isCanonicalArxivUrl, isValidArxivId, readArxivUrl } from '../../../src/core/arxiv';

describe('readArxivUrl', () => {
  it.each([
    ['https://arxiv.org/abs/2403.15371', '2403.15371', 'abs', null, false],
    ['https://arxiv.org/pdf/2403.15371', '2403.15371', 'pdf', null, false],
    ['https://arxiv.org/pdf/2403.15371.pdf', '2403.15371', 'pdf', null, false],
    ['https://arxiv.org/pdf/2403.15371v2', '2403.15371', 'pdf', 2, false],
    ['https://arxiv.org/abs/2403.15371v3', '2403.15371', 'abs', 3, false],
    ['http://arxiv.org/abs/2403.15371', '2403.15371', 'abs', null, true],
    ['https://www.arxiv.org/abs/2403.15371', '2403.15371', 'abs', null, false],
    ['https://huggingface.co/papers/2403.15371', '2403.15371', 'huggingface', null, false],
    ['/papers/2311.11045', '2311.11045', 'relative-papers', null, false],
    ['https://arxiv.org/abs/hep-th/9901001', 'hep-th/9901001', 'abs', null, false],
    ['https://arxiv.org/abs/math.AG/0601001v1', 'math.AG/0601001', 'abs', 1, false],
  ])('reads %s', (url, id, form, version, insecure) => {
    const reference = readArxivUrl(url);
    expect(reference).toEqual({ id, form, version, insecure, valid: true });
  });

  it.each([
    'https://github.com/x/y',
    'https://huggingface.co/datasets/x',
    'https://arxiv.org/list/cs.CL/recent',
    'papers/2403.15371',
    '',
  ])('finds no arXiv reference in %j', (url) => {
    expect(readArxivUrl(url)).toBeNull();
  });

  it.each([
    ['https://arxiv.org/abs/2413.12345', '2413.12345'],
    ['https://arxiv.org/abs/2403.1537', '2403.1537'],
    ['https://arxiv.org/abs/24031.5371', '24031.5371'],
    ['https://arxiv.org/abs/not-an-id', 'not-an-id'],
  ])('marks the malformed id in %s as invalid', (url, id) => {
    const reference = readArxivUrl(url);
    expect(reference?.id).toBe(id);
    expect(reference?.valid).toBe(false);
    expect(arxivIdOf(url)).toBeNull();
  });
});

describe('isValidArxivId', () => {
  it.each([
    ['0704.0001', true],
    ['1412.1234', true],
    ['1501.12345', true],
    ['2403.15371', true],
    ['0703.0001', false],
    ['1412.12345', false],
    ['1501.1234', false],
    ['2400.15371', false],
    ['2413.15371', false],
    ['hep-th/9901001', true],
    ['hep-th/9913001', false],
    ['hep-th/99010', false],
  ])('%s → %s', (id, valid) => {
    expect(isValidArxivId(id)).toBe(valid);
  });
});

describe('canonical URLs', () => {
  it('builds abs, PDF and Hugging Face URLs', () => {
    expect(arxivAbsUrl('2403.15371')).toBe('https://arxiv.org/abs/2403.15371');
    expect(arxivPdfUrl('2403.15371')).toBe('https://arxiv.org/pdf/2403.15371');
    expect(huggingFacePaperUrl('2403.15371')).toBe('https://huggingface.co/papers/2403.15371');
  });

  it('tells the canonical form from the others', () => {
    expect(isCanonicalArxivUrl('https://arxiv.org/abs/2403.15371')).toBe(true);
    expect(isCanonicalArxivUrl('https://arxiv.org/abs/2403.15371v2')).toBe(false);
    expect(isCanonicalArxivUrl('http://arxiv.org/abs/2403.15371')).toBe(false);
    expect(isCanonicalArxivUrl('https://arxiv.org/pdf/2403.15371')).toBe(false);
  });
});

describe('readArxivUrl, less common forms', () => {
  it.each([
    ['  https://arxiv.org/abs/2403.15371 ', '2403.15371', 'abs', null, false],
    ['https://arxiv.org/abs/2403.15371/', '2403.15371', 'abs', null, false],
    ['https://arxiv.org/abs/2403.15371//', '2403.15371', 'abs', null, false],
    ['https://arxiv.org/pdf/2403.15371v2.pdf/', '2403.15371', 'pdf', 2, false],
    ['https://arxiv.org/html/2403.15371v1', '2403.15371', 'other', 1, false],
    ['https://de.arxiv.org/abs/2403.15371', '2403.15371', 'abs', null, false],
    ['https://export.arxiv.org/abs/2403.15371', '2403.15371', 'abs', null, false],
    ['HTTP://ArXiv.org/abs/2403.15371', '2403.15371', 'abs', null, true],
    ['https://huggingface.co/papers/2403.15371/', '2403.15371', 'huggingface', null, false],
    ['https://arxiv.org/abs/2403.15371?context=cs', '2403.15371', 'abs', null, false],
    ['https://arxiv.org/abs/2403.15371#section', '2403.15371', 'abs', null, false],
    ['https://arxiv.org/abs/cs/0112017', 'cs/0112017', 'abs', null, false],
  ])('reads %j', (url, id, form, version, insecure) => {
    expect(readArxivUrl(url)).toEqual({ id, form, version, insecure, valid: true });
  });

  it.each([
    'https://arxiv.org',
    'https://arxiv.org/',
    'https://arxiv.org/a/abs/2403.15371',
    'https://arxiv.org/pdf/.pdf',
    'https://huggingface.co/api/papers/2403.15371',
    'https://nothuggingface.co/papers/2403.15371',
    'https://mirror.example.org/abs/2403.15371',
    'example.org/papers/2403.15371',
    'huggingface.co/papers/2403.15371',
    'ftp://arxiv.org/abs/2403.15371',
  ])('finds no arXiv reference in %j', (url) => {
    expect(readArxivUrl(url)).toBeNull();
  });

  it.each([
    ['https://arxiv.org/abs/2403x15371', '2403x15371', null],
    ['https://arxiv.org/abs/2403.1537a', '2403.1537a', null],
    ['https://arxiv.org/abs/2403.153712v1', '2403.153712', 1],
    ['https://huggingface.co/papers/2403.1537', '2403.1537', null],
  ])('keeps the malformed id of %s, marked invalid, with its version', (url, id, version) => {
    expect(readArxivUrl(url)).toMatchObject({ id, version, valid: false });
  });
});

describe('isValidArxivId, every boundary', () => {
  it.each([
    // YYMM.NNNNN from 2015: months 01 to 12, ten characters, digits only
    ['1501.00001', true],
    ['2412.12345', true],
    ['2400.12345', false],
    ['2413.12345', false],
    ['1412.12345', false],
    ['2403.1537a', false],
    ['2403.1537-', false],
    ['240a.15371', false],
    ['2403x15371', false],
    // YYMM.NNNN from April 2007 to December 2014
    ['0704.0001', true],
    ['0801.1234', true],
    ['0812.1234', true],
    ['0703.1234', false],
    ['0701.1234', false],
    ['0601.1234', false],
    ['0612.1234', false],
    ['0800.1234', false],
    ['0813.1234', false],
    ['1501.1234', false],
    // archive/YYMMNNN from 1991 to 2007
    ['cs/0112017', true],
    ['hep-th/9108001', true],
    ['hep-th/0703001', true],
    ['hep-th/9912001', true],
    ['hep-th/9001001', false],
    ['hep-th/0801001', false],
    ['hep-th/9900001', false],
    ['math.AG/0601001', true],
    ['', false],
    ['2403.15371v2', false],
  ])('%j → %s', (id, valid) => {
    expect(isValidArxivId(id)).toBe(valid);
  });
});

describe('arxivIdOf and isCanonicalArxivUrl', () => {
  it('gives the id of a URL with a valid one', () => {
    expect(arxivIdOf('https://arxiv.org/pdf/2403.15371v2')).toBe('2403.15371');
    expect(arxivIdOf('/papers/2311.11045')).toBe('2311.11045');
  });

  it('calls neither a foreign URL nor an invalid id canonical', () => {
    expect(isCanonicalArxivUrl('https://github.com/x/y')).toBe(false);
    expect(isCanonicalArxivUrl('https://arxiv.org/abs/2413.12345')).toBe(false);
    expect(isCanonicalArxivUrl('https://arxiv.org/abs/hep-th/9901001')).toBe(true);
  });
});
