// Lint rules of the house: typed TS, no upward imports, no lit in core, no focused tests.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // packages/*/lib: the library build (npm run build:lib), like dist.
    ignores: ['**/node_modules/**', '**/dist/**', 'packages/*/lib/**', 'storybook-static/**', 'coverage/**', 'packages/core/src/generated/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,js,mjs}'],
    languageOptions: {
      globals: {
        console: 'readonly', process: 'readonly', window: 'readonly', document: 'readonly',
        setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly', fetch: 'readonly',
        performance: 'readonly', crypto: 'readonly', TextEncoder: 'readonly', structuredClone: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'No eval: expressions are interpreted, not evaluated.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function: expressions are interpreted, not evaluated.' },
        { selector: "CallExpression[callee.object.name=/^(it|describe|test)$/][callee.property.name=/^(only|skip|todo)$/]", message: 'Every test must run: no .only/.skip/.todo.' },
      ],
    },
  },
  {
    // Core is framework-free: it never imports Lit, the elements or the host.
    files: ['packages/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', '@lit/*'], message: '@formplan/core must not import Lit (arrows point down: host → elements → core).' },
          { group: ['@formplan/elements', '@formplan/elements/*', '@formplan/cli', '@formplan/cli/*', '**/host/**'], message: '@formplan/core must not import upward.' },
        ],
      }],
    },
  },
  {
    files: ['packages/elements/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['@formplan/cli', '@formplan/cli/*', '**/host/**'], message: '@formplan/elements must not import upward.' },
        ],
      }],
    },
  },
);
