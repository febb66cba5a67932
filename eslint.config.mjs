// What tsc cannot check: the engine stays free of `vscode` and of Node's file system, so that it
// runs unchanged in the CLI, in tests and in a browser; and its users (the extension, the CLI,
// the language server) go through its public API, src/engine/index.ts, never past it.
import tseslint from 'typescript-eslint';

const nodeOnly = [
  'fs',
  'node:fs',
  'fs/promises',
  'node:fs/promises',
  'path',
  'node:path',
  'child_process',
  'node:child_process',
  'os',
  'node:os',
];

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'out/**', '.vscode-test/**', 'media/**', '.scratch/**', 'test-results/**'],
  },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-debugger': 'error',
    },
  },
  // A module per concept and short functions: past these, split (README, Development).
  {
    files: ['src/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'vscode', message: 'The engine must not depend on VS Code: put editor code in src/features.' },
            ...nodeOnly.map((name) => ({
              name,
              message: 'The engine must run in a browser: pass text in, do I/O in the CLI or the extension.',
            })),
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'The engine must run in a browser.' },
        { name: 'require', message: 'Use import.' },
      ],
    },
  },
  {
    files: ['src/*.ts', 'src/features/**/*.ts', 'src/cli/**/*.ts', 'src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)engine/(?!index\\.js$)',
              message: 'Import the engine through its public API, src/engine/index.ts (export what is missing there).',
            },
          ],
        },
      ],
    },
  },
);
