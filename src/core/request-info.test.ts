import { describe, expect, it } from 'vitest';
import type { HttpExchange } from './exchange.js';
import { requestInfo } from './request-info.js';

function ex(url: string, headers: Record<string, string> = {}, body?: string): HttpExchange {
  return {
    url,
    method: 'POST',
    status: 200,
    requestHeaders: Object.entries(headers).map(([name, value]) => ({ name, value })),
    responseHeaders: [],
    requestBody: body,
    mimeType: 'application/json',
  };
}

describe('requestInfo', () => {
  it.each([
    [
      'Tencent headers',
      ex('https://cvm.tencentcloudapi.com/', { 'X-TC-Action': 'DescribeInstances', 'X-TC-Region': 'ap-guangzhou', 'X-TC-Version': '2017-03-12' }),
      { action: 'DescribeInstances', region: 'ap-guangzhou', version: '2017-03-12', service: 'cvm' },
    ],
    [
      'Alibaba RPC query',
      ex('https://ecs.cn-hangzhou.aliyuncs.com/?Action=RunInstances&RegionId=cn-hangzhou&Version=2014-05-26'),
      { action: 'RunInstances', region: 'cn-hangzhou', service: 'ecs' },
    ],
    [
      'Alibaba ROA headers',
      ex('https://cs.cn-beijing.aliyuncs.com/clusters', { 'x-acs-action': 'DescribeClusters', 'x-acs-version': '2015-12-15' }),
      { action: 'DescribeClusters', region: 'cn-beijing', service: 'cs' },
    ],
    ['OSS host region', ex('https://bucket.oss-cn-hangzhou.aliyuncs.com/key'), { region: 'cn-hangzhou' }],
    [
      'EC2 form body',
      ex('https://ec2.us-east-1.amazonaws.com/', { 'Content-Type': 'application/x-www-form-urlencoded' }, 'Action=DescribeInstances&Version=2016-11-15'),
      { action: 'DescribeInstances', region: 'us-east-1', service: 'ec2' },
    ],
    [
      'awsJson target',
      ex('https://dynamodb.us-west-2.amazonaws.com/', { 'X-Amz-Target': 'DynamoDB_20120810.GetItem' }),
      { action: 'GetItem', service: 'DynamoDB', region: 'us-west-2' },
    ],
    ['S3 virtual-hosted bucket', ex('https://my-bucket.s3.eu-west-1.amazonaws.com/photos/cat.jpg'), { service: 's3', region: 'eu-west-1' }],
    ['S3 path style', ex('https://s3.us-east-2.amazonaws.com/my-bucket/key'), { service: 's3', region: 'us-east-2' }],
    ['S3 legacy dash region, bucket first', ex('https://my-bucket.s3-us-west-2.amazonaws.com/key'), { service: 's3', region: 'us-west-2' }],
    ['OSS bucket host', ex('https://examplebucket.oss-cn-hangzhou.aliyuncs.com/logs/app.log'), { service: 'oss', region: 'cn-hangzhou' }],
    ['Huawei endpoint', ex('https://ecs.cn-north-4.myhuaweicloud.com/v1/p/cloudservers'), { service: 'ecs', region: 'cn-north-4' }],
    ['OCI endpoint', ex('https://iaas.us-ashburn-1.oraclecloud.com/20160918/instances'), { service: 'iaas', region: 'us-ashburn-1' }],
    [
      'Google API, zone in the path',
      ex('https://compute.googleapis.com/compute/v1/projects/p/zones/us-central1-a/instances'),
      { service: 'compute', region: 'us-central1-a' },
    ],
    [
      'Google API, location in the path',
      ex('https://run.googleapis.com/v2/projects/p/locations/europe-west1/services?pageSize=5'),
      { service: 'run', region: 'europe-west1' },
    ],
    ['Google API without a location', ex('https://storage.googleapis.com/storage/v1/b/bucket/o'), { service: 'storage', region: undefined }],
    ['Azure Storage account', ex('https://myaccount.blob.core.windows.net/container/blob'), { service: 'blob', region: undefined }],
    ['Azure Resource Manager', ex('https://management.azure.com/subscriptions/s/resourceGroups/g?api-version=2021-04-01'), { service: 'arm' }],
    [
      'Azure resource provider',
      ex('https://management.azure.com/subscriptions/s/resourceGroups/g/providers/Microsoft.Compute/virtualMachines/vm1?api-version=2024-03-01'),
      { service: 'Microsoft.Compute' },
    ],
    ['unknown host', ex('http://127.0.0.1:8080/api'), { host: '127.0.0.1', action: undefined, service: undefined, region: undefined }],
    ['unparsable URL', ex('not a url'), { host: '', action: undefined }],
  ])('%s', (_name, exchange, expected) => {
    expect(requestInfo(exchange)).toMatchObject(expected);
  });
});
