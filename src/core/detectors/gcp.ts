import { hintsFor } from '../evidence.js';
import { child, children, isNode, text } from '../parse/node.js';
import type { Detector } from './context.js';

const ERROR_INFO = 'type.googleapis.com/google.rpc.ErrorInfo';

/**
 * Google Cloud: `google.rpc.Status` as JSON, `{"error": {"code": 403, "message", "status": "PERMISSION_DENIED",
 * "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason", "domain"}]}}`. The code is the
 * canonical `status`; the first ErrorInfo's reason and domain are kept as the specific cause. Older APIs
 * send `errors: [{domain, reason, message}]` and sometimes no status: then the reason is the code.
 * `{"error": {...}}` is everywhere, so a Google host, x-goog-* request header or a google.rpc detail is required.
 */
export const detectGcp: Detector = ({ json, hints }) => {
  const error = child(json, 'error');
  if (!error) return undefined;
  const numeric = error['code'];
  if (typeof numeric !== 'number') return undefined;
  const status = text(error, 'status');
  const details = children(error, 'details');
  const info = details.find((d) => text(d, '@type') === ERROR_INFO);
  const legacy = Array.isArray(error['errors']) ? (error['errors'] as unknown[]).find(isNode) : undefined;
  const evidence = [`body has error.code ${numeric}${status ? ` and error.status ${status}` : ''} (google.rpc.Status)`];
  if (details.some((d) => (text(d, '@type') ?? '').startsWith('type.googleapis.com/google.rpc.'))) evidence.push('body has google.rpc error details');
  const extra = hintsFor(hints, 'gcp');
  evidence.push(...extra);
  if (evidence.length === 1) return undefined;
  const reason = text(info, 'reason') ?? text(legacy, 'reason');
  const domain = text(info, 'domain') ?? text(legacy, 'domain');
  const code = status ?? reason;
  if (!code) return undefined;
  return {
    kind: 'error',
    finding: {
      provider: 'gcp',
      family: 'gcp',
      code,
      message: text(error, 'message') ?? text(legacy, 'message'),
      reason: status ? reason : undefined,
      domain,
      evidence,
    },
  };
};

// Docs followed:
// https://cloud.google.com/apis/design/errors (google.rpc.Status, ErrorInfo, HTTP mapping)
// googleapis/googleapis google/rpc/code.proto, google/rpc/error_details.proto
