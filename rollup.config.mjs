// Two outputs that never mix (README: "npm" and "Paste into a page"):
//  1. npm modules in dist/: one file per source module, lit external, .d.ts beside them.
//  2. CDN files in dist/cdn/: Lit inlined, minified, versioned banner. ES module
//     entries share chunks; the IIFE is one self-contained classic script.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyTemplates } from './scripts/minify-templates.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const banner = `/*! ${pkg.name} ${pkg.version} | ${pkg.license} */`;
// The public CDN files (the entries) name package and version; shared and lazy
// chunks are internal and go without, which saves bytes on every page. Lit's
// BSD-3-Clause notice ships beside them in THIRD-PARTY-NOTICES.txt, since
// minification drops its @license comments.
const entryBanner = (chunk) => (chunk.isEntry ? banner : '');
const tsconfig = './scripts/tsconfig.build.json';

/** The widget entries of public-api.md; index registers all of them. */
const widgets = {
  'faq-accordion': 'src/faq-accordion/faq-accordion.ts',
  'stiffness-quiz': 'src/stiffness-quiz/stiffness-quiz.ts',
  'location-cta': 'src/location-cta/location-cta.ts',
};

/**
 * Every short property name in Lit's element classes. Lit ships with its own
 * internals already renamed to one- to three-letter properties (`this.C`, `.t`).
 * A widget chunk is minified apart from the runtime chunk that holds Lit, so
 * terser cannot see those names there: our renamed members must avoid them,
 * or a private field of ours overwrites one of Lit's on the same element.
 */
function litShortNames() {
  const names = new Set(['constructor']);
  // The element classes our widgets extend; lit-html's parts and templates are other objects.
  for (const path of ['@lit/reactive-element/reactive-element.js', 'lit-element/lit-element.js']) {
    const text = readFileSync(new URL(`./node_modules/${path}`, import.meta.url), 'utf8');
    // As a property (`.C`), an accessor (`get C`), a string (`"C" in x`), or a method (`}C(t){`).
    for (const [, name] of text.matchAll(/(?:\.|\bget |\bset |["'])([A-Za-z_$][\w$]{0,2})(?![\w$])/g)) names.add(name);
    for (const [, name] of text.matchAll(/(?:[{}]|\bstatic )([A-Za-z_$][\w$]{0,2})\(/g)) names.add(name);
  }
  return [...names];
}
const litNames = litShortNames();

const minify = () =>
  terser({
    ecma: 2021,
    module: true,
    format: { comments: /^!/ },
    compress: { passes: 3 },
    // Members named `_like` are private to their class by our convention (and
    // TypeScript's `private`), so renaming them per chunk is safe, as long as
    // the new names are not Lit's (see litShortNames). Lit's own long internals
    // use `_$` and `__` and are left alone.
    mangle: { properties: { regex: /^_[a-z]/, reserved: litNames } },
  });

/** dist/cdn/THIRD-PARTY-NOTICES.txt: the licences of what the CDN files bundle. */
const notices = () => ({
  name: 'third-party-notices',
  generateBundle() {
    const licence = (path) => readFileSync(new URL(`./node_modules/${path}`, import.meta.url), 'utf8').trim();
    this.emitFile({
      type: 'asset',
      fileName: 'THIRD-PARTY-NOTICES.txt',
      source:
        [
          `${pkg.name} ${pkg.version} bundles the following software.`,
          `Lit (lit, lit-html, lit-element, @lit/reactive-element), in every file:\n\n${licence('lit/LICENSE')}`,
          `Valibot (valibot), in the location CTA's configuration chunk:\n\n${licence('valibot/LICENSE.md')}`,
        ].join('\n\n----\n\n') + '\n',
    });
  },
});

/** Writes dist/cdn/meta.json: each file's static and lazy imports, for scripts/size.mjs. */
const chunkGraph = () => ({
  name: 'chunk-graph',
  generateBundle(options, bundle) {
    const files = {};
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      files[chunk.fileName] = { entry: chunk.isEntry, imports: chunk.imports, dynamicImports: chunk.dynamicImports };
    }
    mkdirSync(options.dir, { recursive: true });
    const path = `${options.dir}/meta.json`;
    let previous = {};
    try {
      previous = JSON.parse(readFileSync(path, 'utf8'));
    } catch {}
    writeFileSync(path, JSON.stringify({ ...previous, ...files }, null, 2));
  },
});

/**
 * Pure-data language packs (no imports of their own). The ES build names them
 * stably; the IIFE leaves them out and imports them from beside its own URL,
 * so a classic-script page downloads a language only when it shows it.
 */
const dataChunks = {
  'faq-accordion/content.en.ts': 'faq-content.en.js',
  'faq-accordion/content.es.ts': 'faq-content.es.js',
  'stiffness-quiz/strings.es.ts': 'quiz-strings.es.js',
};
const dataChunkName = (moduleId) => Object.entries(dataChunks).find(([source]) => moduleId?.endsWith(`/src/${source}`))?.[1];

const iifeLanguagePacks = () => ({
  name: 'iife-language-packs',
  async resolveDynamicImport(specifier, importer) {
    if (typeof specifier !== 'string') return null;
    const resolved = await this.resolve(specifier, importer, { skipSelf: true });
    const file = dataChunkName(resolved?.id);
    return file ? { id: file, external: true } : null;
  },
  renderDynamicImport: ({ targetModuleId }) =>
    Object.values(dataChunks).includes(targetModuleId) ? { left: 'import(new URL(', right: ', mrxBase).href)' } : null,
});

/** The all-in-one ES module imports the language packs the widget files wrote (same folder). */
const allInOneLanguagePacks = () => ({
  name: 'all-in-one-language-packs',
  async resolveDynamicImport(specifier, importer) {
    if (typeof specifier !== 'string') return null;
    const file = dataChunkName((await this.resolve(specifier, importer, { skipSelf: true }))?.id);
    return file ? { id: `./${file}`, external: true } : null;
  },
});

/** The classic-script entry: registers everything and leaks no global. */
const iifeEntry = () => ({
  name: 'iife-entry',
  resolveId: (id) => (id === 'mrx:all' ? id : null),
  // An absolute path: node-resolve would otherwise apply package.json's
  // sideEffects (which names dist/, not src/) and drop the registrations.
  load: (id) => (id === 'mrx:all' ? `import ${JSON.stringify(new URL('./src/index.ts', import.meta.url).pathname)};` : null),
});

const warn = (warning, next) => {
  // Lit's own sources use `this` at module scope in a guarded way.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  next(warning);
};

export default [
  {
    // The engine is an entry of its own: `@motionrx/widgets/engine` works in Node.
    input: ['src/index.ts', 'src/stiffness-quiz/engine.ts', ...Object.values(widgets)],
    // Dependencies stay imports in the npm modules; the user's bundler resolves them once.
    external: [/^lit($|\/)/, /^@lit\//, /^valibot$/],
    onwarn: warn,
    plugins: [typescript({ tsconfig, outDir: 'dist', declaration: true, declarationDir: 'dist', sourceMap: false })],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', banner },
  },
  {
    input: widgets,
    // Entry files only export their own API: a lazy chunk never imports from a
    // widget entry (which would register that widget as a side effect).
    preserveEntrySignatures: 'strict',
    onwarn: warn,
    plugins: [
      resolve(),
      typescript({ tsconfig, outDir: 'dist/cdn', declaration: false, sourceMap: false }),
      minifyTemplates(),
      minify(),
      chunkGraph(),
      notices(),
    ],
    output: {
      dir: 'dist/cdn',
      format: 'es',
      banner: entryBanner,
      entryFileNames: '[name].js',
      // Language packs keep stable names: the IIFE loads them from here.
      chunkFileNames: (chunk) => dataChunkName(chunk.facadeModuleId) ?? '[name]-[hash].js',
      // Lit and the internals every widget uses form one runtime chunk; what
      // only the quiz and the location CTA use (language, link and analytics
      // helpers) a second, small one. The FAQ (8.5 KB budget) never loads it.
      manualChunks: (id) =>
        /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(id) ||
        /\/src\/internal\/(define|errors|events|version|theme\.styles)\.ts$/.test(id)
          ? 'runtime'
          : /\/src\/internal\/(localize|urls|analytics)\.ts$/.test(id)
            ? 'actions'
            : undefined,
    },
  },
  {
    // The all-in-one ES module is its own build, not an import of the three
    // widget files: one shared chunk holds everything, so gzip sees it at once.
    // Its lazy chunks import that chunk, never the entry, whose URL may carry
    // a query (WordPress adds ?ver=): importing it again would load a second copy.
    input: { 'motionrx-widgets': 'src/index.ts' },
    preserveEntrySignatures: 'strict',
    onwarn: warn,
    plugins: [
      allInOneLanguagePacks(),
      resolve(),
      typescript({ tsconfig, outDir: 'dist/cdn', declaration: false, sourceMap: false }),
      minifyTemplates(),
      minify(),
      chunkGraph(),
    ],
    output: {
      dir: 'dist/cdn',
      format: 'es',
      banner: entryBanner,
      entryFileNames: '[name].js',
      chunkFileNames: (chunk) => (chunk.name === 'index' ? 'motionrx-widgets-[hash].js' : 'all-[name]-[hash].js'),
    },
  },
  {
    input: 'mrx:all',
    onwarn: warn,
    plugins: [
      iifeEntry(),
      iifeLanguagePacks(),
      resolve(),
      typescript({ tsconfig, outDir: 'dist/cdn', declaration: false, sourceMap: false }),
      minifyTemplates(),
      minify(),
      chunkGraph(),
    ],
    output: {
      dir: 'dist/cdn',
      format: 'iife',
      banner,
      // Where this script was loaded from, for the language packs beside it.
      intro: 'const mrxBase = document.currentScript?.src || location.href;',
      entryFileNames: 'motionrx-widgets.iife.js',
      inlineDynamicImports: true,
    },
  },
];
