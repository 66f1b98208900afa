import { describe, expect, it } from 'vitest';
import { compileQuery } from '../core/query/match-query.js';
import { parseQuery } from '../core/query/parse-query.js';
import type { FindingRecord } from '../core/report.js';
import { queryRowFromRecord } from './query-row.js';

describe('queryRowFromRecord', () => {
  it('turns nulls into absent fields and takes the host from the URL', () => {
    const record = {
      provider: 'aliyun',
      code: 'Throttling.User',
      message: null,
      requestId: 'R-1',
      url: 'https://ECS.cn-hangzhou.aliyuncs.com/?Signature=%5Bredacted%5D',
      status: 503,
      category: 'quota-throttling',
      retryable: null,
      action: 'DescribeRegions',
      region: null,
    } as unknown as FindingRecord;
    expect(queryRowFromRecord(record)).toEqual({
      provider: 'aliyun',
      code: 'Throttling.User',
      message: undefined,
      requestId: 'R-1',
      url: record.url,
      status: 503,
      category: 'quota-throttling',
      retryable: undefined,
      action: 'DescribeRegions',
      host: 'ecs.cn-hangzhou.aliyuncs.com',
      region: undefined,
    });
    expect(compileQuery(parseQuery('host:aliyuncs.com category:throttling -retryable:no'))(queryRowFromRecord(record))).toBe(true);
  });
});
