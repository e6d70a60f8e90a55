import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const ban = (group, message) => ({ group, message });
/** Nothing shipped or served imports tests, bench or their helpers. */
const PRODUCTION_BANS = [
  ban(
    ['**/tests/**', '**/bench/**', '**/support/**'],
    'Production code must not import tests/, bench/ or support/.',
  ),
];
/** lib/ is used by every context: no UI, server or entrypoint code in it. */
const LIB_BANS = [
  ban(['react', 'react-dom', 'react/*', '**/components/**'], 'lib/ holds no React UI.'),
  ban(['**/server/**', '**/entrypoints/**'], 'lib/ must not import server/ or entrypoints/.'),
];
const CONTENT_BANS = [
  ban(
    ['zod', 'zod/*', 'dexie', 'dexie/*', 'nzh', 'nzh/*'],
    'Keep zod, Dexie and nzh out of the content-script bundle.',
  ),
  {
    group: [
      '**/contracts/**',
      '**/messaging/protocol',
      '**/profile/schema',
      '**/tiering/config-schema',
      '**/db/**',
    ],
    allowTypeImports: true,
    message: 'The content script may import schema modules only as types (import type).',
  },
];
const SERVER_BANS = [
  ban(['react', 'react-dom', '**/components/**', '**/entrypoints/**'], 'The server holds no UI.'),
  ban(
    ['dexie', '**/lib/db/**', '**/lib/content/**', '**/lib/background/**', 'wxt', 'wxt/*'],
    'The server must not import browser-only extension code.',
  ),
];
/** Folders of lib/ built on the vocabulary; lib/signals and lib/contracts import none of them. */
const FEATURE_FOLDERS = [
  'tiering',
  'detect',
  'profile',
  'db',
  'handoffs',
  'notes',
  'routing',
  'prioritise',
  'sync',
  'background',
  'content',
  'export',
  'supervisor',
  'cues',
];
const vocabularyBans = (self) => [
  ban(
    FEATURE_FOLDERS.flatMap((folder) => [`**/lib/${folder}/**`, `../${folder}/**`]),
    `lib/${self} is vocabulary: it must not import feature folders (that made an import cycle).`,
  ),
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.output/',
      '.wxt/',
      'data/',
      'demo/public/**',
      'tests/fixtures/**',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.tsx', 'components/**', 'entrypoints/sidepanel/**', 'entrypoints/options/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Boundaries. Production code never imports test or bench code; the UI never imports the
    // server; the server never imports the extension's browser-only modules.
    files: ['lib/**', 'components/**', 'entrypoints/**', 'server/**', 'cli/**', 'demo/**'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: PRODUCTION_BANS }],
    },
  },
  {
    files: ['lib/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [...PRODUCTION_BANS, ...LIB_BANS] },
      ],
    },
  },
  {
    // The service worker has no window/document, and never imports React UI.
    files: ['entrypoints/background.ts', 'lib/background/**'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage'],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [...PRODUCTION_BANS, ...LIB_BANS] },
      ],
    },
  },
  {
    // The content script runs in every terminal frame: no zod, Dexie or nzh in its bundle, and
    // schema modules only as types (type imports are erased).
    files: ['lib/content/**', 'entrypoints/content.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [...PRODUCTION_BANS, ...LIB_BANS, ...CONTENT_BANS] },
      ],
    },
  },
  {
    files: ['server/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [...PRODUCTION_BANS, ...SERVER_BANS] },
      ],
    },
  },
  {
    // Folder cycles the structure once had: signals and contracts are vocabulary, not users of
    // tiering or of the features built on them.
    files: ['lib/signals/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [...PRODUCTION_BANS, ...LIB_BANS, ...vocabularyBans('signals')] },
      ],
    },
  },
  {
    files: ['lib/contracts/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [...PRODUCTION_BANS, ...LIB_BANS, ...vocabularyBans('contracts')] },
      ],
    },
  },
  {
    // The bench measures the product with the helpers in support/, never with test code.
    files: ['bench/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/tests/**'], message: 'bench/ uses support/, not tests/.' }] },
      ],
    },
  },
  {
    // Playwright fixtures take `{}` when they need no other fixture.
    files: ['tests/e2e/**'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
