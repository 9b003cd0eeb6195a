// node --test: docs/triage-rules.md explains the triage engine to clinicians and
// maintainers. Its tables must name the engine's questions, options, score
// criteria, rules, urgencies, focus areas and tips, exactly and in order. Adding,
// removing or reordering a row, or changing an urgency, on either side fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const enginePath = new URL('../dist/stiffness-quiz/engine.js', import.meta.url);
assert.ok(existsSync(enginePath), 'dist/stiffness-quiz/engine.js is missing: run npm run build first');
const { RULES_VERSION, QUESTIONS, BERLIN, ASAS, EMERGENCY_FLAGS, SEE_DOCTOR_RULES, URGENCIES, FOCUS_AREAS, FACTOR_AREAS, TIPS, evaluate } =
  await import(enginePath.href);

const doc = readFileSync(new URL('../docs/triage-rules.md', import.meta.url), 'utf8');

/** Every Markdown table in the doc: its header cells and its body rows (cells trimmed). */
const tables = [];
let rows = null;
for (const line of doc.split('\n').map((text) => text.trim())) {
  if (!line.startsWith('|')) {
    rows = null;
    continue;
  }
  const cells = line
    .slice(1, -1)
    .split('|')
    .map((cell) => cell.trim());
  if (!rows) tables.push({ header: cells.join(' | '), rows: (rows = []) });
  else if (!cells.every((cell) => /^:?-+:?$/.test(cell))) rows.push(cells);
}

/** The body rows of the one table with this header. */
function table(header) {
  const found = tables.filter((t) => t.header === header);
  assert.equal(found.length, 1, `docs/triage-rules.md has one table headed | ${header} |`);
  for (const row of found[0].rows) assert.equal(row.length, header.split(' | ').length, `| ${row.join(' | ')} | has a cell per column`);
  return found[0].rows;
}

/** The `code` ids in a cell, in order. */
const ids = (cell) => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]);
/** The one `code` id in a cell. */
function id(cell) {
  assert.equal(ids(cell).length, 1, `one id in "${cell}"`);
  return ids(cell)[0];
}

// Conditions in the doc read "`question` is `a`, `b` or `c`" (or "has"), optionally
// after "the pattern holds and ". They are checked against the engine by asking
// each criterion or rule about every single answer: it must count (match) for
// exactly the answers the doc names.
function condition(text) {
  const match = /^(the pattern holds and )?`(\w+)` (?:is|has) (`.+)$/.exec(text);
  assert.ok(match, `"${text}" reads "\`question\` is|has \`option\`, ..."`);
  return {
    pattern: Boolean(match[1]),
    answers: ids(match[3])
      .map((option) => `${match[2]}=${option}`)
      .sort(),
  };
}
/** The answers "question=option", alone, for which `counts` is true. */
function answersWhere(counts) {
  const only = (question, option) => ({ chose: (q, ...options) => q === question && options.includes(option) });
  return QUESTIONS.flatMap((q) => q.options.filter((option) => counts(only(q.id, option))).map((option) => `${q.id}=${option}`)).sort();
}

test('the rules version is the engine’s', () => {
  assert.equal(/^\*\*Rules version:\*\* `([^`]+)`$/m.exec(doc)?.[1], RULES_VERSION);
});

test('Questions: the engine’s question ids, kinds, required flags, sections and option ids, in order', () => {
  const documented = table('question | kind | required | section | options').map(([question, kind, required, section, options]) => ({
    id: id(question),
    kind,
    required: { yes: true, no: false }[required],
    section,
    options: ids(options),
  }));
  assert.deepEqual(
    documented,
    QUESTIONS.map(({ id, kind, required, section, options }) => ({ id, kind, required, section, options: [...options] })),
  );
});

for (const [name, criteria] of [
  ['Berlin', BERLIN],
  ['ASAS', ASAS],
]) {
  test(`Scores: the ${name} criteria ids, in order, and when each counts`, () => {
    const documented = table(`${name} | counts when | meaning`);
    assert.deepEqual(
      documented.map(([criterion]) => criterion),
      criteria.map((criterion) => criterion.id),
    );
    for (const [criterion, when] of documented) {
      assert.deepEqual(answersWhere(criteria.find((c) => c.id === criterion).counts), condition(when).answers, `${name} ${criterion}`);
    }
  });
}

test('Rules: one row per reason, with the engine’s rule, reason and urgency, in the engine’s order', () => {
  // R4: the reasons of a mechanical result with the pattern and pain under 3 months.
  const mechanical = evaluate({
    age: '16to49',
    emergency: ['none'],
    warning: ['none'],
    easeTime: '30to60',
    relief: 'moveNotRest',
    night: 'no',
    buttock: 'no',
    onset: 'sudden',
    duration: 'lt6w',
    onsetAge: '45plus',
    related: ['none'],
  });
  assert.equal(mechanical.outcome, 'mechanical');
  const expected = [
    ...EMERGENCY_FLAGS.map((flag) => ['R1', flag, 'urgent']),
    ...SEE_DOCTOR_RULES.map(({ rule, reason, urgency }) => [rule, reason, urgency]),
    ...mechanical.reasons.map((reason) => ['R4', reason, 'mechanical']),
  ];
  const documented = table('rule | condition | reason | urgency');
  assert.deepEqual(
    documented.map(([rule, , reason, urgency]) => [rule, id(reason), ids(urgency)[0]]),
    expected,
  );
});

test('Rules: each R1 to R3c-e condition is when the engine’s rule matches', () => {
  for (const [rule, when, reason] of table('rule | condition | reason | urgency')) {
    if (rule === 'R4') continue; // "no see-doctor rule matched": the engine's fallback, checked above.
    const documented = condition(when);
    if (rule === 'R1') {
      assert.deepEqual(documented, { pattern: false, answers: [`emergency=${id(reason)}`] }, `R1 ${id(reason)}`);
      continue;
    }
    const { matches } = SEE_DOCTOR_RULES.find((r) => r.reason === id(reason));
    const withPattern = (pattern) => answersWhere((a) => matches(a, { berlin: 0, asas: 0, spaFeature: false, pattern }));
    assert.deepEqual(withPattern(true), documented.answers, `${rule} ${id(reason)}, pattern holds`);
    assert.deepEqual(withPattern(false), documented.pattern ? [] : documented.answers, `${rule} ${id(reason)}, no pattern`);
  }
});

test('Rules: urgency is chosen in the engine’s order', () => {
  assert.ok(
    doc.includes(URGENCIES.map((urgency) => `\`${urgency}\``).join(' before ')),
    'the doc says `today` before `soon` before `routine`',
  );
});

test('Focus areas: the engine’s ids in tie-break order, and FACTOR_AREAS exactly', () => {
  assert.deepEqual(
    table('order | area | what it works on').map(([order, area]) => [Number(order), id(area)]),
    FOCUS_AREAS.map((area, index) => [index + 1, area]),
  );
  assert.deepEqual(
    table('factor | areas').map(([factor, areas]) => [id(factor), ids(areas)]),
    Object.entries(FACTOR_AREAS).map(([factor, areas]) => [factor, [...areas]]),
  );
});

test('Tips: the engine’s tip ids, in output order', () => {
  assert.deepEqual(
    table('tip | when given').map(([tip]) => id(tip)),
    [...TIPS],
  );
});

test('the doc points at nothing outside the repository', () => {
  assert.doesNotMatch(doc, /\/work\/|shared\/specs|\]\(\/|\]\(\.\.\/\.\.\//);
});
