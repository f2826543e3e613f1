import { configDefaults, defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    globalSetup: ['tests/global-setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'codegen/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/runtimes/**'],
          environment: 'node',
          testTimeout: 20_000,
        },
      },
      {
        // The core's suite again with the global fetch instead of Node's default nodeFetch
        // (tests/helpers.ts): the transport Bun, Deno, workers and browsers use, under every test.
        extends: true,
        test: {
          name: 'node-global-fetch',
          include: ['tests/core/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
          env: { LARKFN_TEST_FETCH: 'global' },
        },
      },
      {
        // The runtime matrix (docs/runtimes.md): the same smoke in Node 20 and 24, Bun, Deno,
        // workerd, the edge runtime and Chromium, each driven from a Node test (subprocess, miniflare,
        // EdgeRuntime, playwright-core) against the global setup's fake server.
        extends: true,
        test: {
          name: 'runtimes',
          include: ['tests/runtimes/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
})
