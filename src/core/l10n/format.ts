/** `format('Vote {0} after {1}', [3, 7])` → `Vote 3 after 7`; a placeholder without an argument stays as written. */
export function format(template: string, args: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? whole : String(value);
  });
}

/** The placeholders a template uses, sorted: a translation must use the same ones. */
export function placeholdersOf(template: string): string[] {
  return [...new Set(template.match(/\{\d+\}/g) ?? [])].sort();
}
