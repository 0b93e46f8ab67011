import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import moduleBoundaries from './scripts/eslint/module-boundaries.js';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'e2e/artifacts/**', 'data/**', 'bench/results/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', queueMicrotask: 'readonly', window: 'readonly', document: 'readonly', localStorage: 'readonly', navigator: 'readonly', fetch: 'readonly' } },
    plugins: { cocreate: { rules: { 'module-boundaries': moduleBoundaries } } },
    rules: {
      'cocreate/module-boundaries': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read settings through server/platform/config.ts, not process.env.',
        },
      ],
    },
  },
  // Test factories may build rows through a module's internals and write any module's or the
  // platform's tables: the one place tests build rows they do not own. Product code may not.
  { files: ['server/test-support/**'], rules: { 'cocreate/module-boundaries': 'off' } },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } } },
  {
    // Scripts, tests, fixtures and the config loader itself may read the environment.
    files: ['scripts/**', 'bench/**', 'e2e/**', '**/*.test.ts', 'server/test-support/**', 'server/platform/config.ts', '*.config.*', 'web/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
