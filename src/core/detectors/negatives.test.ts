import { describe, it } from 'vitest';
import { checkFixture } from '../../../fixtures/check.js';
import { loadFixtures } from '../../../fixtures/load.js';

describe('look-alikes are not claimed', () => {
  it.each(loadFixtures('negatives').map((f) => [f.name, f.fixture.description, f.fixture] as const))('%s: %s', (_name, _description, fixture) => {
    checkFixture(fixture);
  });
});
