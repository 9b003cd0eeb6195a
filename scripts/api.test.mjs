// node --test, after `npm run build` (or `npm run api`): the elements' JSDoc,
// through dist/custom-elements.json, is the one source of the public API
// (STYLE.md). src/typings.ts and the README's attribute tables are generated
// from it by scripts/api.mjs; this checks the committed files are what it
// makes, and checks the prose it does not make (the README's events and parts,
// the event map's detail types) against the manifest, both ways, naming each
// mismatch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { attributeType, defaultCell, generate, meaningCell, typingsSource } from './api.mjs';

const root = new URL('../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const manifestPath = new URL('dist/custom-elements.json', root);
if (!existsSync(manifestPath)) throw new Error('dist/custom-elements.json is missing: run `npm run build` first');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const elements = manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((d) => d.tagName);

/** What a page hears and styles on an element, as the manifest says. */
const apiOf = (element) => ({
  events: (element.events ?? []).map((e) => e.name),
  parts: (element.cssParts ?? []).map((p) => p.name),
});

/** Each of `expected` missing from `actual`, and each extra, as readable lines. */
const compare = (tag, kind, expected, actual, source, where) => [
  ...expected
    .filter((name) => !actual.includes(name))
    .map((name) => `${tag}: ${kind} "${name}" is in custom-elements.json but not in ${where}`),
  ...actual
    .filter((name) => !expected.includes(name))
    .map((name) => `${tag}: ${kind} "${name}" is in ${where} but not in custom-elements.json (${source})`),
];

/** The `mrx-…` events src/internal/events.ts adds to GlobalEventHandlersEventMap: the only names emit() accepts. */
const eventMap = () => {
  const file = ts.createSourceFile('events.ts', read('src/internal/events.ts'), ts.ScriptTarget.Latest, true);
  const found = [];
  const visit = (node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'GlobalEventHandlersEventMap')
      found.push(...node.members.map((m) => m.name.text).filter((name) => name.startsWith('mrx-')));
    node.forEachChild(visit);
  };
  visit(file);
  return found;
};

/**
 * For each documented event, its `@event {CustomEvent<…>}` type from the manifest next to the type emit() really
 * sends (events.ts): the detail's field names must match, and the real detail must fit the documented one.
 */
const eventTypeProblems = (events) => {
  const virtual = new URL('src/internal/api-check.virtual.ts', root).pathname;
  const lines = [`import type {} from './events.js';`];
  events.forEach(({ name, type }, i) => {
    lines.push(
      `type Doc${i} = ${type};`,
      `type Real${i} = GlobalEventHandlersEventMap['${name}'];`,
      `export const fits${i}: Doc${i} = null as unknown as Real${i};`,
    );
  });
  const options = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
    skipLibCheck: true,
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, version) =>
    file === virtual ? ts.createSourceFile(file, lines.join('\n'), version) : getSourceFile(file, version);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (file) => file === virtual || fileExists(file);
  const program = ts.createProgram([virtual], options, host);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(virtual);
  const problems = ts.getPreEmitDiagnostics(program, source).map((d) => {
    const line = d.start === undefined ? -1 : source.getLineAndCharacterOfPosition(d.start).line;
    const event = events[Math.floor((line - 1) / 3)]?.name ?? '?';
    return `${event}: the detail emit() sends does not fit its @event type: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
  const aliases = new Map(source.statements.filter(ts.isTypeAliasDeclaration).map((node) => [node.name.text, node]));
  events.forEach(({ name }, i) => {
    const fields = (alias) => {
      const event = checker.getTypeAtLocation(aliases.get(alias));
      const detail = checker.getTypeOfSymbol(checker.getPropertyOfType(event, 'detail'));
      return checker.getPropertiesOfType(detail).map((p) => p.name);
    };
    const [sent, documented] = [fields(`Real${i}`), fields(`Doc${i}`)];
    for (const field of sent.filter((f) => !documented.includes(f)))
      problems.push(`${name}: detail field "${field}" is sent (src/internal/events.ts) but not in the element's @event type`);
    for (const field of documented.filter((f) => !sent.includes(f)))
      problems.push(`${name}: detail field "${field}" is in the element's @event type but not sent (src/internal/events.ts)`);
  });
  return problems;
};

/** The README section `## \`<tag>\``, up to the next `## ` heading. */
const readmeSection = (tag) => {
  const readme = read('README.md');
  const start = readme.indexOf(`\n## \`<${tag}>\``);
  if (start < 0) return undefined;
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
};

/** What a README section names: its `mrx-…` events, its "Parts: …" list (the attribute table is generated). */
const readmeApi = (section, tags) => {
  const events = [...new Set([...section.matchAll(/`(mrx-[a-z-]+)`/g)].map((m) => m[1]))].filter((name) => !tags.includes(name));
  const partsLine = section.match(/(?:^|\s)Parts[^:`]*:([\s\S]*?)\.(?:\s|$)/)?.[1] ?? '';
  const parts = [...partsLine.matchAll(/`([a-z][a-z-]*)`/g)].map((m) => m[1]);
  return { events, parts };
};

test('custom-elements.json has the elements the README describes', () => {
  const tags = elements.map((e) => e.tagName).sort();
  assert.ok(tags.length >= 3, 'at least three elements in the manifest');
  for (const tag of tags) assert.ok(readmeSection(tag), `README.md has a "## \`<${tag}>\`" section`);
});

test('src/typings.ts and the README attribute tables are what `npm run api` generates from the manifest', async () => {
  for (const [path, text] of Object.entries(await generate(manifest, read('README.md'))))
    assert.ok(
      read(path) === text,
      `${path} is not what the elements' JSDoc makes: run \`npm run api\` (or \`npm run build\`) and commit it`,
    );
});

test('the generator types attributes as pages write them, and writes table cells as the README reads', () => {
  assert.equal(attributeType('boolean'), 'boolean');
  assert.equal(attributeType(undefined), 'string');
  assert.equal(attributeType('string | null'), 'string');
  assert.equal(attributeType('number | null'), 'number | `${number}`');
  assert.equal(attributeType('2 | 3 | null'), '2 | 3 | `${2 | 3}`');
  assert.equal(attributeType("'card' | 'banner' | null"), "'card' | 'banner'");
  assert.throws(() => attributeType('LocationConfig | null'), /cannot type attribute/);
  assert.deepEqual(['false', 'null', undefined, '3', "'911'", '"a local clinic"', 'memory only', '`card`'].map(defaultCell), [
    'off',
    'none',
    'none',
    '`3`',
    '`911`',
    '"a local clinic"',
    'memory only',
    '`card`',
  ]);
  assert.equal(meaningCell('Heading level\n(2 to 6) | each.'), 'heading level (2 to 6) \\| each');
  assert.equal(meaningCell('URL of the page.'), 'URL of the page');

  const fixture = {
    modules: [
      {
        path: 'src/x-demo/x-demo.ts',
        declarations: [
          {
            name: 'XDemo',
            tagName: 'x-demo',
            attributes: [
              { name: 'lang' },
              { name: 'level', fieldName: 'level', type: { text: '1 | 2 | null' } },
              { name: 'open', fieldName: 'open', type: { text: 'boolean' } },
              { name: 'tone-name', fieldName: 'toneName', type: { text: "'calm' | 'loud' | null" } },
            ],
            members: [
              { kind: 'field', name: 'version', static: true, readonly: true },
              { kind: 'field', name: 'level', privacy: 'public' },
              { kind: 'field', name: 'open', privacy: 'public' },
              { kind: 'field', name: 'toneName', privacy: 'public' },
              { kind: 'field', name: 'data', privacy: 'public' },
              { kind: 'field', name: 'result', readonly: true },
              { kind: 'field', name: '_state', privacy: 'private' },
              { kind: 'method', name: 'reset' },
            ],
            events: [{ name: 'x-open' }, { name: 'x-close' }],
          },
        ],
      },
    ],
  };
  const body = typingsSource(fixture).replace(/^\/\/.*\n/gm, '');
  assert.equal(
    body.replace(/\s+/g, ' ').trim(),
    [
      "import type { XDemo } from './x-demo/x-demo.js';",
      '/** The element classes (importing their types also loads the event map). */',
      "export interface WidgetElements { 'x-demo': XDemo; }",
      "export interface WidgetAttributes { 'x-demo': {",
      "attributes: { level: 1 | 2 | `${1 | 2}`; open: boolean; 'tone-name': 'calm' | 'loud'; lang: string; };",
      "properties: Pick<XDemo, 'toneName' | 'data'>;",
      "events: 'x-open' | 'x-close'; }; }",
    ].join(' '),
  );
});

test('src/internal/events.ts types exactly the events the elements document with @event', () => {
  const documented = elements.flatMap((element) => apiOf(element).events);
  const typed = eventMap();
  assert.ok(typed.length, 'events.ts declares the event map');
  assert.deepEqual(
    compare(
      'mrx-*',
      'event',
      documented,
      typed,
      'add @event to the element that fires it, or remove it',
      'src/internal/events.ts GlobalEventHandlersEventMap',
    ),
    [],
  );
});

test("each event's @event type names the fields of the detail emit() sends, with fitting types", () => {
  const events = elements.flatMap((element) => element.events ?? []).map((e) => ({ name: e.name, type: e.type?.text ?? 'undefined' }));
  assert.deepEqual(eventTypeProblems(events), []);
});

test("README.md documents every event and CSS part of each element in the element's section, and nothing else", () => {
  const tags = elements.map((e) => e.tagName);
  const problems = elements.flatMap((element) => {
    const tag = element.tagName;
    const api = apiOf(element);
    const documented = readmeApi(readmeSection(tag) ?? '', tags);
    const where = `README.md "## <${tag}>"`;
    return [
      ...compare(tag, 'event', api.events, documented.events, 'remove it or add @event', `${where}, its events`),
      ...compare(tag, 'CSS part', api.parts, documented.parts, 'remove it or add @csspart', `${where}, its "Parts: …" sentence`),
    ];
  });
  assert.deepEqual(problems, []);
});
