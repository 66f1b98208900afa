import { describe, it } from 'vitest';
import { checkFixture } from '../../../fixtures/check.js';
import { loadFixtures } from '../../../fixtures/load.js';

describe('huawei detector', () => {
  it.each(loadFixtures('huawei').map((f) => [f.name, f.fixture.description, f.fixture] as const))('%s: %s', (_name, _description, fixture) => {
    checkFixture(fixture);
  });
});
