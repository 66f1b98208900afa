import { describe, expect, it } from 'vitest';
import { compileQuery, type QueryRow } from './match-query.js';
import { MAX_REGEX_INPUT, parseQuery } from './parse-query.js';

const ROWS: Record<string, QueryRow> = {
  expire: {
    provider: 'tencent',
    code: 'AuthFailure.SignatureExpire',
    message: 'Signature expired, please check the clock',
    requestId: '6f3e1a52-9c1b-4b8e-8f3e-2a4d1c0b9e71',
    url: 'https://cvm.tencentcloudapi.com/',
    status: 200,
    category: 'signature-clock',
    retryable: false,
    action: 'DescribeInstances',
    host: 'cvm.tencentcloudapi.com',
    region: 'ap-guangzhou',
  },
  throttled: {
    provider: 'aliyun',
    code: 'Throttling.User',
    message: 'Request was denied due to user flow control.',
    requestId: 'A1B2C3D4-0000-1111-2222-333344445555',
    url: 'https://ecs.cn-hangzhou.aliyuncs.com/?Action=DescribeRegions',
    status: 503,
    category: 'quota-throttling',
    retryable: true,
    action: 'DescribeRegions',
    host: 'ecs.cn-hangzhou.aliyuncs.com',
    region: 'cn-hangzhou',
  },
  notFound: {
    provider: 'aws',
    code: 'InvalidInstanceID.NotFound',
    message: 'The instance ID i-1 does not exist',
    url: 'https://ec2.us-east-1.amazonaws.com/',
    status: 400,
    category: 'not-found',
    retryable: false,
    action: 'DescribeInstances',
    host: 'ec2.us-east-1.amazonaws.com',
    region: 'us-east-1',
  },
  awsThrottled: {
    provider: 'aws',
    code: 'Throttling',
    message: 'Rate exceeded',
    url: 'https://sts.amazonaws.com/',
    status: 400,
    category: 'quota-throttling',
    retryable: true,
    host: 'sts.amazonaws.com',
  },
  /** An unknown code: no category, no retryable, no action, no region. */
  bare: { provider: 'ec2', code: 'WidgetQuotaBurned', url: 'http://127.0.0.1:8080/api', status: 500, host: '127.0.0.1' },
};

const ALL = Object.keys(ROWS);

/** Query → the rows it keeps, in ROWS order. */
const cases: Array<[string, string[]]> = [
  ['', ALL],
  ['provider:aws', ['notFound', 'awsThrottled']],
  ['provider:aws -code:Throttling*', ['notFound']],
  ['code:throttling', ['awsThrottled']],
  ['code:Throttling*', ['throttled', 'awsThrottled']],
  ['code:AuthFailure*', ['expire']],
  ['code:AuthFailure', []],
  ['-code:Throttling*', ['expire', 'notFound', 'bare']],
  ['status:400', ['notFound', 'awsThrottled']],
  ['status:>=500', ['throttled', 'bare']],
  ['status:5xx', ['throttled', 'bare']],
  ['status:4xx', ['notFound', 'awsThrottled']],
  ['status:<400', ['expire']],
  ['status:>399', ['throttled', 'notFound', 'awsThrottled', 'bare']],
  ['status:<=499', ['expire', 'notFound', 'awsThrottled']],
  ['status:400-499', ['notFound', 'awsThrottled']],
  ['status:501-503', ['throttled']],
  ['-status:4xx', ['expire', 'throttled', 'bare']],
  ['category:throttling', ['throttled', 'awsThrottled']],
  ['category:clock', ['expire']],
  ['category:notfound', ['notFound']],
  ['-category:throttling', ['expire', 'notFound', 'bare']],
  ['retryable:yes', ['throttled', 'awsThrottled']],
  ['retryable:no', ['expire', 'notFound']],
  ['-retryable:yes', ['expire', 'notFound', 'bare']],
  ['action:describeinstances', ['expire', 'notFound']],
  ['action:Describe*', ['expire', 'throttled', 'notFound']],
  ['host:aliyuncs.com', ['throttled']],
  ['host:amazonaws.com', ['notFound', 'awsThrottled']],
  ['host:sts.amazonaws.com', ['awsThrottled']],
  ['host:zonaws.com', []],
  ['requestid:6F3E1A52', ['expire']],
  ['region:cn-hangzhou', ['throttled']],
  ['region:us-*', ['notFound']],
  ['message:"does not exist"', ['notFound']],
  ['message:rate', ['awsThrottled']],
  ['"flow control"', ['throttled']],
  ['throttling', ['throttled', 'awsThrottled']],
  ['describeregions', ['throttled']],
  ['a1b2c3d4', ['throttled']],
  ['127.0.0.1', ['bare']],
  ['-throttling', ['expire', 'notFound', 'bare']],
  ['/^Invalid/', ['notFound']],
  ['/^invalid/', []],
  ['/^invalid/i', ['notFound']],
  ['/not ?exist/', ['notFound']],
  ['/tencentcloudapi/', ['expire']],
  ['-/throttl/i', ['expire', 'notFound', 'bare']],
  ['provider:aws status:400 category:throttling retryable:yes', ['awsThrottled']],
  ['provider:aliyun provider:aws', []],
  // comma lists: any of the values
  ['provider:aliyun,aws', ['throttled', 'notFound', 'awsThrottled']],
  ['-provider:aliyun,aws', ['expire', 'bare']],
  ['status:<400,5xx', ['expire', 'throttled', 'bare']],
  ['code:AuthFailure*,throttling', ['expire', 'awsThrottled']],
  ['host:aliyuncs.com,sts.amazonaws.com', ['throttled', 'awsThrottled']],
  ['provider:aws,', ['notFound', 'awsThrottled']],
  ['message:"does not exist, or"', []],
  // invalid terms are ignored, never blanking the list
  ['provder:aws', ALL],
  ['provider:aws status:abc', ['notFound', 'awsThrottled']],
  ['/(unclosed/ provider:tencent', ['expire']],
  ['code: provider:ec2', ['bare']],
];

// compileQuery is the one live path: the panel's filter and the CLI's --filter both use it.
describe('compileQuery', () => {
  it.each(cases)('%j keeps %j', (text, expected) => {
    const q = parseQuery(text);
    expect(ALL.filter((name) => compileQuery(q)(ROWS[name] as QueryRow))).toEqual(expected);
  });

  it('an invalid term does not blank the list: the query matches as if the term were absent', () => {
    const rows = Object.values(ROWS);
    for (const typo of ['provder:aws', 'status:5x', 'category:throtling', '/(/', 'retryable:maybe', '-', 'code:']) {
      const q = parseQuery(`${typo} provider:aws`);
      expect(q.terms[0]?.reason, typo).toBeDefined();
      expect(rows.filter(compileQuery(q)), typo).toEqual([ROWS.notFound, ROWS.awsThrottled]);
    }
  });

  it('gives a regex only the first characters of a long field', () => {
    const long = { ...(ROWS.bare as QueryRow), message: 'x'.repeat(MAX_REGEX_INPUT) + 'NEEDLE' };
    expect(compileQuery(parseQuery('/NEEDLE/'))(long)).toBe(false);
    expect(compileQuery(parseQuery('NEEDLE'))(long)).toBe(true);
  });

  // Speed is measured by `npm run bench` (filter per keystroke), not asserted here: timed unit tests flake under load.
  it('filters 10,000 rows with a compiled query, keystroke by keystroke', () => {
    const base = Object.values(ROWS);
    const rows = Array.from({ length: 10_000 }, (_, i) => ({ ...(base[i % base.length] as QueryRow), requestId: `req-${i}` }));
    const texts = [
      'p',
      'pr',
      'provider:',
      'provider:aws',
      'provider:aws -code:Thr',
      'provider:aws -code:Throttling* status:4xx /not ?found/i message:"does not"',
    ];
    let kept = 0;
    for (const text of texts) {
      const match = compileQuery(parseQuery(text));
      kept = rows.filter(match).length;
    }
    expect(kept).toBe(2000);
  });
});
