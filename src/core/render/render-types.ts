/** What the renderer takes besides the digest, and the pieces it returns for patching a live page. */

export type RenderSeverity = 'error' | 'warning' | 'information' | 'hint';

/** A problem to show as a badge on the card of the entry that holds its line. */
export interface RenderDiagnostic {
  code: string;
  message: string;
  severity: RenderSeverity;
  /** 0-based line where the problem starts. */
  line: number;
}

export interface RenderedCard {
  /** Stable across edits that do not change the paper: its arXiv id or title, plus a counter for repeats. */
  key: string;
  /** Changes exactly when the card's markup (apart from its line and position) changes. */
  hash: string;
  line: number;
  /** The whole `<article>`. */
  html: string;
}

export interface RenderedSection {
  key: string;
  /** 0-based line of the day heading; null for papers outside any day. */
  line: number | null;
  /** The section's `<header>`. */
  headerHtml: string;
  cards: RenderedCard[];
}

export interface RenderedDigest {
  sections: RenderedSection[];
  paperCount: number;
  /** The notes shown for a digest without papers and for a day without papers, in the render's language. */
  emptyHtml: { digest: string; section: string };
}
