/**
 * Morning-back-stiffness triage engine, rules version 2026-11.
 *
 * The contract is /work/shared/specs/stiffness-quiz.md: every id below (questions,
 * options, outcomes, reasons, focus areas, tips) is public API and must match it
 * exactly. This module is pure: no imports, no DOM, no Lit, so it runs in Node,
 * in the browser and in the element alike, and can be tested on its own.
 *
 * It ships inside the quiz widget, so it is written for download size: the
 * questions and the rules are one compact table (SPEC), and the code is a
 * small interpreter of it. engine.test.ts checks it against the spec, with
 * an independent oracle.
 */

export const RULES_VERSION = '2026-11';

/**
 * The questions in flow order, options in the spec table's order, one
 * question per entry: "id option option ...". Multi questions are exactly
 * those with a `none` option; `age`, `emergency` and `warning` are the
 * `safety` section, `factors` alone is `optional` (not required), the rest
 * are `mornings`.
 *
 * Marks after an option id say what choosing it does:
 *   #  R1: urgent, the option id is the reason
 *   ~  R2a: see a doctor, routine, reason named after the marks
 *   !  R2b/R2c: see a doctor soon, reason named after the marks, else the option id
 *   ^  R3a/R3b: see a doctor, routine, reason named after the marks, else the option id
 *   +  one Berlin item (B1-B4), * one ASAS item (A1-A5), $ an SpA feature
 *   .digits  focus areas hit (FOCUS_AREAS indexes), % a sitting factor (breakUpSitting)
 * Reasons are listed in rule order: R2a and soon reasons in question order,
 * then the R3 ones in question order, then inflammatoryPattern (R3c-R3e).
 */
const SPEC = [
  'age under16~outOfScope 16to49 50plus',
  'emergency saddle# bladderBowel# bothLegs# sexual# majorTrauma# chestPain# none',
  'warning fever! weightLoss! cancer! immune! boneRisk! lumpShape! upperBack! newOver50! none',
  'easeTime lt20 20to30 30to60+ gt60+^longStiffness noEase+!',
  'relief rest both* moveNotRest+** nothing*!constant',
  'night no turning earlyHours+* allNight!',
  'buttock yes+ no notSure',
  'onset gradual* sudden notSure',
  'duration lt6w 6wto3m gt3m',
  'onsetAge under40* 40to44 45plus',
  'related diagnosedIA^ skinGutEye$ family$ otherJoints$ none',
  'factors tightHips.0 stiffSpine.03 tiresEasily.14 guarded.2 soreSpot.02 avoid.23 afterSitting.34% flareActivity.4 mostlySitting.4% none',
] as const;

/**
 * Deep-freezes a public table. The engine validates against QUESTIONS, and the
 * triage rules must not be changeable by a page script: frozen, they cannot be.
 */
const freeze = <T>(value: T): T => {
  if (Object(value) === value) Object.values(value as object).forEach(freeze);
  return Object.freeze(value);
};

/** "a b c" as the readonly tuple ['a', 'b', 'c'], typed so. */
const words = <S extends string>(text: S) => freeze(text.split(' ')) as unknown as Readonly<Words<S>>;
type Words<S extends string> = S extends `${infer W} ${infer Rest}` ? [W, ...Words<Rest>] : [S];

/** SPEC as [id, ...marked options] per question. */
const marked = SPEC.map((entry): string[] => entry.split(' '));

/** Questions in flow order, options in the spec table's order (reasons follow it). */
export const QUESTIONS = freeze(marked.map(([id, ...options], i) => ({
  id,
  kind: options.includes('none') ? 'multi' : 'single',
  required: i < 11,
  section: i < 3 ? 'safety' : i < 11 ? 'mornings' : 'optional',
  options: options.map((option) => option.replace(/\W.*/, '')),
}))) as unknown as Parsed<typeof SPEC>;

/** QUESTIONS as a literal type, from SPEC (mapped types keep tuples only over type parameters). */
type Parsed<T extends readonly string[]> = { readonly [I in keyof T]: Entry<T[I], I> };
/** One QUESTIONS entry as a literal type, from its SPEC entry and its index. */
type Entry<S, I> = S extends `${infer Id} ${infer Options}`
  ? {
      readonly id: Id;
      readonly kind: Options extends `${string} none` ? 'multi' : 'single';
      readonly required: I extends '11' ? false : true;
      readonly section: I extends '0' | '1' | '2' ? 'safety' : I extends '11' ? 'optional' : 'mornings';
      readonly options: BareAll<Words<Options>>;
    }
  : never;
type BareAll<T extends readonly string[]> = { readonly [O in keyof T]: Bare<T[O]> };
/** An option id without its marks. */
type Bare<W, Id extends string = ''> = W extends `${infer C}${infer Rest}`
  ? C extends '~' | '#' | '!' | '^' | '+' | '*' | '$' | '.' | '%'
    ? Id
    : Bare<Rest, `${Id}${C}`>
  : Id;

export type Question = (typeof QUESTIONS)[number];
export type QuestionId = Question['id'];
/** Option ids of question Q (of every question when Q is left out). */
export type OptionId<Q extends QuestionId = QuestionId> = Extract<Question, { id: Q }>['options'][number];
/** What the quiz collected: one option id per single question, a list per multi question. */
export type Answers = {
  [Q in QuestionId]?: Extract<Question, { id: Q }>['kind'] extends 'single' ? OptionId<Q> : readonly OptionId<Q>[];
};

export type Outcome = 'urgent' | 'see-doctor' | 'mechanical';
export type Urgency = 'soon' | 'routine';
export type Cta = 'none' | 'secondary' | 'primary';

/** Focus-area ids, in tie-break order. */
export const FOCUS_AREAS = words('jointMobility deepSupport muscleGuarding movementPatterns loadTolerance');
export type FocusArea = (typeof FOCUS_AREAS)[number];

/** Tip ids, in output order. */
export const TIPS = words('stayActive gentleStart breakUpSitting hydration mattress');
export type Tip = (typeof TIPS)[number];

export interface CompleteResult {
  complete: true;
  outcome: Outcome;
  /** Present for `see-doctor` only. */
  urgency?: Urgency;
  reasons: string[];
  berlin: number;
  asas: number;
  /** [] for `urgent`. */
  focusAreas: string[];
  /** [] for `urgent`. */
  tips: string[];
  cta: Cta;
  rulesVersion: typeof RULES_VERSION;
}

export interface IncompleteResult {
  complete: false;
  /** Unanswered required questions, in QUESTIONS order. */
  missing: QuestionId[];
}

export interface Scores {
  berlin: number;
  asas: number;
  spaFeature: boolean;
}

/** Throws the one kind of error this module has: evaluate() misused, quoting the bad value. */
const fail = (problem: string, value: unknown): never => {
  let text;
  try {
    text = JSON.stringify(value);
  } catch {
    // A BigInt or a cycle: String() below.
  }
  throw Error(`evaluate(): ${problem} ${text ?? String(value)}`);
};

/**
 * Validates `answers`. Returns the given answers (each as a fresh array, a
 * single one as [option]), the marked SPEC options chosen (once each, in
 * question and option order), their marks, and the scores. Only own keys
 * are read (Reflect.ownKeys: inherited properties never count, and
 * `__proto__`, `constructor` and the like are unknown questions); the input
 * is never kept or changed.
 */
function read(answers: unknown) {
  const given: Partial<Record<QuestionId, unknown[]>> = {};
  if (Object(answers) !== answers || Array.isArray(answers)) fail('answers must be an object, got', answers);
  for (const key of Reflect.ownKeys(answers as object)) {
    const question = QUESTIONS.find((q) => q.id === key) ?? fail('unknown question', key);
    const value: unknown = (answers as Record<string, unknown>)[question.id];
    const multi = question.kind == 'multi';
    // A wrong type (a single answer that is an array, a multi answer that is
    // not) or an unknown option.
    const bad = (value: unknown) => fail(`invalid "${question.id}" answer`, value);
    if (value !== undefined) {
      if (multi != Array.isArray(value)) bad(value);
      given[question.id] = Array.from(multi ? (value as unknown[]) : [value], (option) =>
        (question.options as readonly unknown[]).includes(option) ? option : bad(option),
      );
    }
  }
  const chosen = marked.flatMap(([id, ...options]) => options.filter((option) => given[id as QuestionId]?.includes(option.replace(/\W.*/, ''))));
  const marks = chosen.map((option) => option.replace(/^\w+/, '')).join('');
  const count = (mark: string): number => marks.split(mark).length - 1;
  // Berlin criteria (Rudwaleit 2006) and ASAS expert criteria (Sieper 2009), as
  // the spec's Scores block. Unanswered and `notSure` score 0.
  const scores: Scores = { berlin: count('+'), asas: count('*'), spaFeature: marks.includes('$') };
  return [given, chosen, marks, count, scores] as const;
}

/** Berlin and ASAS counts and the SpA-feature flag; validates like evaluate(). */
export function scores(answers: Answers | Record<string, unknown>): Scores {
  return read(answers)[4];
}

/**
 * Triage one answer set. Throws on unknown question or option ids and wrong
 * value types (programming errors). Never mutates `answers`.
 */
export function evaluate(answers: Answers | Record<string, unknown>): CompleteResult | IncompleteResult {
  const [given, chosen, marks, count, { berlin, asas, spaFeature }] = read(answers);
  /** The reasons of the chosen options with a mark in `group`: the last id in each. */
  const reasons = (group: RegExp): string[] => chosen.filter((option) => group.test(option)).map((option) => option.match(/\w+/g)!.pop()!);

  // R1 comes before the completeness check: an emergency answer stops the quiz
  // at once, so the remaining questions are never asked.
  const emergencies = reasons(/#/);
  // An empty checkbox list is no answer.
  const missing = QUESTIONS.filter((q) => q.required && !given[q.id]?.[0]).map((q) => q.id);
  if (!emergencies[0] && missing[0]) return { complete: false, missing };

  // R2a-R3e: every match at the see-doctor level, in rule order.
  const doctor = [...reasons(/[~!]/), ...reasons(/\^/)];
  if (berlin > 1 || asas > 3 || (spaFeature && berlin)) doctor.push('inflammatoryPattern');

  // 0 urgent, 1 see-doctor, 2 mechanical.
  const level = emergencies[0] ? 0 : doctor[0] ? 1 : 2;
  const result: CompleteResult = {
    complete: true,
    outcome: (['urgent', 'see-doctor', 'mechanical'] as const)[level],
    reasons: [emergencies, doctor, ['eases']][level]!,
    berlin,
    asas,
    // Most hits first; sort is stable, so ties keep the fixed order. No hits
    // (factors unanswered, [] or only `none`): all five in fixed order.
    focusAreas: level
      ? [...'01234']
          .filter((area) => marks.includes(area) || !/\d/.test(marks))
          .sort((a, b) => count(b) - count(a))
          .map((area) => FOCUS_AREAS[+area]!)
      : [],
    // In TIPS order (spec: Tips): stayActive always, breakUpSitting for a
    // sitting factor, the rest for mechanical only; none when urgent.
    tips: level ? TIPS.filter((_, i) => !i || (i == 2 ? marks.includes('%') : level > 1)) : [],
    cta: (['none', 'secondary', 'primary'] as const)[level],
    rulesVersion: RULES_VERSION,
  };
  if (level == 1) result.urgency = marks.includes('!') ? 'soon' : 'routine';
  return result;
}
