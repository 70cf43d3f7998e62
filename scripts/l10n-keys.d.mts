export function l10nKeys(root: string): string[];
