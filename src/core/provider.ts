/**
 * Providers the catalog knows. A meaning belongs to (provider, code), never to a code alone.
 * `ec2` is a generic cloud speaking the EC2 query protocol (seed 000); on *.amazonaws.com the same
 * envelope is reported as `aws`.
 */
export const PROVIDERS = ['tencent', 'aliyun', 'ec2', 'aws', 'gcp', 'azure', 'huawei', 'oci'] as const;
export type Provider = (typeof PROVIDERS)[number];

export function isProvider(value: string): value is Provider {
  return (PROVIDERS as readonly string[]).includes(value);
}

export const PROVIDER_LABELS: Record<Provider, string> = {
  tencent: 'Tencent Cloud',
  aliyun: 'Alibaba Cloud',
  ec2: 'EC2-style API',
  aws: 'AWS',
  gcp: 'Google Cloud',
  azure: 'Azure',
  huawei: 'Huawei Cloud',
  oci: 'Oracle Cloud',
};

/** Envelope families: one detector file each. */
export const FAMILIES = ['tencent', 'tencent-v2', 'tencent-cos', 'aliyun', 'ec2', 'aws', 'gcp', 'azure', 'huawei', 'oci'] as const;
export type Family = (typeof FAMILIES)[number];
