import js from '@eslint/js';
import nextPlugin from '@next/eslint-plugin-next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** packages/api: another domain is reached only through its index.ts (docs/architecture.md). */
const throughIndex = {
  regex: '(^|/)domains/[^/]+/(?!index\\.ts$)',
  message: 'Import another domain through its index.ts only.',
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/.next/**',
      '**/dist/**',
      '**/.turbo/**',
      '.data/**',
      'drizzle/**',
      'test-results/**',
      'playwright-report/**',
      '**/next-env.d.ts',
      'apps/driver/public/sw.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
      '@typescript-eslint/only-throw-error': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Domain boundaries in the API (docs/architecture.md): another domain is reached only
    // through its index.ts; shared/ and the core files (trpc.ts, context.ts) import no domain.
    files: ['packages/api/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [throughIndex],
        },
      ],
    },
  },
  {
    files: ['packages/api/src/domains/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            throughIndex,
            // `../chefs/profile.ts` from another domain's folder.
            { ...throughIndex, regex: '^\\.\\./(?!\\.\\./)[^/]+/(?!index\\.ts$)[^/]+$' },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/api/src/shared/**/*.ts', 'packages/api/src/{trpc,context,docs}.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)domains/',
              message: 'shared/ and the core files sit below the domains: they import none.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['tooling/scripts/**', '**/bench/**', 'apps/*/scripts/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: [
      'apps/{customer,chef,driver,admin}/**/*.{ts,tsx}',
      'packages/{ui,client}/**/*.{ts,tsx}',
      'packages/auth/src/next/**/*.{ts,tsx}',
    ],
    plugins: { 'react-hooks': reactHooks, '@next/next': nextPlugin },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
    },
    settings: { next: { rootDir: 'apps/*/' } },
  },
);
