/**
 * Build-time flags, replaced by Vite's `define` (vite.config.ts), as preact-devtools does with `__DEBUG__`.
 * `__E2E__` is true only in the build the end-to-end tests load (`--mode chrome-e2e` / `firefox-e2e`, dist/e2e/).
 */
declare const __E2E__: boolean;
