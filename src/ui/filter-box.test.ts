import { describe, expect, it } from 'vitest';
import { suggest } from '../core/query/suggest.js';
import { applySuggestion } from './FilterBox.js';

describe('applySuggestion', () => {
  it('completes a key in place and leaves the cursor after the colon', () => {
    const [s] = suggest('-prov', 5, []);
    expect(applySuggestion('-prov', s!)).toEqual({ text: '-provider:', cursor: 10 });
  });

  it('completes a value, quoting it when needed, and ends the term with a space', () => {
    const rows = [{ provider: 'aliyun' as const, url: 'https://ecs.aliyuncs.com/', status: 400, host: 'ecs.aliyuncs.com', message: 'not found here' }];
    const [p] = suggest('provider:al status:4xx', 11, rows);
    expect(applySuggestion('provider:al status:4xx', p!)).toEqual({ text: 'provider:aliyun status:4xx', cursor: 16 });
    const [m] = suggest('message:not', 11, rows);
    expect(applySuggestion('message:not', m!).text).toBe('message:"not found here" ');
  });
});
