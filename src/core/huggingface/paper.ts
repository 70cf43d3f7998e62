/** A paper of the Hugging Face daily papers feed, cleaned for writing into a digest. */
export interface FeedPaper {
  /** The arXiv id. */
  id: string;
  /** Plain text: whitespace runs folded to one space, control characters dropped (not yet escaped). */
  title: string;
  /** Whole, non-negative vote count, or null when the feed gave none or not a whole number. */
  votes: number | null;
  /** Plain names in the feed's order, without blanks or repeats (not yet escaped). */
  authors: string[];
  /** An `https:` thumbnail or video, or null. */
  media: { kind: 'image' | 'video'; url: string } | null;
}
