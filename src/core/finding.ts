import type { Family, Provider } from './provider.js';

/** A cloud error envelope recognised in one response. Facts from the wire only; meanings come from explain(). */
export interface Finding {
  provider: Provider;
  family: Family;
  code: string;
  message?: string;
  requestId?: string;
  /** Alibaba `HostId` (the endpoint that answered); AWS `x-amz-id-2`. */
  hostId?: string;
  /** Tencent API 2.0: the module code found in the message, e.g. "-514". */
  moduleCode?: string;
  /** Tencent API 2.0 `codeDesc`: the English identifier beside the numeric code, e.g. "InvalidParameter". */
  codeDesc?: string;
  /** Google `ErrorInfo.reason` / legacy `errors[0].reason`: the specific cause behind the status code. */
  reason?: string;
  /** Google `ErrorInfo.domain` / legacy `errors[0].domain`. */
  domain?: string;
  /** Azure `x-ms-correlation-request-id`: ties together every request of one ARM operation. */
  correlationId?: string;
  /** Every code when an envelope carries several (EC2 `<Errors>`); `code` is the first. */
  codes?: string[];
  /** A documentation link the response itself carries (Alibaba `Recommend`, OSS `RecommendDoc`). */
  docsUrl?: string;
  /** Why the call was classified this way: short human-readable facts. */
  evidence: string[];
}

/** A recognised cloud API call that succeeded, kept for context. */
export interface SuccessCall {
  provider: Provider;
  family: Family;
  requestId?: string;
  evidence: string[];
}

/** What the engine concluded about one exchange. */
export type Detection =
  | { kind: 'error'; finding: Finding }
  | { kind: 'success'; call: SuccessCall }
  /** Not a cloud envelope (or no body worth parsing). */
  | { kind: 'none' }
  /** A candidate body the engine refused to parse; `reason` says why, for the user. */
  | { kind: 'skipped'; reason: string };
