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
