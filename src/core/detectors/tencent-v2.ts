import { hintsFor } from '../evidence.js';
import { isNode, text } from '../parse/node.js';
import type { Detector } from './context.js';

/** "(-514) Resource already exists": a module error code in parentheses at the start of the message. */
const MODULE_CODE = /^\s*\((-?\d+)\)/;

/**
 * Tencent Cloud legacy API 2.0: `{"code": <int>, "message": "...", "codeDesc": "..."}`, code 0 is success.
 * `{code, message}` alone is the most common error shape on the web, so it is claimed only with evidence:
 * a `codeDesc` key (specific to this API) or a Tencent host / request header.
 */
export const detectTencentV2: Detector = ({ json, hints }) => {
  if (!isNode(json)) return undefined;
  const rawCode = json['code'];
  if (typeof rawCode !== 'number' && !(typeof rawCode === 'string' && /^-?\d+$/.test(rawCode))) return undefined;
  const message = text(json, 'message');
  const codeDesc = text(json, 'codeDesc');
  const evidence: string[] = [];
  if (codeDesc !== undefined) evidence.push('body has codeDesc (Tencent API 2.0)');
  evidence.push(...hintsFor(hints, 'tencent'));
  if (evidence.length === 0) return undefined;
  const code = String(rawCode);
  if (code === '0') {
    return { kind: 'success', call: { provider: 'tencent', family: 'tencent-v2', evidence: ['body has code 0', ...evidence] } };
  }
  if (message === undefined && codeDesc === undefined) return undefined;
  const moduleCode = message ? MODULE_CODE.exec(message)?.[1] : undefined;
  return {
    kind: 'error',
    finding: {
      provider: 'tencent',
      family: 'tencent-v2',
      code,
      message: message ?? codeDesc,
      moduleCode,
      evidence: [`body has non-zero numeric code ${code}`, ...evidence],
    },
  };
};

// Docs followed: https://www.tencentcloud.com/document/product/213/6982 (API 2.0 error codes and module codes)
