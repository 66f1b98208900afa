import { describe, it } from 'vitest';
import { checkFixture } from '../../../fixtures/check.js';
import { loadFixtures } from '../../../fixtures/load.js';

describe('tencent-cos detector', () => {
  it.each(loadFixtures('tencent-cos').map((f) => [f.name, f.fixture.description, f.fixture] as const))('%s: %s', (_name, _description, fixture) => {
    checkFixture(fixture);
  });
});
