// @custom-elements-manifest/analyzer settings (`cem analyze --config scripts/cem.config.mjs`).
// Storybook's docs tables and editors read the manifest, so it lists only the public API.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/test-support/**', 'src/**/fixtures/**'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    {
      name: 'mrx-public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            // Reactive state (`items: { state: true }`) is private, never an attribute.
            const hidden = new Set(
              (declaration.members ?? []).filter((m) => m.privacy === 'private' || m.name.startsWith('_')).map((m) => m.name),
            );
            if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName ?? a.name));
            if (declaration.members) declaration.members = declaration.members.filter((m) => !hidden.has(m.name));
          }
        }
      },
    },
  ],
};
