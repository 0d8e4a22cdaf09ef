// ESLint (flat config) rather than Biome: typescript-eslint's type-aware rules and
// no-restricted-imports with per-folder patterns give us the architecture's boundaries in one
// place, and eslint-plugin-react-hooks has no full Biome equivalent.
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import { builtinModules } from 'node:module'

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)].filter(
  (name) => !name.startsWith('_'),
)

const noElectron = {
  name: 'electron',
  message: 'Only src/main/index.ts, src/main/shell and src/preload may use Electron.',
}
const noNode = nodeBuiltins.map((name) => ({
  name,
  message:
    'The renderer and src/shared run without Node: talk to the main process through window.api.',
}))

// The layers, as import patterns (relative imports are what the code uses).
const noMain = {
  group: ['**/main', '**/main/**'],
  message: 'Only the main process imports src/main: the renderer talks through window.api.',
}
const noRenderer = {
  group: ['**/renderer', '**/renderer/**'],
  message: 'src/shared is imported by both sides and imports neither.',
}
const noShell = {
  regex: '(^|/)(shell(/.*)?|index|handlers)$',
  message: 'Core never imports the shell (src/main/index.ts, shell/, handlers.ts).',
}
const noBench = {
  group: ['**/bench', '**/bench/**'],
  message:
    'e2e does not import the benchmark; shared test data lives in src/main/core/test-support.',
}
// vis-timeline is behind one adapter (its files vis-timeline-adapter*.ts): no other file names
// its module, classes or members.
const VIS_ADAPTER = 'src/renderer/src/timeline/vis-timeline-adapter*.ts'
const noVis = {
  group: ['vis-timeline', 'vis-timeline/**', 'vis-data', 'vis-data/**'],
  message: `Only ${VIS_ADAPTER} talks to vis-timeline.`,
}
const visSelector = '/(^|[^a-z-])vis-[a-z]|_redraw|initialFitDone/'
const noVisText = [
  {
    selector: `Literal[value=${visSelector}]:not(ImportDeclaration > Literal)`,
    message: `vis-timeline's classes and members are known to ${VIS_ADAPTER} only.`,
  },
  {
    selector: `TemplateElement[value.raw=${visSelector}]`,
    message: `vis-timeline's classes and members are known to ${VIS_ADAPTER} only.`,
  },
]
const noRawHtml = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'User text is rendered as text; raw HTML goes through the sanitizer module only.',
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      '.node/**',
      'test-results/**',
      'playwright-report/**',
      'docs/**',
    ],
  },
  js.configs.recommended,
  // Type-aware: a promise is awaited or its failure handled, never dropped.
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: false }],
      '@typescript-eslint/no-misused-promises': 'error',
      // Props and ports declare callbacks in method syntax and are passed as values; the rule
      // cannot tell them from class methods that need their \`this\`.
      '@typescript-eslint/unbound-method': 'off',
      'no-restricted-syntax': ['error', noRawHtml],
    },
  },
  {
    // Fakes implement async ports without awaiting, and tests read JSON of unknown shape.
    files: ['**/*.test.{ts,tsx}', '**/test-support/**', 'e2e/**', 'bench/**'],
    rules: {
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },
  {
    // Plain JavaScript (scripts, this file) is in no TypeScript project.
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/main/core/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron], patterns: [noShell] }] },
  },
  {
    files: ['src/shared/**/*.ts'],
    ignores: ['**/*.test.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [noElectron, ...noNode], patterns: [noMain, noRenderer] },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [noElectron, ...noNode], patterns: [noMain, noVis] },
      ],
      'no-restricted-syntax': ['error', noRawHtml, ...noVisText],
    },
  },
  {
    files: [VIS_ADAPTER],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron, ...noNode], patterns: [noMain] }],
      'no-restricted-syntax': ['error', noRawHtml],
    },
  },
  {
    files: ['e2e/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noBench] }],
      'no-restricted-syntax': ['error', ...noVisText],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
)
