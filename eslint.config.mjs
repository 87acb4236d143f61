// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Import boundaries of the house style:
 * - web features never import each other (shared code lives in components/, lib/, i18n/, theme/);
 * - an API module reaches another module only through its module, service, entity or errors,
 *   never its repository or controller (scope and rules live behind the service).
 */
const webFeatureBoundary = {
  // From src/features/<a>/<dir>/file: "../../<b>/…" reaches another feature; "../../../…" is shared code.
  regex: '^\\.\\./\\.\\./(?!\\.\\./)[^/]+/',
  message: 'Features never import each other: move shared code to src/components or src/lib.',
};
const apiModuleBoundary = {
  group: ['../*/*.repository', '../*/*.controller', '../../modules/*/*.repository', '../../modules/*/*.controller'],
  message: "Use the other module's service (exported by its module), not its repository or controller.",
};

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.turbo/**', '**/coverage/**', '**/*.config.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      'no-console': 'error',
    },
  },
  {
    files: ['apps/api/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      // NestJS injects by the emitted constructor types: those imports must stay values.
      '@typescript-eslint/consistent-type-imports': 'off',
      'no-restricted-imports': ['error', { patterns: [apiModuleBoundary] }],
    },
  },
  {
    files: ['apps/api/test/**/*.ts', 'apps/api/**/*.spec.ts', 'apps/api/**/*.int-spec.ts'],
    rules: { 'no-restricted-imports': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Browser tests, benchmarks and operations scripts run under Node and report on the console.
    files: ['e2e/**/*.ts', 'bench/**/*.ts', 'infra/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: { 'no-console': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['apps/web/src/features/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [webFeatureBoundary] }] },
  },
  {
    files: ['packages/contracts/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['@nestjs/*', 'react', 'typeorm'], message: 'Contracts are shared: zod only.' }] }] },
  },
);
