// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'tmp/**'] },
  js.configs.recommended,
  // Type-checked rules: a promise nobody awaits or a switch that misses a case is a bug the compiler can see.
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Untrusted text is rendered as text, never as HTML.' },
        { selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]', message: 'Untrusted text is rendered as text, never as HTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Untrusted text is rendered as text, never as HTML.' },
      ],
    },
  },
  {
    // Browser APIs are reached only from src/extension; the UI gets them injected.
    files: ['src/ui/**/*.{ts,tsx}', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^webextension-polyfill$', message: 'Only src/extension imports browser APIs.' }] }],
      'no-restricted-globals': ['error', 'chrome', 'browser'],
    },
  },
  {
    // The core is pure: no DOM, no browser API, no Node built-ins. The panel and the CLI both run it.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    languageOptions: {
      globals: {
        ...globals.es2022,
        URL: 'readonly',
        URLSearchParams: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        atob: 'readonly',
        btoa: 'readonly',
      },
    },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^node:', message: 'src/core is pure TypeScript: no Node built-ins.' },
            { regex: '^(fs|path|os|child_process|http|https|url|util|stream|buffer|crypto|zlib)$', message: 'src/core is pure TypeScript: no Node built-ins.' },
            { regex: '^webextension-polyfill$', message: 'Browser APIs live in src/extension.' },
            { regex: '^preact', message: 'UI lives in src/ui.' },
            { regex: '\\.\\./(extension|ui|cli)/', message: 'src/core does not depend on the surfaces that use it.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'chrome',
        'browser',
        'process',
        'Buffer',
        'require',
        'localStorage',
        'fetch',
        'XMLHttpRequest',
      ],
    },
  },
  {
    // Test doubles implement async interfaces synchronously, and vitest's asymmetric matchers (expect.any) are typed any.
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
  // Plain JavaScript files (this config) are not in the TypeScript project.
  { files: ['**/*.js'], extends: [tseslint.configs.disableTypeChecked] },
);
