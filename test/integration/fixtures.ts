// Fixture texts the suites need, bundled into the tests (esbuild's text loader) so that they load in
// the web worker extension host too, where there is no file system to read them from.
import brokenDigest from '../fixtures/lint/broken.md';

/**
 * A digest with one mistake of each common kind. It lives outside test/fixtures/workspace, whose
 * days and papers other suites count, and is copied into the workspace only while a suite runs.
 */
export const BROKEN_DIGEST: string = brokenDigest;
