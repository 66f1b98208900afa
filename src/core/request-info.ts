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
  const region = h('X-TC-Region') ?? h('x-acs-region-id') ?? p('RegionId') ?? p('Region') ?? regionFromHost(host);
  const version = h('X-TC-Version') ?? h('x-acs-version') ?? p('Version');
  const service = target && targetDot > 0 ? target.slice(0, targetDot).replace(/_\d{8}$/, '') : serviceFromHost(host);
  return { host, action, service, region, version };
}

/** Provider endpoints put the service first: cvm.tencentcloudapi.com, ecs.aliyuncs.com, ec2.us-east-1.amazonaws.com. */
function serviceFromHost(host: string): string | undefined {
  if (!/\.(tencentcloudapi\.com|api\.qcloud\.com|aliyuncs\.com|amazonaws\.com(\.cn)?)$/.test(host)) return undefined;
  return host.split('.')[0];
}

/** Region labels in endpoint hosts: ecs.cn-hangzhou.aliyuncs.com, oss-cn-hangzhou.aliyuncs.com, ec2.us-east-1.amazonaws.com. */
const HOST_REGION = /(?:^|[.-])((?:cn|ap|us|eu|me|sa|af|ca|il|mx|na)-[a-z]+(?:-[a-z]+)?(?:-\d+)?)\.(?:[a-z0-9-]+\.)*(?:tencentcloudapi\.com|aliyuncs\.com|amazonaws\.com(?:\.cn)?)$/;

function regionFromHost(host: string): string | undefined {
  return HOST_REGION.exec(host)?.[1];
}
