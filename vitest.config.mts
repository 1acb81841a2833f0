import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/**/*.test.ts'],
        globalSetup: ['test/global-setup.ts'],
        setupFiles: ['test/setup-language-detector.ts'],
        testTimeout: 30_000,
        hookTimeout: 60_000,
        pool: 'forks',
        // Two files at a time: most tests wait on Chromium, PostgreSQL or sockets, not on the CPU
        // (vitest's default on 2 cores is one).
        maxWorkers: 2,
        // Files share a worker's module cache: the ten languages' lexicons and FAQ indexes are built
        // once per worker instead of once per file (npm test took 640 s isolated, 350 s shared).
        // Tests keep their state in what they create (servers, temp dirs, schemas), not in modules.
        isolate: false,
        env: { LOG_LEVEL: 'silent', TZ: 'UTC' }
    }
});
