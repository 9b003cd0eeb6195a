// Two outputs that never mix (see README "Build"):
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
const tsconfig = './scripts/tsconfig.build.json';

/** The widget entries of public-api.md; index registers all of them. */
const widgets = {
  'faq-accordion': 'src/faq-accordion/faq-accordion.ts',
};

const minify = () =>
  terser({
    ecma: 2021,
    module: true,
    format: { comments: /^!/ },
    compress: { passes: 3 },
    // Members named `_like` are private to their class by our convention (and
    // TypeScript's `private`), so renaming them per chunk is safe. Lit's own
    // internals use `_$` and `__` and are left alone.
    mangle: { properties: { regex: /^_[a-z]/ } },
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
    input: ['src/index.ts', ...Object.values(widgets)],
    external: [/^lit($|\/)/, /^@lit\//],
    onwarn: warn,
    plugins: [typescript({ tsconfig, outDir: 'dist', declaration: true, declarationDir: 'dist', sourceMap: false })],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', banner },
  },
  {
    input: { 'motionrx-widgets': 'src/index.ts', ...widgets },
    // Lets shared code live inside a widget's entry file rather than in one more chunk to download.
    preserveEntrySignatures: 'allow-extension',
    onwarn: warn,
    plugins: [resolve(), typescript({ tsconfig, outDir: 'dist/cdn', declaration: false, sourceMap: false }), minifyTemplates(), minify(), chunkGraph()],
    output: {
      dir: 'dist/cdn',
      format: 'es',
      banner,
      entryFileNames: '[name].js',
      chunkFileNames: '[name]-[hash].js',
      // Lit in a chunk of its own, shared by every widget entry. (Moving our
      // shared internals in too was tried: the cross-chunk glue cost more.)
      manualChunks: (id) => (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(id) ? 'lit' : undefined),
    },
  },
  {
    input: 'mrx:all',
    onwarn: warn,
    plugins: [iifeEntry(), resolve(), typescript({ tsconfig, outDir: 'dist/cdn', declaration: false, sourceMap: false }), minifyTemplates(), minify(), chunkGraph()],
    output: { dir: 'dist/cdn', format: 'iife', banner, entryFileNames: 'motionrx-widgets.iife.js', inlineDynamicImports: true },
  },
];
