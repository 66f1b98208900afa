import type { Finding, SuccessCall } from '../finding.js';
import type { Family, Provider } from '../provider.js';
import type { Detector } from './context.js';

/** What a detector returns when it claims an exchange. */
export type Claim = NonNullable<ReturnType<Detector>>;

/** The facts of a finding beyond who sent it; `evidence` says why the detector claims the body. */
export type FindingFacts = Omit<Finding, 'provider' | 'family'>;

/**
 * The one way a detector reports an error, so every family builds its finding the same way. `family` names the
 * envelope (one detector file each), `provider` who answered: they differ for EC2-style XML off AWS and Tencent 2.0.
 */
export function errorClaim(provider: Provider, family: Family, facts: FindingFacts): Claim {
  return { kind: 'error', finding: { provider, family, ...facts } };
}

/** A recognised cloud call that succeeded, kept for context (counts, request ids). */
export function successClaim(provider: Provider, family: Family, call: Omit<SuccessCall, 'provider' | 'family'>): Claim {
  return { kind: 'success', call: { provider, family, ...call } };
}
