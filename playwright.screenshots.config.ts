import { defineConfig } from '@playwright/test'

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/screenshots.spec.ts',
  workers: 1,
  timeout: 120_000,
  reporter: [['list']],
})
