import { defineConfig } from '@playwright/test'

// Each spec launches its own host (e2e/support/app.ts); no browser download is ever needed.
// The benchmark's smoke run is part of the suite so it cannot rot; the full one is not.
export default defineConfig({
  testDir: '.',
  testMatch: ['e2e/**/*.spec.ts', 'bench/bench-smoke.spec.ts'],
  testIgnore: ['**/screenshots.spec.ts', '**/node_modules/**'],
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  forbidOnly: !!process.env['CI'],
})
