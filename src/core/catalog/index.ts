import { editDistance } from '../edit-distance.js';
import type { Provider } from '../provider.js';
import { ALIYUN_CATALOG } from './aliyun.js';
import { AWS_CATALOG } from './aws.js';
import { AZURE_CATALOG } from './azure.js';
import { EC2_CATALOG } from './ec2.js';
import type { CatalogEntry } from './entry.js';
import { GCP_CATALOG } from './gcp.js';
import { HUAWEI_CATALOG } from './huawei.js';
import { OCI_CATALOG } from './oci.js';
import { TENCENT_CATALOG } from './tencent.js';

export type { CatalogEntry };

/** Every table, in one list; each file states its own source. */
export const CATALOG: readonly CatalogEntry[] = [
  ...TENCENT_CATALOG,
  ...ALIYUN_CATALOG,
  ...EC2_CATALOG,
  ...AWS_CATALOG,
  ...GCP_CATALOG,
  ...AZURE_CATALOG,
  ...HUAWEI_CATALOG,
  ...OCI_CATALOG,
];

const byKey = new Map<string, CatalogEntry>(CATALOG.map((e) => [key(e.provider, e.code), e]));

function key(provider: Provider, code: string): string {
  return `${provider}\u0000${code}`;
}

/** The entry for exactly (provider, code), or undefined: a meaning never crosses providers. */
export function lookup(provider: Provider, code: string): CatalogEntry | undefined {
  return byKey.get(key(provider, code));
}

/**
 * Catalog codes close to one typed by hand (`explain nosuchkey`, `explain NoSuchKy`): the same code in
 * another case first, then codes within a small edit distance, nearest first. For suggestions only: a
 * finding's code is never matched this way.
 */
export function similarCodes(code: string, provider?: Provider, limit = 5): CatalogEntry[] {
  const typed = code.toLowerCase();
  const pool = provider ? CATALOG.filter((e) => e.provider === provider) : CATALOG;
  const scored: { entry: CatalogEntry; distance: number }[] = [];
  const budget = typed.length <= 5 ? 1 : typed.length <= 12 ? 2 : 3;
  for (const entry of pool) {
    const candidate = entry.code.toLowerCase();
    if (Math.abs(candidate.length - typed.length) > budget) continue;
    // The code as typed comes before the same code in another case (gcp invalidParameter, tencent InvalidParameter).
    const distance = candidate === typed ? (entry.code === code ? 0 : 0.5) : editDistance(typed, candidate, budget);
    if (distance <= budget) scored.push({ entry, distance });
  }
  return scored
    .sort((a, b) => a.distance - b.distance || a.entry.code.localeCompare(b.entry.code) || a.entry.provider.localeCompare(b.entry.provider))
    .slice(0, limit)
    .map((s) => s.entry);
}
