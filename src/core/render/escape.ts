/** HTML escaping for text and attribute values: the only way digest text reaches the page outside markdown-it. */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

// C0 and C1 controls (tab and line breaks aside), noncharacters and lone surrogates: HTML forbids them.
const UNSHOWABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Makes characters that HTML does not allow visible instead: a control character becomes its symbol from
 * the Control Pictures block (`\b` of a mangled `\benchmark` shows as ␈), anything else U+FFFD.
 */
export function showUnshowable(html: string): string {
  return html.replace(UNSHOWABLE, (char) => {
    const code = char.charCodeAt(0);
    // Stryker disable next-line EqualityOperator: a space (0x20) is never unshowable, so it never gets here
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return '\uFFFD';
  });
}
