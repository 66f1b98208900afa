import type { Plugin } from 'vite';

/**
 * Preact's only HTML sink is `dangerouslySetInnerHTML` (`dom.innerHTML = props.dangerouslySetInnerHTML.__html`).
 * The panel renders everything as text, so the build replaces that assignment with a throw: the sink
 * cannot be reached even by mistake, and addons-linter has no UNSAFE_VAR_ASSIGNMENT to report.
 * The build fails if the pattern is not found exactly once (a Preact upgrade changed it: look again).
 */
const PREACT_INNER_HTML = /([\w$]+)\.innerHTML\s*=\s*([\w$]+)\.__html/g;

export function disableInnerHtmlSink(code: string): string {
  const matches = code.match(PREACT_INNER_HTML) ?? [];
  if (matches.length !== 1) throw new Error(`no-inner-html: expected one innerHTML assignment in preact, found ${matches.length}`);
  return code.replace(PREACT_INNER_HTML, '$1.textContent=(()=>{throw new Error("dangerouslySetInnerHTML is disabled in Cloud Errors")})()');
}

export function noInnerHtml(): Plugin {
  return {
    name: 'cloud-errors-no-inner-html',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id)) return null;
      return { code: disableInnerHtmlSink(code), map: null };
    },
  };
}
