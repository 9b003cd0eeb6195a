// Lint: the recommended sets of ESLint, typescript-eslint (type-aware), Lit,
// web components and Lit's accessibility rules. Prettier owns layout, so no
// style rules here. `npm run lint` runs it; `npm test` fails on an error.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'e2e/baselines/', 'e2e/visual-diffs/', 'e2e/.build/', 'bench/results.json'] },
  js.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Lit binds event listeners to the host (`@click=${this.handler}`).
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended'], litA11y.configs.recommended],
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
    languageOptions: { globals: globals.browser },
  },
  {
    // Outside tsconfig.json: Storybook's own configuration (it imports the built
    // manifest) and the typings fixtures, which scripts/typings.test.mjs compiles
    // against the built package.
    files: ['.storybook/**/*.ts', 'scripts/fixtures/**/*.ts', 'scripts/fixtures/**/*.tsx'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // Chai's assertions are typed as thenables (its plugins add async ones), so
    // every `expect(x).to.equal(y)` would read as a floating promise; and its
    // property assertions (`.to.exist`) are expressions by design.
    files: ['**/*.test.ts', 'src/test-support/**/*.ts', 'stories/support/**/*.ts'],
    rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
