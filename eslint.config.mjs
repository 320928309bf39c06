import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test-output/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    // Type-aware: each file is checked with the tsconfig that builds it (the nearest one).
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // The bugs only types can see: promises dropped or passed where a callback's result is ignored,
      // and objects that would print as "[object Object]".
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-base-to-string': 'error',
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true, allowNullish: true, allowRegExp: false },
      ],
      '@typescript-eslint/restrict-plus-operands': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/require-await': 'error',
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
    },
  },
  {
    // An argument per element: Math.max(...rows) or list.push(...rows) overflows the call stack at
    // some 100,000 elements, and a council's workbook can hold that many rows.
    files: ['src/**/*.ts', 'sidebar/**/*.ts', 'test/fakes/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.type="MemberExpression"][callee.property.name=/^(min|max|push|unshift|splice|apply|fromCharCode)$/] > SpreadElement',
          message:
            'No spread into min/max/push: an argument per element overflows the stack on a large workbook. Loop or reduce instead.',
        },
      ],
    },
  },
  {
    // The fake copies Apps Script's own coercion of any value to text, on purpose.
    files: ['test/fakes/**/*.ts'],
    rules: { '@typescript-eslint/no-base-to-string': 'off' },
  },
  {
    // The pure core must not reach for either door's globals.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...[
          'SpreadsheetApp',
          'HtmlService',
          'LockService',
          'PropertiesService',
          'Session',
          'Utilities',
          'process',
          'require',
          'Buffer',
          'console',
        ].map((name) => ({ name, message: 'The core is pure: pass what it needs through the port.' })),
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
      },
    },
  },
);
