// Markdown fixtures imported as text by the integration tests (esbuild's `.md` text loader).
declare module '*.md' {
  const text: string;
  export default text;
}
