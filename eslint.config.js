// Lint, and the layering rule: core is pure, services never reach for electron,
// hosts stay apart, and the renderer knows src-main only through `import type`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

const HOST_CODE = [
  'electron',
  'electron/*',
  'lowdb',
  'lowdb/*',
  'pdfkit',
  'pdfkit/*',
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'net',
  'url',
  'util',
  'stream',
  'worker_threads',
];

const restrict = (patterns) => ['error', { patterns }];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'tests/unit/lint/fixtures/**',
      'src-main/core/catalog/compiled/**',
      'src-renderer/src/lib/catalog/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-empty-object-type': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    files: ['src-renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src-main/**', '**/src-main'],
              allowTypeImports: true,
              message: 'The renderer knows the host only through the contract: use `import type`.',
            },
            { group: HOST_CODE, message: 'The renderer runs in a sandboxed page: no Node or Electron modules.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/core/**'],
    rules: {
      'no-restricted-imports': restrict([
        { group: HOST_CODE, message: 'src-main/core is pure: no electron, node:*, lowdb or pdfkit.' },
        {
          group: ['**/services/**', '**/electron/**', '**/web/**', '**/cli', '**/contract', '**/contract/**'],
          message: 'src-main/core depends on nothing above it.',
        },
      ]),
    },
  },
  {
    files: ['src-main/services/**', 'src-main/contract/**'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['electron', 'electron/*'], message: 'services never import electron; only src-main/electron does.' },
        { group: ['**/electron/**', '**/web/**', '**/cli'], message: 'services do not depend on a host.' },
      ]),
    },
  },
  {
    files: ['src-main/web/**', 'src-main/cli.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['electron', 'electron/*', '**/electron/**'], message: 'The browser host and the CLI never load electron.' },
      ]),
    },
  },
  {
    files: ['src-main/electron/**'],
    rules: { 'no-restricted-imports': restrict([{ group: ['**/web/**', '**/cli'], message: 'Hosts do not import each other.' }]) },
  },
);
