import { defineConfig } from 'vitest/config';

const exclude = ['**/node_modules/**', '**/.next/**', '**/dist/**', 'e2e/**'];

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['{packages,apps}/*/{src,test}/**/*.test.{ts,tsx}'],
          exclude: [...exclude, '**/*.integration.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          sequence: { groupOrder: 1 },
          include: ['{packages,apps}/*/{src,test}/**/*.integration.test.ts'],
          exclude,
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Two cores: each file gets its own database, two at a time is the sweet spot.
          maxWorkers: 2,
        },
      },
    ],
  },
});
