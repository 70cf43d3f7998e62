/**
 * Digest text made safe for Markdown that VS Code renders (hovers, tooltips): whitespace collapsed (so
 * nothing turns into a code block or a line break) and every ASCII punctuation character that Markdown
 * could read as syntax escaped, including `:` and `@`, so that GFM does not turn a bare `https://…`,
 * `www.…` or e-mail address of the digest into a link (with the escaping backslashes inside its target).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]()#+\-.!|<>~$&:@]/g, '\\$&');
}
