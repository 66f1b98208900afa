import type { Category } from './category.js';
import { lookup, type CatalogEntry } from './catalog/index.js';
import type { Finding } from './finding.js';
import type { Provider } from './provider.js';
import { safeLink } from './safe-link.js';

/** What the catalog says about a finding. Every field is absent for an unknown code: nothing is invented. */
export interface Annotation {
  /** The catalog code that matched: the finding's own, or a parent of a dotted code. */
  matchedCode?: string;
  /** True when only a parent code matched (`InvalidParameterValue.InvalidImageId` → `InvalidParameterValue`). */
  inferred: boolean;
  meaning?: string;
  remediation?: string;
  category?: Category;
  retryable?: boolean;
  httpStatus?: number;
  docsUrl?: string;
  source?: string;
  /** The specific code beside the main one (Tencent API 2.0 module code, Google ErrorInfo reason), when the catalog knows it. */
  module?: { code: string; meaning: string; remediation: string; category: Category; source: string };
}

/** Exact code first, then each dotted parent: A.B.C → A.B → A. */
export function lookupWithFallback(provider: Provider, code: string): { entry: CatalogEntry; inferred: boolean } | undefined {
  let candidate = code;
  for (;;) {
    const entry = lookup(provider, candidate);
    if (entry) return { entry, inferred: candidate !== code };
    const dot = candidate.lastIndexOf('.');
    if (dot <= 0) return undefined;
    candidate = candidate.slice(0, dot);
  }
}

export function explain(finding: Finding): Annotation {
  const found = lookupWithFallback(finding.provider, finding.code);
  // A link from the response body is untrusted: only http(s) URLs become links (never javascript: or data:).
  const annotation: Annotation = { inferred: found?.inferred ?? false, docsUrl: safeLink(finding.docsUrl?.trim()) };
  if (found) {
    const { entry } = found;
    annotation.matchedCode = entry.code;
    annotation.meaning = entry.meaning;
    annotation.remediation = entry.remediation;
    annotation.category = entry.category;
    annotation.retryable = entry.retryable;
    annotation.httpStatus = entry.httpStatus;
    annotation.source = entry.source;
    annotation.docsUrl ??= entry.docsUrl;
  }
  // A more specific code carried beside the main one: Tencent 2.0's module code, Google's ErrorInfo reason.
  const specific = finding.moduleCode ?? finding.reason;
  if (specific) {
    const mod = lookup(finding.provider, specific);
    if (mod) {
      annotation.module = { code: mod.code, meaning: mod.meaning, remediation: mod.remediation, category: mod.category, source: mod.source };
      // The module code names the actual failure ("resource already exists"); the common code only its class.
      annotation.category = mod.category;
      annotation.remediation = mod.remediation;
    }
  }
  annotation.docsUrl ??= fallbackDocsUrl(finding);
  return annotation;
}

/**
 * Alibaba's diagnosis page takes any code and request id, the same link its `Recommend` field carries
 * (e.g. https://api.aliyun.com/troubleshoot?q=InvalidAction.NotFound&product=…&requestId=…).
 */
function fallbackDocsUrl(finding: Finding): string | undefined {
  if (finding.provider !== 'aliyun') return undefined;
  const params = new URLSearchParams({ q: finding.code });
  if (finding.requestId) params.set('requestId', finding.requestId);
  return `https://api.aliyun.com/troubleshoot?${params.toString()}`;
}
