import { hintsFor } from '../evidence.js';
import { isNode, text } from '../parse/node.js';
import { errorClaim, successClaim } from './claim.js';
import type { Detector } from './context.js';

/** "(-514) Resource already exists": a module error code in parentheses at the start of the message. */
const MODULE_CODE = /^\s*\((-?\d+)\)/;

/**
 * Tencent Cloud legacy API 2.0: `{"code": <int>, "message": "...", "codeDesc": "..."}`, code 0 is success.
 * `codeDesc` is the code's only English identifier ("InvalidParameter", "AuthFailure"), so the finding keeps it
 * beside the number and the panel and CLI show it. `{code, message}` alone is the most common error shape on the
 * web, so it is claimed only with evidence: a `codeDesc` key (specific to this API) or a Tencent host / request header.
 */
export const detectTencentV2: Detector = ({ json, hints }) => {
  if (!isNode(json)) return undefined;
  const rawCode = json['code'];
  const numericCode = typeof rawCode === 'number' || (typeof rawCode === 'string' && /^-?\d+$/.test(rawCode));
  if (!numericCode) return undefined;
  const message = text(json, 'message');
  const codeDesc = text(json, 'codeDesc');
  const tencent = hintsFor(hints, 'tencent');
  const hasCodeDesc = codeDesc !== undefined;
  if (!hasCodeDesc && tencent.length === 0) return undefined;
  const evidence = [...(hasCodeDesc ? ['body has codeDesc (Tencent API 2.0)'] : []), ...tencent];
  const code = String(rawCode);
  if (code === '0') return successClaim('tencent', 'tencent-v2', { evidence: ['body has code 0', ...evidence] });
  if (message === undefined && !hasCodeDesc) return undefined;
  return errorClaim('tencent', 'tencent-v2', {
    code,
    message: message ?? codeDesc,
    codeDesc,
    moduleCode: message ? MODULE_CODE.exec(message)?.[1] : undefined,
    evidence: [`body has non-zero numeric code ${code}`, ...evidence],
  });
};

// Docs followed: https://www.tencentcloud.com/document/product/213/6982 (API 2.0 error codes and module codes)
