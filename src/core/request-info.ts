import { headerValue, hostOf, type HttpExchange } from './exchange.js';

/** What was called: shown in rows and copied into support blocks. */
export interface RequestInfo {
  host: string;
  action?: string;
  service?: string;
  region?: string;
  version?: string;
}

/** Request parameters from the query string and, for form posts, the body (query-protocol APIs). */
export function requestParams(ex: HttpExchange): URLSearchParams {
  const params = new URLSearchParams();
  try {
    new URL(ex.url).searchParams.forEach((v, k) => params.append(k, v));
  } catch {
    // an unparsable URL has no parameters
  }
  const type = headerValue(ex.requestHeaders, 'Content-Type') ?? '';
  if (ex.requestBody && /application\/x-www-form-urlencoded/i.test(type)) {
    new URLSearchParams(ex.requestBody).forEach((v, k) => params.append(k, v));
  }
  return params;
}

export function requestInfo(ex: HttpExchange): RequestInfo {
  const host = hostOf(ex.url);
  const params = requestParams(ex);
  const h = (name: string): string | undefined => headerValue(ex.requestHeaders, name) || undefined;
  const p = (name: string): string | undefined => params.get(name) || undefined;
  // X-Amz-Target is "<ServicePrefix>_<ApiVersion>.<Operation>" (awsJson protocols).
  const target = h('X-Amz-Target');
  const targetDot = target ? target.lastIndexOf('.') : -1;
  const action = h('X-TC-Action') ?? h('x-acs-action') ?? (target && targetDot > 0 ? target.slice(targetDot + 1) : target) ?? p('Action');
  const region = h('X-TC-Region') ?? h('x-acs-region-id') ?? p('RegionId') ?? p('Region') ?? regionFromHost(host) ?? regionFromGooglePath(host, ex.url);
  const version = h('X-TC-Version') ?? h('x-acs-version') ?? p('Version');
  const service = target && targetDot > 0 ? target.slice(0, targetDot).replace(/_\d{8}$/, '') : (armNamespace(host, ex.url) ?? serviceFromHost(host));
  return { host, action, service, region, version };
}

/**
 * Provider endpoints put the service first: cvm.tencentcloudapi.com, ecs.aliyuncs.com, ec2.us-east-1.amazonaws.com,
 * compute.googleapis.com, ecs.cn-north-4.myhuaweicloud.com, iaas.us-ashburn-1.oraclecloud.com. Storage puts the
 * bucket or account first: bucket.s3.us-east-1.amazonaws.com (virtual-hosted S3,
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/VirtualHosting.html), bucket.oss-cn-hangzhou.aliyuncs.com,
 * account.blob.core.windows.net.
 */
function serviceFromHost(host: string): string | undefined {
  const labels = host.split('.');
  if (/\.amazonaws\.com(\.cn)?$/.test(host)) {
    // s3, s3-us-west-2 (legacy dash form), s3-accelerate, s3-website-us-east-1: a bucket label comes before it.
    return labels.findIndex((l) => /^s3(?:$|-)/.test(l)) > 0 ? 's3' : labels[0];
  }
  if (/\.aliyuncs\.com$/.test(host)) return labels.some((l) => /^oss(?:-|$)/.test(l)) ? 'oss' : labels[0];
  if (/\.core\.windows\.net$/.test(host) && labels.length >= 4) return labels[labels.length - 4]; // blob, queue, table, file, dfs
  if (host === 'management.azure.com') return 'arm';
  if (/\.(tencentcloudapi\.com|api\.qcloud\.com|googleapis\.com|myhuaweicloud\.com|oraclecloud\.com)$/.test(host)) return labels[0];
  return undefined;
}

/**
 * Region labels in endpoint hosts: ecs.cn-hangzhou.aliyuncs.com, oss-cn-hangzhou.aliyuncs.com, ec2.us-east-1.amazonaws.com,
 * ecs.cn-north-4.myhuaweicloud.com, iaas.us-ashburn-1.oraclecloud.com.
 */
const HOST_REGION =
  /(?:^|[.-])((?:cn|ap|us|eu|me|sa|af|ca|il|mx|na|la|uk|jp|kr|in|br)-[a-z]+(?:-[a-z]+)?(?:-\d+)?)\.(?:[a-z0-9-]+\.)*(?:tencentcloudapi\.com|aliyuncs\.com|amazonaws\.com(?:\.cn)?|myhuaweicloud\.com|oraclecloud\.com)$/;

/** Azure Resource Manager: the resource provider in the path (/providers/Microsoft.Compute/…) names the service. */
function armNamespace(host: string, url: string): string | undefined {
  if (host !== 'management.azure.com') return undefined;
  return /\/providers\/([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+)/.exec(url)?.[1];
}

/**
 * Google Cloud names the location in the resource path, not the host: /zones/us-central1-a/, /regions/europe-west1/,
 * /locations/global/ (https://cloud.google.com/compute/docs/regions-zones).
 */
function regionFromGooglePath(host: string, url: string): string | undefined {
  if (!/(^|\.)googleapis\.com$/.test(host)) return undefined;
  return /\/(?:zones|regions|locations)\/([a-z0-9-]+)(?:[/?#]|$)/.exec(url)?.[1];
}

function regionFromHost(host: string): string | undefined {
  return HOST_REGION.exec(host)?.[1];
}
