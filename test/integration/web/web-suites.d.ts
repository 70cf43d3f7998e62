// The virtual module of test/integration/web/build.mjs: one loader per suite that runs in the web worker host.
declare module 'daily-papers-web-suites' {
  export const SUITES: (() => void)[];
  /** test/fixtures/workspace: text by path relative to it. */
  export const WORKSPACE_FILES: Record<string, string>;
}
