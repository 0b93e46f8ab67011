import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import moduleBoundaries from './scripts/eslint/module-boundaries.js';

const processEnv = {
  selector: "MemberExpression[object.name='process'][property.name='env']",
  message: 'Read settings through server/platform/config.ts, not process.env.',
};
// The settings are read once, where the process starts; everything else is handed them (a
// request's command context, a subscriber's or job's context), so nothing re-reads them at run time.
const loadConfigCall = {
  selector: "CallExpression[callee.name='loadConfig'], CallExpression[callee.property.name='loadConfig']",
  message:
    'Only server/main.ts and server/cli.ts load the configuration; take it from your context (command, subscriber or job).',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'e2e/artifacts/**', 'data/**', 'bench/results/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        queueMicrotask: 'readonly',
        window: 'readonly',
        document: 'readonly',
        localStorage: 'readonly',
        navigator: 'readonly',
        fetch: 'readonly',
      },
    },
    plugins: { cocreate: { rules: { 'module-boundaries': moduleBoundaries } } },
    rules: {
      'cocreate/module-boundaries': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', processEnv, loadConfigCall],
    },
  },
  // Test factories may build rows through a module's internals and write any module's or the
  // platform's tables: the one place tests build rows they do not own. Product code may not.
  { files: ['server/test-support/**'], rules: { 'cocreate/module-boundaries': 'off' } },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  {
    // Scripts, examples and the web app may read the environment, but not load the server's configuration.
    files: ['scripts/**', 'bench/**', 'e2e/**', 'examples/**', '*.config.*', 'web/**'],
    rules: { 'no-restricted-syntax': ['error', loadConfigCall] },
  },
  // The two entry points load the configuration once, at start.
  { files: ['server/main.ts', 'server/cli.ts'], rules: { 'no-restricted-syntax': ['error', processEnv] } },
  {
    // Tests, fixtures and the config loader itself may do both.
    files: ['**/*.test.ts', 'server/test-support/**', 'server/platform/config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
