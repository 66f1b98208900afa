import { describe, expect, it } from 'vitest';
import { createSettingsStore } from './store-settings.js';

describe('settings store', () => {
  it('dismisses a notice only while it is the one shown', () => {
    const s = createSettingsStore();
    s.announce('Copied 1 RequestId');
    const first = s.notice.value;
    s.announce('Copied 2 RequestIds');
    if (first) s.dismissNotice(first); // the timer of the first notice fires after the second was shown
    expect(s.notice.value?.text).toBe('Copied 2 RequestIds');
    const second = s.notice.value;
    if (second) s.dismissNotice(second);
    expect(s.notice.value).toBeUndefined();
  });
});
