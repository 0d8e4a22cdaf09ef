import { defineConfig } from '@playwright/test'

// Each spec launches its own host (e2e/support/app.ts); no browser download is ever needed.
export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  testIgnore: '**/screenshots.spec.ts',
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  forbidOnly: !!process.env['CI'],
})
