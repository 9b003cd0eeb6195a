// node --test, after `npm run build`: the elements' JSDoc, through
// dist/custom-elements.json, is the one source of the public API (STYLE.md).
// The framework typings (src/typings.ts) and the README's attribute tables,
// events and parts are checked against it, both ways, and each mismatch is
// named: adding an attribute to an element tells you which typing and which
// README row are missing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import ts from 'typescript';

const root = new URL('../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const manifestPath = new URL('dist/custom-elements.json', root);
if (!existsSync(manifestPath)) throw new Error('dist/custom-elements.json is missing: run `npm run build` first');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const elements = manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((d) => d.tagName);

/** What a page or a framework can set and hear on an element, as the manifest says. */
const apiOf = (element) => ({
  attributes: (element.attributes ?? []).map((a) => a.name),
  // Settable public properties: not static (`version`), not read-only (`result`).
  properties: (element.members ?? [])
    .filter((m) => m.kind === 'field' && !m.static && !m.readonly && !m.privacy?.match(/private|protected/))
    .map((m) => m.name),
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

/** src/typings.ts's `WidgetAttributes`, read with the TypeScript parser: per tag, its attribute, property and event names. */
const typings = () => {
  const file = ts.createSourceFile('typings.ts', read('src/typings.ts'), ts.ScriptTarget.Latest, true);
  const found = {};
  // `{ name: T; … }`, or `Pick<Element, 'name' | …>`.
  const names = (type) =>
    !type
      ? []
      : ts.isTypeLiteralNode(type)
        ? type.members.map((m) => m.name.text)
        : ts.isTypeReferenceNode(type) && type.typeName.getText() === 'Pick'
          ? literals(type.typeArguments[1])
          : [];
  const literals = (type) =>
    !type ? [] : ts.isUnionTypeNode(type) ? type.types.flatMap(literals) : ts.isLiteralTypeNode(type) ? [type.literal.text] : [];
  file.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'WidgetAttributes') return;
    for (const element of node.members) {
      const parts = Object.fromEntries(element.type.members.map((m) => [m.name.text, m.type]));
      found[element.name.text] = {
        attributes: names(parts.attributes),
        properties: names(parts.properties),
        events: literals(parts.events),
      };
    }
  });
  return found;
};

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

/** What a README section names: its `| attribute |` table's first column, its `mrx-…` events, its "Parts: …" list. */
const readmeApi = (section, tags) => {
  const attributes = [];
  let inTable = false;
  for (const line of section.split('\n')) {
    if (/^\|\s*attribute\s*\|/.test(line)) inTable = true;
    else if (!line.startsWith('|')) inTable = false;
    else if (inTable) attributes.push(...(line.match(/^\|\s*`([^`]+)`/)?.slice(1) ?? []));
  }
  const events = [...new Set([...section.matchAll(/`(mrx-[a-z-]+)`/g)].map((m) => m[1]))].filter((name) => !tags.includes(name));
  const partsLine = section.match(/(?:^|\s)Parts[^:`]*:([\s\S]*?)\.(?:\s|$)/)?.[1] ?? '';
  const parts = [...partsLine.matchAll(/`([a-z][a-z-]*)`/g)].map((m) => m[1]);
  return { attributes, events, parts };
};

test('custom-elements.json has the elements the typings and the README describe', () => {
  const tags = elements.map((e) => e.tagName).sort();
  assert.ok(tags.length >= 3, 'at least three elements in the manifest');
  assert.deepEqual(Object.keys(typings()).sort(), tags, 'src/typings.ts WidgetAttributes has one entry per element');
  for (const tag of tags) assert.ok(readmeSection(tag), `README.md has a "## \`<${tag}>\`" section`);
});

test('src/typings.ts (React and Vue typings) names every attribute, settable property and event of the manifest, and nothing else', () => {
  const typed = typings();
  const problems = elements.flatMap((element) => {
    const tag = element.tagName;
    const api = apiOf(element);
    const mine = typed[tag] ?? { attributes: [], properties: [], events: [] };
    const where = (kind) => `src/typings.ts WidgetAttributes['${tag}'].${kind}`;
    return [
      ...compare(tag, 'attribute', api.attributes, mine.attributes, 'remove it or add @attr/a reactive property', where('attributes')),
      // A property named like its attribute (`variant`) is typed once, as the attribute.
      ...compare(
        tag,
        'property',
        api.properties.filter((name) => !mine.attributes.includes(name)),
        mine.properties,
        'remove it or make it a public property',
        where('properties'),
      ),
      ...compare(tag, 'event', api.events, mine.events, 'remove it or add @event', where('events')),
    ];
  });
  assert.deepEqual(problems, []);
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

test("README.md documents every attribute, event and CSS part of each element in the element's section, and nothing else", () => {
  const tags = elements.map((e) => e.tagName);
  const problems = elements.flatMap((element) => {
    const tag = element.tagName;
    const api = apiOf(element);
    const documented = readmeApi(readmeSection(tag) ?? '', tags);
    const where = `README.md "## <${tag}>"`;
    return [
      ...compare(
        tag,
        'attribute',
        api.attributes,
        documented.attributes,
        'remove the row or add @attr',
        `${where}, its "| attribute |" table`,
      ),
      ...compare(tag, 'event', api.events, documented.events, 'remove it or add @event', `${where}, its events`),
      ...compare(tag, 'CSS part', api.parts, documented.parts, 'remove it or add @csspart', `${where}, its "Parts: …" sentence`),
    ];
  });
  assert.deepEqual(problems, []);
});
