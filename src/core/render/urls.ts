/** Which URLs of a digest may become links or media: only http(s), upgraded to https where the host serves it. */

/** Hosts known to serve https, whose `http:` links are shown as `https:` (arXiv, Hugging Face and their CDNs). */
const HTTPS_HOSTS = /^(?:(?:[a-z0-9-]+\.)*arxiv\.org|(?:[a-z0-9-]+\.)*huggingface\.co)$/i;

/**
 * The URL to put in an `href` or `src`, or null when it must be shown as text: anything but an absolute
 * `http:`/`https:` URL (`javascript:`, `data:`, `vbscript:`, relative paths, garbage).
 */
export function safeUrl(raw: string): string | null {
  const text = raw.trim();
  if (!/^https?:\/\//i.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  // The scheme is http or https (checked above), and the URL parser keeps it.
  if (HTTPS_HOSTS.test(url.hostname)) url.protocol = 'https:';
  return url.href;
}

/** A URL that media may load from: https only, since the page's CSP allows nothing else. */
export function safeMediaUrl(raw: string): string | null {
  const url = safeUrl(raw);
  return url !== null && url.startsWith('https:') ? url : null;
}
