/** An author's name as counted: NFC, runs of whitespace as one space, trimmed. */
export function authorKey(name: string): string {
  return isPlainName(name) ? name : name.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Whether NFC and collapsing whitespace leave the name as it is: single inner spaces only, and only
 * characters below U+0300 that are neither controls nor whitespace (all of them are NFC already).
 */
function isPlainName(name: string): boolean {
  const last = name.length - 1;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: only picks the fast path; the full key of a name this lets through is the same
  if (last < 0 || name.charCodeAt(0) === 32 || name.charCodeAt(last) === 32) return last < 0;
  for (let i = 0; i <= last; i++) {
    const code = name.charCodeAt(i);
    if (code < 32 || (code >= 0x7f && code <= 0xa0) || code >= 0x300) return false;
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,ArithmeticOperator: only picks the fast path; a double space is found from either of its two characters, and the full key is the same
    if (code === 32 && name.charCodeAt(i + 1) === 32) return false;
  }
  // Stryker disable next-line BooleanLiteral: sends every name the full way, which gives the same key
  return true;
}

/**
 * Every distinct author key met, numbered from 0. Index records keep these numbers, so the archive stats
 * count an entry's authors in arrays indexed by number instead of hashing each name (hundreds of
 * thousands per count in a big archive). Numbers are never reused: a key stays in the table once met,
 * which costs one string per distinct name (names an edit leaves behind included).
 */
class AuthorKeyTable {
  private readonly ids = new Map<string, number>();
  private readonly keys: string[] = [];

  /** The key's number, given one when it is new. The key is stored as its own copy, not as a view into a larger text. */
  idOf(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      const copy = [key, ''].join('\n').slice(0, -1);
      this.keys.push(copy);
      this.ids.set(copy, id);
    }
    return id;
  }

  /** The key's number, or undefined when no record has it. */
  find(key: string): number | undefined {
    return this.ids.get(key);
  }

  keyOf(id: number): string {
    return this.keys[id];
  }

  /** How many numbers were given out (the next one). */
  get size(): number {
    return this.keys.length;
  }
}

export const authorKeyTable = new AuthorKeyTable();
