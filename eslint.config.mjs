// The house rules (npm run lint, run by npm test): the core stays pure and is entered through its index, dependencies
// point one way (src/core/README.md), no import cycle, kebab-case file names.
import js from '@eslint/js';
import globals from 'globals';
import { builtinModules } from 'module';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import checkFile from 'eslint-plugin-check-file';

const NODE_BUILTINS = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const noNode = (why) => ({ paths: NODE_BUILTINS.map((name) => ({ name, message: why })) });

/** Each folder of the core may import only the folders before it (src/core/README.md). */
const CORE_LAYERS = [
  ['text', []],
  ['spelling', ['text']],
  ['format', ['text']],
  ['parse', ['text', 'format']],
  ['lint', ['text', 'format', 'parse', 'spelling']],
  ['render', ['text', 'format', 'parse']],
  ['catalogue', ['text', 'format']],
  ['links', ['text', 'format', 'parse', 'lint']],
  ['authoring', ['text', 'format', 'parse', 'lint', 'render', 'catalogue', 'spelling']],
  ['workspace', ['text', 'format', 'parse', 'lint', 'render', 'catalogue', 'spelling', 'authoring']],
  ['service', ['text', 'format', 'parse', 'lint', 'render', 'catalogue', 'spelling', 'authoring', 'workspace']],
  [
    'agents',
    ['text', 'format', 'parse', 'lint', 'render', 'catalogue', 'spelling', 'authoring', 'workspace', 'service'],
  ],
];
const FOLDERS = CORE_LAYERS.map(([folder]) => folder);

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'media/**',
      'node_modules/**',
      '.vscode-test/**',
      '.test-logs/**',
      'test/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.mjs'],
    plugins: { 'import-x': importX, 'check-file': checkFile },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver': undefined,
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          noWarnOnMultipleProjects: true,
          project: ['tsconfig.json', 'test/tsconfig.json', 'src/webview/tsconfig.json'],
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { maxDepth: Infinity }],
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,mjs,cjs}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { '{src,test,scripts}/**/': 'KEBAB_CASE' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-shadow': [
        'error',
        { ignoreTypeValueShadow: true, ignoreFunctionTypeParameterNameValueShadow: true },
      ],
      'no-shadow': 'off',
      'import-x/no-duplicates': 'error',
      // Prettier lays the code out (npm run format); what it leaves long is a string, a URL or a comment to wrap.
      'max-len': [
        'error',
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreUrls: true, ignoreRegExpLiterals: true },
      ],
    },
  },
  { files: ['scripts/**', '*.mjs'], languageOptions: { globals: globals.node } },
  {
    files: ['**/*.cjs'],
    languageOptions: { globals: globals.node, sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/core/**', 'src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...noNode('The extension runs in VS Code for the Web too: use vscode.workspace.fs and the vscode API.'),
          patterns: [
            { group: ['**/core/*', '!**/core/index'], message: 'Import the core through its index (src/core).' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/core/*', '!**/core/index'], message: 'Import the core through its index (src/core).' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...noNode('The core is pure: no Node built-in.'),
          paths: [
            ...noNode('The core is pure: no Node built-in.').paths,
            { name: 'vscode', message: 'The core is pure: no vscode.' },
          ],
        },
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...CORE_LAYERS.flatMap(([folder, allowed]) => {
              const from = FOLDERS.filter((f) => f !== folder && !allowed.includes(f)).map((f) => `./src/core/${f}`);
              const message = `src/core/${folder} may import only ${allowed.join(', ') || 'nothing of the core'} (src/core/README.md).`;
              return from.length ? [{ target: `./src/core/${folder}`, from, message }] : [];
            }),
            {
              target: './src/core/lint/rules/!(index).ts',
              from: './src/core/lint/rules',
              message: 'A rule imports no other rule: shared views live in src/core/parse.',
            },
            {
              target: './src/core',
              from: [
                './src/language-features',
                './src/commands',
                './src/preview',
                './src/views',
                './src/cli',
                './src/webview',
                './src/extension.ts',
              ],
            },
          ],
        },
      ],
    },
  },
);
