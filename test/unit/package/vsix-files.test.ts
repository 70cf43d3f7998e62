/**
 * What the .vsix holds, listed by @vscode/vsce itself (`listFiles`, with the options `npm run package`
 * uses): only what runs or is shown, never sources, tests, source maps, other bundles, dependencies or
 * the README's screenshots.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKAGED_README, packagedFiles, packagedReadme, repoRoot } from '../../../scripts/package.mjs';

const RUNTIME = ['package.json', 'dist/extension.js', PACKAGED_README, 'LICENSE', 'CHANGELOG.md', 'docs/rules.md', 'schemas/dailypapers.schema.json'];
/** Also expected: the webviews' assets and icons, the walkthrough, and the translations (package.nls*.json, l10n/). */
const EXPECTED = [/^media\/[\w-]+\.(css|js|svg)$/, /^media\/icon\.png$/, /^media\/walkthrough\/[\w-]+(\.nls\.[\w-]+)?\.md$/, /^package\.nls(\.[\w-]+)?\.json$/, /^l10n\/bundle\.l10n(\.[\w-]+)?\.json$/];

const expected = (file: string) => RUNTIME.includes(file) || EXPECTED.some((pattern) => pattern.test(file));

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A checkout after `npm ci`, `npm run build`, the tests and a package, in a temporary folder. */
function builtCheckout(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'dp-vsix-'));
  folders.push(root);
  for (const file of ['package.json', '.vscodeignore', 'README.md', 'LICENSE', 'CHANGELOG.md']) cpSync(path.join(repoRoot, file), path.join(root, file));
  const files = [
    'dist/extension.js', 'dist/extension.js.map', 'dist/web/extension.js', 'dist/web/extension.js.map', 'dist/cli.js', 'dist/cli.js.map',
    'dist/bench.js', 'dist/test/index.js', 'dist/test/suite/hover.test.js', PACKAGED_README,
    'src/extension.ts', 'src/core/parser.ts', 'test/unit/package/vsix-files.test.ts', 'test/fixtures/workspace/2024-03-25.md',
    'node_modules/markdown-it/index.js', 'node_modules/@vscode/vsce/package.json', 'seeds/2024-03-25.md', 'bench/bench.ts',
    'scripts/package.mjs', 'test-results/ui/papers-view.png', 'media/readme/papers-view.png', 'media/readme/korean-ui.png',
    'media/preview.js', 'media/theme.css', 'media/icon.png', 'media/daily-papers.svg', 'media/walkthrough/open-sample.md',
    'docs/rules.md', 'schemas/dailypapers.schema.json', 'daily-papers-0.1.0.vsix', 'tsconfig.json', 'esbuild.mjs', '.gitignore',
    'reports/mutation/index.html', '.stryker-tmp/x.js', 'coverage/index.html',
  ];
  for (const file of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    if (!existsSync(path.join(root, file))) writeFileSync(path.join(root, file), 'x');
  }
  return root;
}

describe('the .vsix', () => {
  it('holds nothing but the runtime files, in this checkout', async () => {
    const files = await packagedFiles();
    expect(files.filter((file) => !expected(file))).toEqual([]);
    for (const file of ['package.json', 'LICENSE', 'CHANGELOG.md', 'docs/rules.md', 'schemas/dailypapers.schema.json', 'media/preview.js', 'media/walkthrough/sample-digest.md']) {
      expect(files).toContain(file);
    }
  });

  it('leaves out sources, tests, maps, the CLI and benchmark, dependencies and screenshots of a built checkout', async () => {
    const files = (await packagedFiles(builtCheckout())).sort();
    expect(files).toEqual(
      [
        'CHANGELOG.md', 'LICENSE', 'dist/extension.js', 'dist/package/README.md', 'docs/rules.md',
        'media/daily-papers.svg', 'media/icon.png', 'media/preview.js', 'media/theme.css', 'media/walkthrough/open-sample.md',
        'package.json', 'schemas/dailypapers.schema.json',
      ].sort(),
    );
  });

  it('has every file the manifest names: entries, icons, walkthrough media, schema', async () => {
    const files = new Set(await packagedFiles(repoRoot));
    const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      icon: string;
      main: string;
      browser: string;
      contributes: {
        viewsContainers: { activitybar: { icon: string }[] };
        walkthroughs: { steps: { media: { markdown?: string; image?: string } }[] }[];
        jsonValidation: { url: string }[];
      };
    };
    const named = [
      manifest.icon,
      ...manifest.contributes.viewsContainers.activitybar.map((container) => container.icon),
      ...manifest.contributes.walkthroughs.flatMap((walkthrough) =>
        walkthrough.steps.map((step) => step.media.markdown ?? step.media.image ?? ''),
      ),
      ...manifest.contributes.jsonValidation.map((validation) => validation.url),
      'media/walkthrough/sample-digest.md',
    ].map((file: string) => file.replace(/^\.\//, ''));
    expect(named.filter((file) => !files.has(file))).toEqual([]);
    // dist/ exists only after a build; the entry points are what .vscodeignore keeps from it.
    expect([manifest.main, manifest.browser].map((file) => file.replace(/^\.\//, ''))).toEqual(['dist/extension.js', 'dist/extension.js']);
  });
});

describe("the package's README", () => {
  it('drops the lines that show a screenshot of media/readme/ and keeps every other line', () => {
    const readme = '# Title\n\n![The Papers view](media/readme/papers-view.png)\n\nText with ![an icon](media/icon.png) and [rules](docs/rules.md).\n![hover](media/readme/hover-card.png)\r\nEnd\n';
    expect(packagedReadme(readme)).toBe('# Title\n\n\nText with ![an icon](media/icon.png) and [rules](docs/rules.md).\nEnd\n');
  });

  it('is the README without screenshots, and every screenshot the README shows is committed', () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const images = /^!\[[^\]]*\]\(([^)\s]+)\)\s*$/gm; // the README shows images on lines of their own
    const shown = [...readme.matchAll(images)].map((match) => match[1]);
    expect(shown.length).toBeGreaterThanOrEqual(5);
    expect(shown.filter((image) => !existsSync(path.join(repoRoot, image)))).toEqual([]);
    expect([...packagedReadme(readme).matchAll(images)].map((match) => match[1]).filter((image) => !image.startsWith('https:'))).toEqual([]);
  });
});
