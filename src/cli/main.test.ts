import { describe, expect, it } from 'vitest';
import { main } from './main.js';

/** main() with its I/O replaced: what a file system error becomes on stderr. */
async function scanWith(readFile: (path: string) => Promise<string>): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await main(['scan', 'big.har'], { stdout: () => {}, stderr: (t) => (stderr += t), readStdin: async () => '', readFile });
  return { code, stderr };
}

describe('scan: files that cannot be read', () => {
  it('a HAR over the engine string limit gets one line saying so and what to do, exit 2', async () => {
    const r = await scanWith(() => Promise.reject(new RangeError('Invalid string length')));
    expect(r).toEqual({
      code: 2,
      stderr: 'cloud-errors: big.har: cannot read: too large to read as text (the limit is about 512 MB): save the HAR in smaller parts\n',
    });
    const node = Object.assign(new Error('Cannot create a string longer than 0x1fffffe8 characters'), { code: 'ERR_STRING_TOO_LONG' });
    expect((await scanWith(() => Promise.reject(node))).stderr).toMatch(/too large to read as text/);
  });

  it('another read error keeps its own message on one line', async () => {
    const r = await scanWith(() => Promise.reject(new Error('EIO: i/o error, read')));
    expect(r).toEqual({ code: 2, stderr: 'cloud-errors: big.har: cannot read: EIO: i/o error, read\n' });
  });
});

describe('explain: a code not in the catalog', () => {
  it('suggests the codes it may be (a typo, another case), and exits 1', async () => {
    let stdout = '';
    const code = await main(['explain', 'NoSuchKy'], { stdout: (t) => (stdout += t), stderr: () => {}, readStdin: async () => '', readFile: async () => '' });
    expect(code).toBe(1);
    expect(stdout).toBe('NoSuchKy: not in the catalog; did you mean NoSuchKey (aliyun), NoSuchKey (aws), NoSuchKey (huawei)?\n');
  });
});
