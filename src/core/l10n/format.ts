/**
 * `format('Vote {0} after {1}', [3, 7])` → `Vote 3 after 7`; a placeholder without an argument stays as written.
 * A loop over the `{` rather than a replace with a callback: every diagnostic's message goes through here.
 */
export function format(template: string, args: readonly (string | number)[]): string {
  let open = template.indexOf('{');
  // Stryker disable next-line ConditionalExpression: a shortcut; with no `{` the loop below does not run and the template is returned whole
  if (open === -1) return template;
  let formatted = '';
  let copied = 0;
  while (open !== -1) {
    let close = open + 1;
    while (isDigit(template.charCodeAt(close))) close++;
    const value = close > open + 1 && template.charCodeAt(close) === 125 /* } */ ? args[Number(template.slice(open + 1, close))] : undefined;
    if (value === undefined) {
      // Not a placeholder, or one without an argument: the text stays, and the search goes on after this `{`
      // (or after the whole `{n}`, which cannot hold another).
      // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: only where the search resumes; the digits skipped hold no `{`
      open = template.indexOf('{', close > open + 1 ? close : open + 1);
      continue;
    }
    formatted += template.slice(copied, open) + String(value);
    copied = close + 1;
    open = template.indexOf('{', copied);
  }
  return formatted + template.slice(copied);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The placeholders a template uses, sorted: a translation must use the same ones. */
export function placeholdersOf(template: string): string[] {
  return [...new Set(template.match(/\{\d+\}/g) ?? [])].sort();
}
