import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * What runs in the browser (src/) never imports Node-only code: the build pipeline (build/),
 * Node's modules, zod or Vite. And imports run one way, from the top layer down:
 * app → features (reader, cards, glossary, grammar, chrome) → model, korean, state, i18n.
 */
const FEATURES = ['reader', 'cards', 'glossary', 'grammar', 'chrome'];
const BROWSER_ONLY = {
  paths: [
    { name: 'zod', message: 'zod is for build-time validation (build/): keep it out of the page.' },
    { name: 'vite', message: 'Vite is build tooling: src/ runs in the browser.' },
    ...builtinModules.map((name) => ({
      name,
      message: "src/ runs in the browser: Node's modules are for build/ and scripts/.",
    })),
  ],
  patterns: [
    {
      group: ['**/build/**', '**/build'],
      message: 'src/ runs in the browser: it must not import the Node-only build code.',
    },
    {
      group: ['node:*'],
      message: "src/ runs in the browser: Node's modules are for build/ and scripts/.",
    },
  ],
};
const notUp = (folders, layer) => ({
  group: folders.flatMap((f) => [`../${f}/*`, `../../${f}/*`]),
  message: `Imports run one way (app → features → model, korean, state, i18n): ${layer} must not import a higher layer.`,
});
const restrict = (...layers) => [
  'error',
  { paths: BROWSER_ONLY.paths, patterns: [...BROWSER_ONLY.patterns, ...layers] },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['src/app/**'],
    rules: { 'no-restricted-imports': restrict() },
  },
  {
    files: FEATURES.map((f) => `src/${f}/**`),
    rules: { 'no-restricted-imports': restrict(notUp(['app'], 'a feature')) },
  },
  {
    files: ['src/model/**', 'src/korean/**', 'src/state/**', 'src/i18n/**'],
    rules: {
      'no-restricted-imports': restrict(notUp(['app', ...FEATURES], 'the bottom layer')),
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Every UI string comes from locales/ through i18next: no literal text in JSX.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXText[value=/\\S/]',
          message: 'Literal text in JSX: put the string in locales/en and locales/ko and use t().',
        },
        {
          selector: 'JSXAttribute[name.name=/^(aria-label|title|placeholder|alt)$/] > Literal',
          message: 'Literal UI text in an attribute: use t().',
        },
      ],
    },
  },
);
