import { describe, it } from 'vitest';
import { checkFixture } from '../../../fixtures/check.js';
import { loadFixtures } from '../../../fixtures/load.js';

describe('azure detector', () => {
  it.each(loadFixtures('azure').map((f) => [f.name, f.fixture.description, f.fixture] as const))('%s: %s', (_name, _description, fixture) => {
    checkFixture(fixture);
  });
});
