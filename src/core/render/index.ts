export { renderDigestHtml, renderDigestParts, renderedDigestHtml, sectionHtml, CardCache, EMPTY_DIGEST, type RenderOptions } from './digest-html';
export { contentSecurityPolicy, renderPage, type CspOptions, type PageOptions } from './page';
export { escapeHtml } from './escape';
export type { RenderDiagnostic, RenderedCard, RenderedDigest, RenderedSection, RenderSeverity } from './render-types';
