import type { Category } from '../category.js';
import type { Provider } from '../provider.js';

/** One catalog row: what (provider, code) means and what to do about it. */
export interface CatalogEntry {
  provider: Provider;
  code: string;
  /** The provider's own meaning, from the source table (seed documents or provider docs). */
  meaning: string;
  /** The project's own, actionable hint. */
  remediation: string;
  category: Category;
  /** Whether retrying the same request (with backoff) can succeed. */
  retryable: boolean;
  /** HTTP status the source table gives for this code, when it gives one. */
  httpStatus?: number;
  /** A stable documentation page for the code, when the provider has one. */
  docsUrl?: string;
  /** Where the meaning comes from, e.g. "seed 001: Tencent Cloud API 3.0 common error codes". */
  source: string;
}
