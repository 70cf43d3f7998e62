import type { Range } from './model';

/** A day section or paper entry somewhere in the workspace. */
export interface DigestLocation {
  /** The document's URI as a string (`file:///…`, or any scheme of a virtual workspace). */
  uri: string;
  range: Range;
  /** The day the location belongs to, when known. */
  date: string | null;
}

/**
 * What the rules that look beyond one file (DP004 day-duplicate, DP014 paper-duplicate across days)
 * need to know about the rest of the workspace. The workspace index implements it; lint without it
 * checks the file alone.
 */
export interface WorkspaceFacts {
  /** Day sections with this date in files other than `uri`. */
  otherDays(date: string, uri: string): DigestLocation[];
  /** Paper entries with this arXiv id in files other than `uri`. */
  otherPapers(id: string, uri: string): DigestLocation[];
}
