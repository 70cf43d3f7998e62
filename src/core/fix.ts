/**
 * Applying fixes to text: one diagnostic's fix, or every fix at once. Edits use LSP positions (after a
 * byte order mark, which is kept). `fixAll` repeats until nothing fixable is left, so applying it
 * twice gives the same text as applying it once.
 */

import type { Position } from './model';
import { lint, type LintDiagnostic, type LintOptions } from './lint';
import type { TextEdit } from './rules/rule';
import { lineIndexOf, lineStartOffsets } from './parser/text';

interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

/** Applies non-overlapping edits; throws if two edits overlap (a bug in a rule). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  // Stryker disable next-line ConditionalExpression: a shortcut; with no edits the loop below returns the text as it is
  if (edits.length === 0) return text;
  const ordered = toOffsets(text, edits);
  let result = '';
  let at = 0;
  for (const edit of ordered) {
    if (edit.start < at) throw new Error('overlapping edits');
    result += text.slice(at, edit.start) + edit.newText;
    at = edit.end;
  }
  return result + text.slice(at);
}

export interface FixAllResult {
  text: string;
  /** The diagnostics whose fixes were applied, in the order they were applied. */
  fixed: LintDiagnostic[];
}

export interface FixAllOptions extends LintOptions {
  /** Only fix these rule codes (e.g. "Fix all DP012 in this file"). */
  codes?: ReadonlySet<string>;
}

const MAX_PASSES = 10;

export function fixAll(text: string, options: FixAllOptions = {}): FixAllResult {
  // A parsed digest given by the caller describes the text before the first fix: each pass parses anew.
  const { codes, digest: _staleAfterFirstPass, ...lintOptions } = options;
  let current = text;
  const fixed: LintDiagnostic[] = [];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixable = lint(current, lintOptions).filter((diagnostic) => diagnostic.fix && (!codes || codes.has(diagnostic.code)));
    // Stryker disable next-line ConditionalExpression: a shortcut; with nothing fixable no edit is made and the check for an unchanged text stops the loop
    if (fixable.length === 0) break;
    const { edits, chosen } = chooseCompatible(current, fixable);
    const next = applyEdits(current, edits);
    if (next === current) break;
    fixed.push(...chosen);
    current = next;
  }
  return { text: current, fixed };
}

/** Takes fixes in document order, skipping any whose edits overlap one already taken (the next pass gets it). */
function chooseCompatible(text: string, diagnostics: readonly LintDiagnostic[]): { edits: TextEdit[]; chosen: LintDiagnostic[] } {
  const starts = lineStartOffsets(text);
  // Stryker disable next-line ArrayDeclaration: the mutant's placeholder string has no start or end, so it overlaps no edit
  const taken: OffsetEdit[] = [];
  const edits: TextEdit[] = [];
  const chosen: LintDiagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const own = diagnostic.fix!.edits;
    const offsets = own.map((edit) => toOffset(text, starts, edit));
    if (offsets.some((edit) => taken.some((other) => overlaps(edit, other)))) continue;
    if (offsets.some((edit, i) => offsets.some((other, j) => i < j && overlaps(edit, other)))) continue;
    taken.push(...offsets);
    edits.push(...own);
    chosen.push(diagnostic);
  }
  return { edits, chosen };
}

/** Touching edits are fine; an insertion strictly inside a replaced range, or two at one point, are not. */
function overlaps(a: OffsetEdit, b: OffsetEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

function toOffsets(text: string, edits: readonly TextEdit[]): OffsetEdit[] {
  const starts = lineStartOffsets(text);
  return edits
    .map((edit) => toOffset(text, starts, edit))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

function toOffset(text: string, starts: number[], edit: TextEdit): OffsetEdit {
  return { start: offsetOf(text, starts, edit.range.start), end: offsetOf(text, starts, edit.range.end), newText: edit.newText };
}

function offsetOf(text: string, starts: number[], position: Position): number {
  if (position.line >= starts.length) return text.length;
  return Math.min(starts[position.line] + position.character, text.length);
}

/**
 * The smallest single replacement that turns `before` into `after`, as one edit: what an editor
 * applies for "fix all" so that the whole repair is one undo step and the cursor outside it stays put.
 */
export function differenceAsEdit(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  // Stryker disable next-line ConditionalExpression: fixes keep the byte order mark, so it is equal in both texts and the prefix runs past it either way
  const bom = before.charCodeAt(0) === 0xfeff ? 1 : 0;
  let prefix = bom;
  const limit = Math.min(before.length, after.length);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: past the shorter text charCodeAt gives NaN, which equals nothing, so the loop stops there anyway
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < limit - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  // Never split a surrogate pair or a CRLF between the kept and the replaced text.
  while (prefix > bom && (isLowSurrogate(before.charCodeAt(prefix)) || isCrlfMiddle(before, prefix))) prefix--;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: at suffix 0 the offset is the text's end, where charCodeAt gives NaN, neither a surrogate nor a CRLF
  while (suffix > 0 && (isLowSurrogate(before.charCodeAt(before.length - suffix)) || isCrlfMiddle(before, before.length - suffix))) suffix--;
  const starts = lineStartOffsets(before);
  return {
    range: { start: positionOf(starts, prefix), end: positionOf(starts, before.length - suffix) },
    newText: after.slice(prefix, after.length - suffix),
  };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function isCrlfMiddle(text: string, offset: number): boolean {
  return text.charCodeAt(offset) === 10 && text.charCodeAt(offset - 1) === 13;
}

function positionOf(starts: number[], offset: number): Position {
  const line = lineIndexOf(starts, offset);
  return { line, character: offset - starts[line] };
}
