import { describe, expect, it } from 'vitest';
import { explain } from './explain.js';
import type { Finding } from './finding.js';

const base: Finding = { provider: 'aliyun', family: 'aliyun', code: 'Forbidden.RAM', requestId: 'R-1', evidence: ['test'] };

describe('explain', () => {
  it('uses the exact entry when there is one', () => {
    expect(explain(base)).toMatchObject({ matchedCode: 'Forbidden.RAM', inferred: false, category: 'permission' });
  });

  it('falls back through dotted parents and says so', () => {
    expect(explain({ ...base, provider: 'tencent', code: 'InvalidParameterValue.InvalidImageId.Malformed' })).toMatchObject({
      matchedCode: 'InvalidParameterValue',
      inferred: true,
    });
  });

  it('never crosses providers and invents nothing for unknown codes', () => {
    const a = explain({ ...base, provider: 'tencent', code: 'Forbidden.RAM' });
    expect(a.meaning).toBeUndefined();
    expect(a.remediation).toBeUndefined();
    expect(a.inferred).toBe(false);
  });

  it('keeps a response docs link only when it is http(s)', () => {
    expect(explain({ ...base, docsUrl: 'https://api.aliyun.com/troubleshoot?q=X' }).docsUrl).toBe('https://api.aliyun.com/troubleshoot?q=X');
    expect(explain({ ...base, docsUrl: 'javascript:alert(1)' }).docsUrl).toMatch(/^https:\/\/api\.aliyun\.com\/troubleshoot\?q=Forbidden\.RAM&requestId=R-1$/);
  });

  it('builds the Alibaba diagnosis link from code and request id when the response has none', () => {
    expect(explain(base).docsUrl).toBe('https://api.aliyun.com/troubleshoot?q=Forbidden.RAM&requestId=R-1');
  });
});
