import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import { buildContentSecurityPolicy } from './src/main/shell/content-security-policy'

/** Writes the production CSP into the built index.html, so the page carries it on any host. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'content-security-policy-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: {
          'http-equiv': 'Content-Security-Policy',
          content: buildContentSecurityPolicy({ meta: true }),
        },
        injectTo: 'head-prepend',
      },
    ],
  }
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          // A timeline file's store runs in a worker thread of its own (remote-event-store.ts).
          'store-worker': resolve(__dirname, 'src/main/core/event-store/store-worker.ts'),
          // An import reads, checks and writes in a worker thread of its own (import-runner.ts).
          'import-worker': resolve(__dirname, 'src/main/core/import/import-worker.ts'),
        },
      },
    },
  },
  preload: {
    // A sandboxed preload cannot require packages: bundle the contract (and zod) into it.
    build: { externalizeDeps: false },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    base: './',
    plugins: [react(), contentSecurityPolicyMeta()],
    build: {
      // electron-vite leaves the renderer unminified; a smaller bundle opens faster.
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
  },
})
