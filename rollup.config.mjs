// Two outputs that never mix (README: "npm" and "Paste into a page"), as in
// lit.dev's publishing guide:
//  1. npm modules in dist/: one file per source module, lit external, .d.ts beside them.
//  2. CDN files in dist/cdn/: Lit inlined, minified (local names only), versioned
//     banner. The per-widget ES modules share chunks; the all-in-one ES module is
//     a build of its own; the IIFE is one self-contained classic script.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const root = fileURLToPath(new URL('.', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const banner = `/*! ${pkg.name} ${pkg.version} | ${pkg.license} */`;

/** The widget entries of public-api.md; src/index.ts registers all of them. */
const widgets = {
  'faq-accordion': 'src/faq-accordion/faq-accordion.ts',
  'stiffness-quiz': 'src/stiffness-quiz/stiffness-quiz.ts',
  'location-cta': 'src/location-cta/location-cta.ts',
};

/** The one TypeScript setup: the library sources without tests (scripts/tsconfig.build.json). */
const compile = (outDir, declaration = false) =>
  typescript({ tsconfig: './scripts/tsconfig.build.json', outDir, declaration, sourceMap: false });

// Plain terser: it renames local variables only, never properties, so the
// built code keeps the source's member names and every chunk works with Lit's.
const minify = () => terser({ ecma: 2021, module: true, format: { comments: /^!/ }, compress: { passes: 3 } });

/**
 * The language packs are pure data with stable names, written by the per-widget
 * build. The all-in-one module and the IIFE import them from beside themselves
 * instead of carrying copies, so a page downloads a language only when it shows
 * it. A classic script resolves import() against the page, so the IIFE resolves
 * against its own URL (`mrxBase`, set in its intro).
 */
const languagePacks = {
  'src/faq-accordion/content.en.ts': 'faq-content.en.js',
  'src/faq-accordion/content.es.ts': 'faq-content.es.js',
  'src/stiffness-quiz/strings.es.ts': 'quiz-strings.es.js',
};
const languagePack = (id) => (id?.startsWith(root) ? languagePacks[relative(root, id)] : undefined);

const languagePacksBeside = () => ({
  name: 'language-packs-beside',
  async resolveDynamicImport(specifier, importer) {
    if (typeof specifier !== 'string') return null;
    const file = languagePack((await this.resolve(specifier, importer, { skipSelf: true }))?.id);
    return file ? { id: `./${file}`, external: true } : null;
  },
  renderDynamicImport: ({ format, targetModuleId }) =>
    format === 'iife' && Object.values(languagePacks).includes(targetModuleId?.replace(/^\.\//, ''))
      ? { left: 'import(new URL(', right: ', mrxBase).href)' }
      : null,
});

/**
 * Chunks by folder: Lit and the src/internal/ modules a widget needs before it
 * renders form one `runtime` chunk; each widget folder's code stays with its
 * entry; what loads on demand (JSON parsing, structured data, a language, the
 * configuration check) keeps chunks of its own, with the internals only it uses.
 */
const runtimeChunk = (id, { getModuleInfo }) => {
  const runtime = /\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(id) || id.startsWith(`${root}src/internal/`);
  return runtime && loadsWithAnEntry(id, getModuleInfo) ? 'runtime' : undefined;
};
/** Whether an entry imports the module statically, directly or through other modules. */
function loadsWithAnEntry(id, getModuleInfo, seen = new Set()) {
  if (seen.has(id)) return false;
  seen.add(id);
  const info = getModuleInfo(id);
  return info.isEntry || info.importers.some((importer) => loadsWithAnEntry(importer, getModuleInfo, seen));
}

/** Adds each CDN file's imports to dist/cdn/meta.json, for scripts/size.mjs and the bench. */
const chunkGraph = () => ({
  name: 'chunk-graph',
  generateBundle(options, bundle) {
    const path = `${options.dir}/meta.json`;
    let files = {};
    try {
      files = JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      // The first CDN build of this run writes the file.
    }
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      // The source module a lazy chunk stands for, so a budget can name it.
      const source = chunk.facadeModuleId?.startsWith(root) ? relative(root, chunk.facadeModuleId) : undefined;
      files[chunk.fileName] = { entry: chunk.isEntry, source, imports: chunk.imports, dynamicImports: chunk.dynamicImports };
    }
    mkdirSync(options.dir, { recursive: true });
    writeFileSync(path, JSON.stringify(files, null, 2));
  },
});

/** dist/cdn/THIRD-PARTY-NOTICES.txt: the licences of what the CDN files bundle (minifying drops their comments). */
const notices = () => ({
  name: 'third-party-notices',
  generateBundle() {
    const licence = (path) => readFileSync(new URL(`./node_modules/${path}`, import.meta.url), 'utf8').trim();
    const source = [
      `${pkg.name} ${pkg.version} bundles the following software.`,
      `Lit (lit, lit-html, lit-element, @lit/reactive-element), in every file:\n\n${licence('lit/LICENSE')}`,
      `Valibot (valibot), in the location CTA's configuration chunk:\n\n${licence('valibot/LICENSE.md')}`,
    ];
    this.emitFile({ type: 'asset', fileName: 'THIRD-PARTY-NOTICES.txt', source: source.join('\n\n----\n\n') + '\n' });
  },
});

/** What every CDN build runs: resolve Lit and Valibot from node_modules, compile, minify, record the chunks. */
const cdnPlugins = () => [resolve(), compile('dist/cdn'), minify(), chunkGraph()];

/** The IIFE's entry, `mrx:all`. An absolute path: node-resolve would otherwise apply
 * package.json's sideEffects (which names dist/, not src/) and drop the registrations. */
const registerAll = () => ({
  name: 'register-all',
  resolveId: (id) => (id === 'mrx:all' ? id : null),
  load: (id) => (id === 'mrx:all' ? `import ${JSON.stringify(`${root}src/index.ts`)};` : null),
});

// Lit's own sources use `this` at module scope in a guarded way.
const onwarn = (warning, next) => warning.code === 'THIS_IS_UNDEFINED' || next(warning);

// The public CDN files name package and version; shared and lazy chunks are
// internal and go without. Entry files export only their own API: a lazy chunk
// never imports a widget entry (which would register that widget as a side effect).
const cdnOutput = { dir: 'dist/cdn', format: 'es', banner: (chunk) => (chunk.isEntry ? banner : ''), entryFileNames: '[name].js' };

export default [
  {
    // The engine is an entry of its own: `@motionrx/widgets/engine` works in Node.
    input: ['src/index.ts', 'src/stiffness-quiz/engine.ts', ...Object.values(widgets)],
    // Dependencies stay imports in the npm modules; the user's bundler resolves them once.
    external: [/^lit($|\/)/, /^@lit\//, /^valibot$/],
    onwarn,
    plugins: [compile('dist', true)],
    // @rollup/plugin-typescript always imports TypeScript's helpers from tslib
    // (private fields at ES2021); under preserveModules that module would land
    // at dist/node_modules/tslib/…, a path that follows where node_modules
    // lives. It gets a fixed name beside the other internals instead.
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      banner,
      entryFileNames: (chunk) => (/\/node_modules\/tslib\//.test(chunk.facadeModuleId ?? '') ? 'internal/tslib.js' : '[name].js'),
    },
  },
  {
    input: widgets,
    preserveEntrySignatures: 'strict',
    onwarn,
    plugins: [...cdnPlugins(), notices()],
    output: {
      ...cdnOutput,
      chunkFileNames: (chunk) => languagePack(chunk.facadeModuleId) ?? '[name]-[hash].js',
      manualChunks: runtimeChunk,
    },
  },
  {
    // The all-in-one ES module is not an import of the three widget files: one
    // shared chunk holds everything, so gzip sees it at once. Its lazy chunks
    // import that chunk, never the entry, whose URL may carry a query
    // (WordPress adds ?ver=): importing it again would load a second copy.
    input: { 'motionrx-widgets': 'src/index.ts' },
    preserveEntrySignatures: 'strict',
    onwarn,
    plugins: [languagePacksBeside(), ...cdnPlugins()],
    output: {
      ...cdnOutput,
      chunkFileNames: (chunk) => (chunk.name === 'index' ? 'motionrx-widgets-[hash].js' : 'all-[name]-[hash].js'),
    },
  },
  {
    // The classic-script file registers everything and leaks no global: its
    // entry imports src/index.ts for the registrations and exports nothing.
    input: 'mrx:all',
    onwarn,
    plugins: [registerAll(), languagePacksBeside(), ...cdnPlugins()],
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
