// node --test, after `npm run build`: the elements' JSDoc, through
// dist/custom-elements.json, is the one source of the public API (STYLE.md).
// The framework typings (src/typings.ts) and the README's attribute tables,
// events and parts are checked against it, both ways, and each mismatch is
// named: adding an attribute to an element tells you which typing and which
// README row are missing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const root = new URL('../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const manifest = JSON.parse(read('dist/custom-elements.json'));
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
  const names = (type) => (type && ts.isTypeLiteralNode(type) ? type.members.map((m) => m.name.text) : []);
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
      ...compare(tag, 'event', api.events, mine.events, 'remove it or add @fires', where('events')),
    ];
  });
  assert.deepEqual(problems, []);
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
      ...compare(tag, 'event', api.events, documented.events, 'remove it or add @fires', `${where}, its events`),
      ...compare(tag, 'CSS part', api.parts, documented.parts, 'remove it or add @csspart', `${where}, its "Parts: …" sentence`),
    ];
  });
  assert.deepEqual(problems, []);
});
