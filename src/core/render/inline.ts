/**
 * Inline Markdown of titles and summary bullets through markdown-it with `html: false`: tags written in
 * a digest (`<think>`, `<EOS>`) stay text, links keep only http(s) targets, `$…$` is shown as written, and
 * a bare URL ends where ASCII ends, so `https://github.com/x/y에서` links only the URL.
 */

import MarkdownIt from 'markdown-it';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import { safeUrl } from './urls';

const DOLLAR = 0x24;

/** `$…$` on one line becomes plain text, so `_`, `*` and `\{` inside math are not read as Markdown. */
function mathAsText(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== DOLLAR) return false;
  const close = state.src.indexOf('$', state.pos + 1);
  if (close <= state.pos + 1 || close >= state.posMax) return false;
  // Stryker disable next-line StringLiteral: a text token's tag is never written
  if (!silent) state.push('text', '', 0).content = state.src.slice(state.pos, close + 1);
  state.pos = close + 1;
  return true;
}

/** The length of the URL after `http:`/`https:` at `pos`: printable ASCII, without trailing punctuation. */
function validateBareUrl(text: string, pos: number): number {
  const match = /^\/\/[!-~]+/.exec(text.slice(pos, pos + 2048));
  if (!match) return 0;
  let url = match[0].replace(/[<>"'`].*/, '');
  for (;;) {
    const trimmed = url.replace(/[.,;:!?*_~]$/, '');
    const closer = trimmed.at(-1);
    if ((closer === ')' || closer === ']') && count(trimmed, closer === ')' ? '(' : '[') < count(trimmed, closer)) {
      url = trimmed.slice(0, -1);
      continue;
    }
    if (trimmed === url) break;
    url = trimmed;
  }
  return url.length > 2 ? url.length : 0;
}

function count(text: string, char: string): number {
  let n = 0;
  for (const each of text) if (each === char) n++;
  return n;
}

function configure(md: MarkdownIt): MarkdownIt {
  // Stryker disable next-line StringLiteral: markdown-it checks the normalised link with validateLink, which refuses any non-http value
  md.normalizeLink = (url) => safeUrl(url) ?? 'unsafe:';
  // Stryker disable next-line Regex: markdown-it asks this of links safeUrl normalised: an http(s) URL or "unsafe:"
  md.validateLink = (url) => /^https?:\/\//i.test(url);
  md.inline.ruler.before('escape', 'math_as_text', mathAsText);
  const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, i, options, _env, self) => self.renderToken(tokens, i, options));
  md.renderer.rules.link_open = (tokens, i, options, env, self) => {
    tokens[i].attrSet('rel', 'noreferrer noopener');
    return defaultLinkOpen(tokens, i, options, env, self);
  };
  return md;
}

const bulletMarkdown = configure(new MarkdownIt('default', { html: false, linkify: true, typographer: false }));
bulletMarkdown.disable(['image']);
bulletMarkdown.linkify
  .set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false })
  .add('ftp:', null)
  .add('//', null)
  .add('mailto:', null)
  .add('http:', { validate: validateBareUrl })
  .add('https:', { validate: validateBareUrl });

/** Titles sit inside a link to the paper, so they get emphasis and code but never links of their own. */
const titleMarkdown = configure(new MarkdownIt('zero', { html: false }));
titleMarkdown.enable(['emphasis', 'backticks', 'escape', 'entity', 'strikethrough']);

export function renderBulletHtml(text: string): string {
  return bulletMarkdown.renderInline(text);
}

export function renderTitleHtml(text: string): string {
  return titleMarkdown.renderInline(text);
}
