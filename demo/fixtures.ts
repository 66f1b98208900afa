import type { Fixture } from '../fixtures/fixture.js';
import { loadFixtures } from '../fixtures/load.js';

/** A fixture and its name ("<group>/<variant>"), as the demo cloud serves it. */
export interface DemoFixture {
  id: string;
  fixture: Fixture;
}

export function demoFixtures(): DemoFixture[] {
  return loadFixtures().map(({ name, fixture }) => ({ id: name, fixture }));
}

/** The local path the demo cloud answers a fixture on; the fixture's query string is kept (Action=… etc.). */
export function demoPath(f: DemoFixture): string {
  let search = '';
  try {
    search = new URL(f.fixture.request.url).search;
  } catch {
    // no query
  }
  return `/cloud/${f.id}${search}`;
}
