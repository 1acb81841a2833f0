import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/**/*.test.ts'],
        globalSetup: ['test/global-setup.ts'],
        setupFiles: ['test/setup-language-detector.ts'],
        testTimeout: 30_000,
        hookTimeout: 60_000,
        pool: 'forks',
        env: { LOG_LEVEL: 'silent', TZ: 'UTC' }
    }
});
