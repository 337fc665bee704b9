// Lint with type information; the core stays free of edges and drivers.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'bin/**',
      'eslint.config.js',
      'scripts/**',
      'bench/results/**',
      // Generated from docs/openapi.json by scripts/generate-api-types.ts.
      'web/src/lib/api-schema.d.ts',
      'reports/**',
      'dist/**',
      '.tmp/**',
      '.stryker-tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', name: ['test', 'it', 'describe', 'suite'], package: 'node:test' },
          ],
        },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // The store's reader sees everything; the edges read as someone, through that user's session.
    files: ['src/api/**/*.ts', 'src/cli/**/*.ts', 'src/exchange/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='reader']",
          message:
            "Read through the acting user's session (core/access/session.ts): it filters what the actor may see",
        },
        {
          // `const { reader } = store` and `({ reader }) => …` reach the same reader.
          selector: "ObjectPattern > Property[key.name='reader']",
          message:
            "Read through the acting user's session (core/access/session.ts): it filters what the actor may see",
        },
      ],
    },
  },
  {
    // Extraction is pure: law data and name tables are passed in, so it runs wherever the text is.
    files: ['src/ingest/extract/**/*.ts'],
    ignores: ['src/ingest/extract/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/store/**', '**/api/**', '**/cli/**', '**/exchange/**', '**/web/**'],
              message: 'Extraction takes its law data and name tables as arguments; the caller reads them.',
            },
            {
              group: ['node:*', 'fs', 'path'],
              message: 'Extraction is pure text in, suggestions out: no I/O.',
            },
          ],
        },
      ],
    },
  },
  // Plain JavaScript entry points (a worker's loader) are outside the TypeScript project.
  { files: ['**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/store/**', '**/api/**', '**/cli/**', '**/exchange/**', '**/web/**'],
              message: 'The core is the product: it must not depend on its edges.',
            },
            {
              group: ['node:*', 'fs', 'path', 'better-sqlite3', 'pg', 'kysely', 'hono'],
              message: 'The core runs anywhere: no I/O or database drivers; take a port instead.',
            },
          ],
        },
      ],
    },
  },
);
