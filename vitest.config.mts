import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: [
      'electron-builder.config.test.ts',
      'src/**/*.test.ts',
      'src/**/*.test.tsx',
      'data/**/*.test.ts',
      'bench/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    environment: 'node',
    // Stylesheets read as text (`?raw`) by tests that check them; no other CSS is processed.
    css: { include: [/\.css\?raw$/] },
    testTimeout: 30_000,
  },
})
