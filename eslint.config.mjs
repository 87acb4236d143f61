// @ts-check
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Import boundaries of the house style:
 * - the web's layers (eslint-plugin-boundaries): app → features → shared (components/, lib/,
 *   i18n/, theme/) → packages; a feature never imports app/ or another feature (test/ holds
 *   the tests' helpers, which may render the whole app);
 * - an API module reaches another module only through its module, service, entity or errors,
 *   never its repository or controller (scope and rules live behind the service).
 */
const webElement = (type, pattern, capture) => ({ type, pattern, partialMatch: false, capture });
const webElements = [
  webElement('app', 'apps/web/src/app/**'),
  webElement('app', 'apps/web/src/*.{ts,tsx}'),
  webElement('feature', 'apps/web/src/features/*/**', ['feature']),
  webElement('shared', 'apps/web/src/{components,lib,i18n,theme}/**'),
  // The tests' helpers render the whole app.
  webElement('test-support', 'apps/web/src/test/**'),
];
const sharedLayers = { to: { element: { types: { anyOf: ['shared', 'test-support'] } } } };
const webPolicies = [
  {
    from: { element: { type: 'app' } },
    allow: { to: { element: { types: { anyOf: ['app', 'feature', 'shared', 'test-support'] } } } },
  },
  { from: { element: { type: 'feature' } }, allow: sharedLayers },
  {
    from: { element: { type: 'feature' } },
    allow: {
      to: {
        element: { type: 'feature', captured: { feature: '{{ from.element.captured.feature }}' } },
      },
    },
  },
  { from: { element: { type: 'shared' } }, allow: sharedLayers },
  {
    from: { element: { type: 'test-support' } },
    allow: { to: { element: { types: { anyOf: ['app', 'feature', 'shared', 'test-support'] } } } },
  },
  // Packages (react, MUI, @canhgiac/contracts …) are open to every layer.
  { allow: { to: { module: { origin: 'external' } } } },
  { allow: { to: { module: { origin: 'core' } } } },
];
const apiModuleBoundary = {
  group: [
    '../*/*.repository',
    '../*/*.controller',
    '../../modules/*/*.repository',
    '../../modules/*/*.controller',
  ],
  message:
    "Use the other module's service (exported by its module), not its repository or controller.",
};

// From another module's service, only the service class itself (and types): SQL fragments and
// helpers it shares live in that module's `<module>.sql.ts`.
const apiServiceImports = {
  group: ['../*/*.service', '../../modules/*/*.service', '../../*/*.service'],
  importNamePattern: '^(?!.*Service$)',
  allowTypeImports: true,
  message: "Import another module's SQL from its .sql.ts file; from its service, only the service.",
};

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/.turbo/**',
      '**/coverage/**',
      '**/*.config.*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      'no-console': 'error',
    },
  },
  {
    files: ['apps/api/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      // NestJS injects by the emitted constructor types: those imports must stay values.
      '@typescript-eslint/consistent-type-imports': 'off',
      'no-restricted-imports': ['error', { patterns: [apiModuleBoundary, apiServiceImports] }],
    },
  },
  {
    files: ['apps/api/test/**/*.ts', 'apps/api/**/*.spec.ts', 'apps/api/**/*.int-spec.ts'],
    rules: { 'no-restricted-imports': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // The API tests' runner scripts are plain CommonJS run by node.
    files: ['apps/api/test/**/*.js'],
    languageOptions: { globals: globals.node, sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
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
    // The web's layers: app → features → components/lib (with i18n, theme, test) → contracts.
    // A feature reaches only itself and the shared layers; nothing below app imports app.
    files: ['apps/web/src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/include': ['apps/web/src/**/*'],
      'boundaries/elements': webElements,
      'boundaries/root-path': import.meta.dirname,
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', policies: webPolicies }],
    },
  },
  {
    files: ['packages/contracts/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nestjs/*', 'react', 'typeorm'],
              message: 'Contracts are shared: zod only.',
            },
          ],
        },
      ],
    },
  },
);
