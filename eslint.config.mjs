// ESLint (`npm run lint`). TypeScript files, all of which tsconfig.json covers (src, test, bench, scripts),
// get typescript-eslint's recommended type-checked rules; the plain JavaScript around them (build and test
// scripts, UI checks, the webview scripts in media/) gets the recommended rules without type information.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'reports/', 'coverage/', 'test-results/', '.stryker-tmp/', '.vscode-test/', '.scratch/'] },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // As tsconfig's noUnusedLocals/noUnusedParameters: a leading underscore marks a name left unused on
      // purpose (a parameter an interface requires, a property taken out of a rest object).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Finding control characters is what this file's pattern is for: HTML forbids them.
    files: ['src/core/render/escape.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    // This test wraps the parser's LineTable.prototype.text in a spy and calls the original with
    // `.call(this, …)`: taking the method off the prototype unbound is the point.
    files: ['test/unit/lint/logger.test.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // UI checks hand functions to the browser (`page.evaluate`), which run there.
    files: ['test/e2e/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Run inside the webviews, with the page's `acquireVsCodeApi`.
    files: ['media/**/*.js'],
    languageOptions: { globals: { ...globals.browser, acquireVsCodeApi: 'readonly' } },
  },
);
