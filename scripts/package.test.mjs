// node --test: what npm users get, read from disk after `npm run build`: the
// package.json contract of public-api.md, npm modules that keep Lit external,
// typings, and a manifest that lists the public API and nothing private.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const read = (path) => readFileSync(new URL(path.replace(/^\.\//, ''), root), 'utf8');
const pkg = JSON.parse(read('package.json'));

test('package.json names and exports what public-api.md lists', () => {
  assert.equal(pkg.name, '@motionrx/widgets');
  assert.equal(pkg.type, 'module');
  for (const key of ['.', './faq-accordion', './stiffness-quiz', './location-cta', './engine', './custom-elements.json'])
    assert.ok(pkg.exports[key], `exports ${key}`);
  assert.match(pkg.customElements, /^(\.\/)?dist\/custom-elements\.json$/);
  assert.equal(pkg.types, './dist/index.d.ts');
  assert.ok(pkg.dependencies.lit, 'lit is a dependency, not bundled');
});

test('sideEffects names only the modules that register elements, never false', () => {
  assert.ok(Array.isArray(pkg.sideEffects));
  assert.ok(pkg.sideEffects.includes('./dist/faq-accordion/faq-accordion.js'));
  assert.ok(pkg.sideEffects.includes('./dist/stiffness-quiz/stiffness-quiz.js'));
  assert.ok(pkg.sideEffects.includes('./dist/location-cta/location-cta.js'));
  assert.ok(pkg.sideEffects.includes('./dist/index.js'));
  assert.equal(pkg.sideEffects.filter((path) => /internal|content|engine|config|source|hours|links/.test(path)).length, 0);
});

test('every export points at a built file', () => {
  for (const target of Object.values(pkg.exports)) {
    for (const path of typeof target === 'string' ? [target] : Object.values(target))
      assert.ok(existsSync(new URL(path.slice(2), root)), path);
  }
});

test('npm modules keep lit external and do not inline it', () => {
  const module = read('dist/faq-accordion/faq-accordion.js');
  assert.match(module, /from 'lit'/);
  assert.doesNotMatch(module, /litElementVersions/);
  assert.doesNotMatch(module, /node_modules/);
});

test('typings carry HTMLElementTagNameMap, the event map and the detail type, without lit-html', () => {
  const types = read('dist/faq-accordion/faq-accordion.d.ts');
  assert.match(types, /HTMLElementTagNameMap/);
  assert.match(types, /'mrx-faq-accordion': MrxFaqAccordion/);
  assert.match(types, /FaqToggleDetail/);
  assert.doesNotMatch(types, /lit-html/);
  assert.match(read('dist/internal/events.d.ts'), /'mrx-faq-toggle': CustomEvent<FaqToggleDetail>/);
});

test('the README shows the exact CSP header the e2e pages send with the script from jsDelivr, and the self-hosted one without it', async () => {
  const { cspWithCdn } = await import(new URL('scripts/csp.mjs', root).href);
  const readme = read('README.md');
  assert.ok(readme.includes(`Content-Security-Policy: ${cspWithCdn('https://cdn.jsdelivr.net')}`));
  assert.ok(readme.includes('Self-hosted, drop `https://cdn.jsdelivr.net`'), 'says how the self-hosted policy differs');
});

test('the README pre-upgrade CSS snippet is demo/faq-preupgrade.css, which the demo and the layout test use', () => {
  // The file's rules, after its opening comment, stand in the README as they are.
  const rules = read('demo/faq-preupgrade.css')
    .replace(/^\/\*[\s\S]*?\*\/\n/, '')
    .trim();
  assert.ok(rules.split('\n').filter((line) => line.startsWith('mrx-faq-accordion')).length >= 5);
  assert.ok(read('README.md').includes(rules));
});

// The contract facts of public-api.md, the spec, stay literal here: each must
// be in the manifest as written. Everything else an element adds is derived:
// scripts/api.test.mjs checks that the typings and the README name it.
const CONTRACT = {
  'mrx-faq-accordion': {
    attributes: ['heading-level', 'single', 'structured-data', 'lang'],
    methods: ['expand', 'collapse', 'expandAll', 'collapseAll'],
    fields: [],
    events: ['mrx-faq-toggle'],
  },
  'mrx-stiffness-quiz': {
    attributes: ['booking-url', 'clinic-name', 'emergency-number', 'persist', 'analytics', 'cta-target', 'report-outcome', 'lang'],
    methods: ['reset'],
    fields: ['result'],
    events: ['mrx-quiz-start', 'mrx-quiz-step', 'mrx-quiz-complete', 'mrx-quiz-cta'],
  },
  'mrx-location-cta': {
    attributes: ['src', 'location', 'booking-url', 'variant', 'maps', 'utm', 'structured-data', 'analytics', 'lang'],
    methods: [],
    fields: ['locations'],
    events: ['mrx-cta-click', 'mrx-location-change'],
  },
};
const THEME = [
  '--mrx-color-primary',
  '--mrx-color-text',
  '--mrx-color-surface',
  '--mrx-color-border',
  '--mrx-radius',
  '--mrx-font-family',
  '--mrx-focus-color',
];

const manifestElements = () =>
  JSON.parse(read('dist/custom-elements.json'))
    .modules.flatMap((mod) => mod.declarations ?? [])
    .filter((d) => d.tagName);

/** Each contract name the manifest lacks, e.g. `mrx-location-cta: attribute "utm"`. */
const missingFromManifest = (tag) => {
  const element = manifestElements().find((d) => d.tagName === tag);
  if (!element) return [`${tag}: not in custom-elements.json`];
  const has = {
    attributes: (element.attributes ?? []).map((a) => a.name),
    methods: (element.members ?? []).filter((m) => m.kind === 'method').map((m) => m.name),
    fields: (element.members ?? []).filter((m) => m.kind === 'field').map((m) => m.name),
    events: (element.events ?? []).map((e) => e.name),
  };
  return Object.entries(CONTRACT[tag]).flatMap(([kind, names]) =>
    names.filter((name) => !has[kind].includes(name)).map((name) => `${tag}: ${kind.replace(/s$/, '')} "${name}"`),
  );
};

test('custom-elements.json describes the public API and nothing private', () => {
  const elements = manifestElements();
  assert.deepEqual(elements.map((e) => e.tagName).sort(), Object.keys(CONTRACT).sort());
  for (const element of elements) {
    const tag = element.tagName;
    assert.match(tag, /^mrx-/);
    for (const event of element.events ?? []) assert.match(event.name, /^mrx-/, `${tag}: events are named mrx-…`);
    const hidden = (element.members ?? []).filter((m) => m.name.startsWith('_') || m.privacy === 'private' || m.privacy === 'protected');
    assert.deepEqual(
      hidden.map((m) => m.name),
      [],
      `${tag}: nothing private`,
    );
    // "documented ::parts": every part, slot and custom property says what it is.
    assert.ok(element.cssParts?.length, `${tag}: has CSS parts`);
    for (const item of [...element.cssParts, ...(element.slots ?? []), ...(element.cssProperties ?? [])])
      assert.ok(item.description, `${tag}: "${item.name}" has a description`);
    const props = element.cssProperties.map((p) => p.name);
    for (const name of THEME) assert.ok(props.includes(name), `${tag}: ${name}`);
  }
  assert.deepEqual(missingFromManifest('mrx-faq-accordion'), []);
});

test('custom-elements.json lists the quiz API', () => {
  assert.deepEqual(missingFromManifest('mrx-stiffness-quiz'), []);
});

test('@motionrx/widgets/engine imports in Node: no DOM, no Lit', async () => {
  const source = read('dist/stiffness-quiz/engine.js');
  assert.doesNotMatch(source, /from ['"]/, 'the engine imports nothing');
  const engine = await import(new URL(pkg.exports['./engine'].default.slice(2), root).href);
  assert.equal(engine.RULES_VERSION, '2026-12');
  assert.deepEqual(
    engine.QUESTIONS.map((q) => q.id),
    ['age', 'emergency', 'warning', 'easeTime', 'relief', 'night', 'buttock', 'onset', 'duration', 'onsetAge', 'related', 'factors'],
  );
  assert.equal(engine.evaluate({ emergency: ['saddle'] }).outcome, 'urgent');
  assert.deepEqual(engine.evaluate({}), { complete: false, missing: engine.QUESTIONS.filter((q) => q.required).map((q) => q.id) });
});

test('the quiz typings carry its tag and event details', () => {
  const types = read('dist/stiffness-quiz/stiffness-quiz.d.ts');
  assert.match(types, /'mrx-stiffness-quiz': MrxStiffnessQuiz/);
  assert.match(types, /get result\(\): CompleteResult \| null/);
  const events = read('dist/internal/events.d.ts');
  for (const name of ['mrx-quiz-start', 'mrx-quiz-step', 'mrx-quiz-complete', 'mrx-quiz-cta'])
    assert.match(events, new RegExp(`'${name}'`));
});

test('custom-elements.json lists the location CTA API', () => {
  assert.deepEqual(missingFromManifest('mrx-location-cta'), []);
});

test('the location CTA typings carry its tag and event details', () => {
  assert.match(read('dist/location-cta/location-cta.d.ts'), /'mrx-location-cta': MrxLocationCta/);
  const events = read('dist/internal/events.d.ts');
  assert.match(events, /'mrx-cta-click': CustomEvent<CtaClickDetail>/);
  assert.match(events, /'mrx-location-change': CustomEvent<LocationChangeDetail>/);
});

test('THIRD-PARTY-NOTICES.txt carries the licence of everything the CDN files bundle', () => {
  const notices = read('dist/cdn/THIRD-PARTY-NOTICES.txt');
  assert.match(notices, /Lit \(lit, lit-html/);
  assert.match(notices, /BSD 3-Clause|BSD-3-Clause/i);
  assert.match(notices, /Valibot/);
  assert.match(notices, /Copyright \(c\) Fabian Hiller/);
});

test('the per-widget CDN files share one runtime chunk; the language packs keep the names the IIFE loads', () => {
  const meta = JSON.parse(read('dist/cdn/meta.json'));
  const runtime = Object.keys(meta).filter((file) => file.startsWith('runtime-'));
  assert.equal(runtime.length, 1);
  for (const entry of ['faq-accordion.js', 'stiffness-quiz.js', 'location-cta.js'])
    assert.ok(meta[entry].imports.includes(runtime[0]), entry);
  for (const pack of ['faq-content.en.js', 'faq-content.es.js', 'quiz-strings.es.js']) assert.ok(meta[pack], pack);
});
