import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
    { ignores: ['node_modules/', 'dist/', 'data/', 'coverage/'] },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
        rules: {
            '@typescript-eslint/no-explicit-any': 'error',
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
            'no-console': ['error', { allow: ['error'] }]
        }
    },
    {
        // The widget's browser scripts: plain JavaScript served as they are.
        files: ['public/**/*.js'],
        languageOptions: {
            sourceType: 'script',
            globals: { window: 'readonly', document: 'readonly', location: 'readonly', fetch: 'readonly', localStorage: 'readonly', MutationObserver: 'readonly', navigator: 'readonly', URL: 'readonly', getComputedStyle: 'readonly', console: 'readonly' }
        }
    },
    {
        files: ['src/cli/**', 'bench/**', 'src/index.ts'],
        rules: { 'no-console': 'off' }
    }
);
