/** `npm run bench:import`: benchmarks that need the built panel and Chromium; figures are printed, not asserted. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['bench/**/*.bench-run.ts'],
    testTimeout: 900_000,
  },
});
