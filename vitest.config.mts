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
        env: { LOG_LEVEL: 'silent', TZ: 'UTC' }
    }
});
