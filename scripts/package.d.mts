export const repoRoot: string;
export const PACKAGED_README: string;
export const SIZE_TARGET_BYTES: number;
export function packagedReadme(readme: string): string;
export function packagedFiles(cwd?: string): Promise<string[]>;
export function packageVsix(out?: string): Promise<string>;
