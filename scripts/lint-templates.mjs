// Type-checks the Lit templates in src/ with lit-analyzer (`npm run lint`
// runs it after ESLint): bindings against the elements' and the DOM's types,
// unknown elements, attributes and events, unclosed tags. Exits 1 on any
// finding. One rule is off, for a reason that does not hold for this code:
//
// - no-invalid-css: the analyzer parses each css`` block alone, so the shared
//   declaration blocks in src/internal/buttons.styles.ts (declarations meant
//   to be placed inside each widget's own rule) and the rules that interpolate
//   them read as broken CSS. Prettier parses the same CSS and formats it, and
//   the visual baselines pin what it does.
import { spawnSync } from 'node:child_process';

const { status } = spawnSync('npx', ['lit-analyzer', 'src/**/*.ts', '--noColor', '--rules.no-invalid-css', 'off'], {
  cwd: new URL('..', import.meta.url),
  stdio: 'inherit',
});
process.exit(status ?? 1);
