// @custom-elements-manifest/analyzer settings (`cem analyze --config scripts/cem.config.mjs`,
// run by scripts/api.mjs). Storybook's docs tables and editors, src/typings.ts and the
// README's attribute tables read the manifest, so it lists only the public API.

/** `Class.field` → the text of the field's JSDoc `@default` tag. */
const documentedDefaults = new Map();

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
    {
      // A field's JSDoc `@default` says what an unset attribute means to a reader
      // (`@default memory only`, `` @default `card` ``: markdown, shown as is in the
      // README table and Storybook). The analyzer uses the tag only for fields without
      // an initializer; here it wins over the initializer (`variant = null` means `card`).
      name: 'mrx-documented-defaults',
      analyzePhase({ ts, node }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        for (const member of node.members) {
          if (!ts.isPropertyDeclaration(member) || !member.name) continue;
          const tag = ts.getJSDocTags(member).find((t) => t.tagName.text === 'default');
          const text = tag && ts.getTextOfJSDocComment(tag.comment)?.trim();
          if (text) documentedDefaults.set(`${node.name.text}.${member.name.getText()}`, text);
        }
      },
      packageLinkPhase({ customElementsManifest }) {
        for (const declaration of customElementsManifest.modules.flatMap((mod) => mod.declarations ?? [])) {
          const documented = (field) => documentedDefaults.get(`${declaration.name}.${field}`);
          for (const member of declaration.members ?? []) member.default = documented(member.name) ?? member.default;
          for (const attribute of declaration.attributes ?? [])
            if (attribute.fieldName) attribute.default = documented(attribute.fieldName) ?? attribute.default;
        }
      },
    },
  ],
};
