// node --test: the Flesch-Kincaid grade of the widgets' English copy, screen by
// screen (what a reader sees at once), read from the built modules in dist/.
// Limits (US school grade): 8 for the quiz intro, questions and results, 6 for
// the emergency question and the urgent result (read in a hurry, maybe in
// pain), 8 for each built-in FAQ item and for the location CTA.
// Text rules: every heading, list item, option and button label is its own
// sentence (a full stop is added where it has none); sentences end at . ! ? ;
// and at a ':' that leads into a list; a word is a run of letters or digits
// ("30", "4-6", "don't"), its syllables counted by `syllable` (at least one, as
// `syllable` gives digits none), and `flesch-kincaid` gives the grade.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

const dist = (path) => new URL(`../dist/${path}`, import.meta.url);
assert.ok(existsSync(dist('stiffness-quiz/strings.en.js')), 'dist/ is missing: run npm run build first');
const load = async (path) => import(dist(path).href);
const t = (await load('stiffness-quiz/strings.en.js')).default;
const signs = (await load('stiffness-quiz/signs.en.js')).default;
const { QUESTIONS, SEE_DOCTOR_RULES, FOCUS_AREAS, TIPS, EMERGENCY_FLAGS } = await load('stiffness-quiz/engine.js');
const faq = (await load('faq-accordion/content.en.js')).default;
const cta = (await load('location-cta/strings.js')).STRINGS.en;

const VALUES = { clinic: 'MotionRx Tampa', emergency: '911', current: '3', total: '12', version: '2026-12', date: 'December 4, 2026' };
const fill = (text) => text.replace(/\{(\w+)\}/g, (whole, name) => VALUES[name] ?? whole);
/** Sample arguments of the location CTA's string functions. */
const CTA_ARGS = { headline: ['Tampa'], closes: ['Mon', '7 PM'], opens: ['Mon', '7 PM'], found: ['MotionRx Tampa'] };

/** Counts of a screen: a list of blocks (paragraph, heading, list item, option, button label). */
function counts(blocks) {
  let sentence = 0;
  let word = 0;
  let syllables = 0;
  for (const block of blocks) {
    const text = fill(block).trim();
    const ended = /([.!?;:])["'’”)\]]*$/.test(text) ? text : `${text}.`;
    for (const part of ended.split(/[.!?;]+["'’”)\]]*(?=\s|$)|:\s*$/)) {
      const words = part.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
      if (!words.length) continue;
      sentence += 1;
      word += words.length;
      syllables += words.reduce((sum, w) => sum + Math.max(1, syllable(w)), 0);
    }
  }
  return { sentence, word, syllable: syllables };
}

const emergencySigns = EMERGENCY_FLAGS.map((flag) => signs.emergency[flag]);
const safetyNet = [t.safetyNet.heading, ...emergencySigns, t.safetyNet.action, t.urgent.call];
const summaryAction = [t.summary.print, t.summary.printHint];

/** [name, limit, blocks] for every screen. */
const screens = [
  ['quiz intro', 8, [t.intro.heading, t.intro.lead, ...t.intro.points, t.intro.start]],
  ...QUESTIONS.map((q) => {
    const copy = t.questions[q.id];
    const choose = q.kind === 'multi' ? t.chooseAll : t.chooseOne;
    const blocks = [copy.legend, copy.hint ?? '', choose, q.required ? '' : `(${t.optional})`, ...q.options.map((o) => copy.options[o])];
    return [`question ${q.id}`, q.id === 'emergency' ? 6 : 8, blocks.filter(Boolean)];
  }),
  [
    'result urgent',
    6,
    [t.urgent.heading, t.urgent.body, t.urgent.call, t.urgent.orGo, ...t.urgent.dont, t.urgent.because, ...emergencySigns],
  ],
  ...['today', 'soon', 'routine'].map((urgency) => {
    const d = t.seeDoctor;
    const reasons = SEE_DOCTOR_RULES.filter((rule) => rule.urgency === urgency).map((rule) => signs.seeDoctor[rule.reason]);
    const tell = urgency === 'routine' ? [...d.tell, d.askInflammatory] : d.tell;
    const booking = urgency === 'today' ? [] : [t.tipsHeading, t.tips.stayActive, d.book];
    const blocks = [d[urgency].heading, ...d[urgency].body, d.reassure, d.because, ...reasons, d.tellHeading, ...tell, ...booking];
    return [`result see-doctor ${urgency}`, 8, [...blocks, ...safetyNet, ...summaryAction]];
  }),
  [
    'result mechanical',
    8,
    [
      ...[
        t.mechanical.heading,
        t.mechanical.body,
        t.mechanical.book,
        t.mechanical.notBetter,
        t.mechanical.watchPattern,
        t.mechanical.focusHeading,
      ],
      ...FOCUS_AREAS.flatMap((area) => [t.focusAreas[area].title, t.focusAreas[area].body]),
      ...[t.tipsHeading, ...TIPS.map((tip) => t.tips[tip])],
      ...safetyNet,
      ...summaryAction,
    ],
  ],
  // An answer: paragraphs split by blank lines; a line starting "- " is a list item.
  ...faq.map((item) => {
    const paragraphs = item.answer.split(/\n\s*\n/).flatMap((p) => {
      const lines = p.split('\n');
      const items = lines.filter((line) => line.startsWith('- ')).map((line) => line.slice(2));
      return [lines.filter((line) => !line.startsWith('- ')).join(' '), ...items].filter((text) => text.trim());
    });
    return [`faq ${item.id}`, 8, [item.question, ...paragraphs]];
  }),
  [
    'location CTA',
    8,
    Object.entries(cta).map(([key, value]) => {
      if (typeof value !== 'function') return value;
      assert.ok(CTA_ARGS[key], `location CTA string ${key}() needs sample arguments in CTA_ARGS`);
      return value(...CTA_ARGS[key]);
    }),
  ],
];

test('English copy reads at or below its grade, screen by screen', () => {
  const rows = screens.map(([screen, limit, blocks]) => {
    const c = counts(blocks);
    const grade = fleschKincaid(c);
    return { screen, words: c.word, sentences: c.sentence, grade: grade.toFixed(1), limit, result: grade <= limit ? 'ok' : 'OVER' };
  });
  const cols = ['screen', 'words', 'sentences', 'grade', 'limit', 'result'];
  const width = cols.map((col) => Math.max(col.length, ...rows.map((row) => String(row[col]).length)));
  const line = (cells) => cells.map((cell, i) => (i ? String(cell).padStart(width[i]) : String(cell).padEnd(width[i]))).join('  ');
  console.log(['Flesch-Kincaid grade of the English copy', line(cols), ...rows.map((row) => line(cols.map((col) => row[col])))].join('\n'));
  const over = rows.filter((row) => row.result === 'OVER').map((row) => `${row.screen} (grade ${row.grade}, limit ${row.limit})`);
  assert.deepEqual(over, [], `over its reading-grade limit: ${over.join('; ')}`);
});
