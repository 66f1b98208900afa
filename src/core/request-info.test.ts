import { describe, expect, it } from 'vitest';
import type { HttpExchange } from './exchange.js';
import { requestInfo } from './request-info.js';

function ex(url: string, headers: Record<string, string> = {}, body?: string): HttpExchange {
  return { url, method: 'POST', status: 200, requestHeaders: Object.entries(headers).map(([name, value]) => ({ name, value })), responseHeaders: [], requestBody: body, mimeType: 'application/json' };
}

describe('requestInfo', () => {
  it.each([
    ['Tencent headers', ex('https://cvm.tencentcloudapi.com/', { 'X-TC-Action': 'DescribeInstances', 'X-TC-Region': 'ap-guangzhou', 'X-TC-Version': '2017-03-12' }), { action: 'DescribeInstances', region: 'ap-guangzhou', version: '2017-03-12', service: 'cvm' }],
    ['Alibaba RPC query', ex('https://ecs.cn-hangzhou.aliyuncs.com/?Action=RunInstances&RegionId=cn-hangzhou&Version=2014-05-26'), { action: 'RunInstances', region: 'cn-hangzhou', service: 'ecs' }],
    ['Alibaba ROA headers', ex('https://cs.cn-beijing.aliyuncs.com/clusters', { 'x-acs-action': 'DescribeClusters', 'x-acs-version': '2015-12-15' }), { action: 'DescribeClusters', region: 'cn-beijing', service: 'cs' }],
    ['OSS host region', ex('https://bucket.oss-cn-hangzhou.aliyuncs.com/key'), { region: 'cn-hangzhou' }],
    ['EC2 form body', ex('https://ec2.us-east-1.amazonaws.com/', { 'Content-Type': 'application/x-www-form-urlencoded' }, 'Action=DescribeInstances&Version=2016-11-15'), { action: 'DescribeInstances', region: 'us-east-1', service: 'ec2' }],
    ['awsJson target', ex('https://dynamodb.us-west-2.amazonaws.com/', { 'X-Amz-Target': 'DynamoDB_20120810.GetItem' }), { action: 'GetItem', service: 'DynamoDB', region: 'us-west-2' }],
    ['unknown host', ex('http://127.0.0.1:8080/api'), { host: '127.0.0.1', action: undefined, service: undefined, region: undefined }],
    ['unparsable URL', ex('not a url'), { host: '', action: undefined }],
  ])('%s', (_name, exchange, expected) => {
    expect(requestInfo(exchange)).toMatchObject(expected);
  });
});
