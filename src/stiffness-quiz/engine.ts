/**
 * Morning-back-stiffness triage engine, rules version 2026-12.
 *
 * docs/triage-rules.md explains every question, score and rule below in plain
 * words, with its sources; a test checks that its tables and this file name the
 * same ids, rules and urgencies. The ids are public API.
 *
 * This module is pure: no imports, no DOM, no Lit, so it runs in Node, in the
 * browser and in the element alike. It is written to be read by a clinician:
 * the questions are a table, each score criterion and each rule is a named
 * entry in the order of the rules table, and `evaluate()` only walks them.
 */

export const RULES_VERSION = '2026-12';

/** Deep-freezes a public table, so that a page script cannot change the rules. */
function freeze<T>(value: T): T {
  if (Object(value) === value) Object.values(value as object).forEach(freeze);
  return Object.freeze(value);
}

/**
 * The questions in the order they are asked; options in the order they are
 * shown. `multi` questions take a list of options and have an exclusive `none`.
 * Every question is required except `factors`.
 */
export const QUESTIONS = freeze([
  { id: 'age', kind: 'single', required: true, section: 'safety', options: ['under16', '16to49', '50plus'] },
  {
    id: 'emergency',
    kind: 'multi',
    required: true,
    section: 'safety',
    options: ['saddle', 'bladderBowel', 'bothLegs', 'sexual', 'majorTrauma', 'chestPain', 'bellyPain', 'none'],
  },
  {
    id: 'warning',
    kind: 'multi',
    required: true,
    section: 'safety',
    options: ['fever', 'weightLoss', 'cancer', 'immune', 'boneRisk', 'lumpShape', 'upperBack', 'coughSneeze', 'newOver50', 'none'],
  },
  { id: 'easeTime', kind: 'single', required: true, section: 'mornings', options: ['lt20', '20to30', '30to60', 'gt60', 'noEase'] },
  { id: 'relief', kind: 'single', required: true, section: 'mornings', options: ['rest', 'both', 'moveNotRest', 'nothing'] },
  { id: 'night', kind: 'single', required: true, section: 'mornings', options: ['no', 'turning', 'earlyHours', 'allNight'] },
  { id: 'buttock', kind: 'single', required: true, section: 'mornings', options: ['yes', 'no', 'notSure'] },
  { id: 'onset', kind: 'single', required: true, section: 'mornings', options: ['gradual', 'sudden', 'notSure'] },
  { id: 'duration', kind: 'single', required: true, section: 'mornings', options: ['lt6w', '6wto3m', 'gt3m'] },
  { id: 'onsetAge', kind: 'single', required: true, section: 'mornings', options: ['under40', '40to44', '45plus'] },
  {
    id: 'related',
    kind: 'multi',
    required: true,
    section: 'mornings',
    options: ['diagnosedIA', 'skinGutEye', 'family', 'otherJoints', 'none'],
  },
  {
    id: 'factors',
    kind: 'multi',
    required: false,
    section: 'optional',
    options: [
      'tightHips',
      'stiffSpine',
      'tiresEasily',
      'guarded',
      'soreSpot',
      'avoid',
      'afterSitting',
      'flareActivity',
      'mostlySitting',
      'none',
    ],
  },
] as const);

export type Question = (typeof QUESTIONS)[number];
export type QuestionId = Question['id'];
/** Option ids of question Q (of every question when Q is left out). */
export type OptionId<Q extends QuestionId = QuestionId> = Extract<Question, { id: Q }>['options'][number];
/** What the quiz collected: one option id per single question, a list per multi question. */
export type Answers = {
  [Q in QuestionId]?: Extract<Question, { id: Q }>['kind'] extends 'single' ? OptionId<Q> : readonly OptionId<Q>[];
};

export type Outcome = 'urgent' | 'see-doctor' | 'mechanical';
/** How soon to see a doctor, most urgent first (see `URGENCIES`). */
export type Urgency = 'today' | 'soon' | 'routine';
export type Cta = 'none' | 'secondary' | 'primary';

/** Urgencies, most urgent first: a result takes the first one any matched rule has. */
export const URGENCIES = freeze(['today', 'soon', 'routine'] as const);

/** The answers of one run, read through `chose()`; what the score criteria and rules look at. */
export interface Chosen {
  /** True when the reader chose any of `options` for `question` (ticked, for a multi question). */
  chose<Q extends QuestionId>(question: Q, ...options: OptionId<Q>[]): boolean;
}

/** One point of a score: its label in the source criteria and when it counts. */
export interface Criterion {
  readonly id: string;
  readonly counts: (a: Chosen) => boolean;
}

/** Berlin criteria for inflammatory back pain (Rudwaleit 2006). `notSure` scores 0. */
export const BERLIN: readonly Criterion[] = freeze([
  { id: 'B1', counts: (a) => a.chose('easeTime', '30to60', 'gt60', 'noEase') }, // morning stiffness over 30 minutes
  { id: 'B2', counts: (a) => a.chose('relief', 'moveNotRest') }, // better with exercise, not with rest
  { id: 'B3', counts: (a) => a.chose('night', 'earlyHours') }, // waking in the second half of the night
  { id: 'B4', counts: (a) => a.chose('buttock', 'yes') }, // alternating buttock pain
]);

/** ASAS expert criteria for inflammatory back pain (Sieper 2009). `notSure` scores 0. */
export const ASAS: readonly Criterion[] = freeze([
  { id: 'A1', counts: (a) => a.chose('onsetAge', 'under40') }, // began before 40
  { id: 'A2', counts: (a) => a.chose('onset', 'gradual') }, // slow, insidious start
  { id: 'A3', counts: (a) => a.chose('relief', 'moveNotRest', 'both') }, // better with exercise
  { id: 'A4', counts: (a) => a.chose('relief', 'moveNotRest', 'nothing') }, // not better with rest
  { id: 'A5', counts: (a) => a.chose('night', 'earlyHours') }, // night pain, better on getting up
]);

export interface Scores {
  berlin: number;
  asas: number;
  /** Psoriasis, bowel or eye inflammation, family history, or other swollen joints. */
  spaFeature: boolean;
  /** The inflammatory-back-pain pattern: Berlin 2+, ASAS 4+, or an SpA feature with Berlin 1+. */
  pattern: boolean;
}

function score(a: Chosen): Scores {
  const berlin = BERLIN.filter((criterion) => criterion.counts(a)).length;
  const asas = ASAS.filter((criterion) => criterion.counts(a)).length;
  const spaFeature = a.chose('related', 'skinGutEye', 'family', 'otherJoints');
  return { berlin, asas, spaFeature, pattern: berlin >= 2 || asas >= 4 || (spaFeature && berlin >= 1) };
}

/** R1: each of these, ticked, sends the reader to emergency care; the flag is the reason. */
export const EMERGENCY_FLAGS = freeze(['saddle', 'bladderBowel', 'bothLegs', 'sexual', 'majorTrauma', 'chestPain', 'bellyPain'] as const);
export type EmergencyFlag = (typeof EMERGENCY_FLAGS)[number];

/** A see-doctor rule: its number in the rules table, the reason it gives, how soon, and when it matches. */
export interface SeeDoctorRule {
  readonly rule: 'R2a' | 'R2b' | 'R2c' | 'R3a' | 'R3b' | 'R3c-e';
  readonly reason: string;
  readonly urgency: Urgency;
  readonly matches: (a: Chosen, scores: Scores) => boolean;
}

/**
 * R2a-R3e in the order of the rules table, one entry per reason; a result lists
 * the reasons of every match in this order. Warning flags stand in their
 * option order.
 */
export const SEE_DOCTOR_RULES = freeze([
  { rule: 'R2a', reason: 'outOfScope', urgency: 'routine', matches: (a) => a.chose('age', 'under16') },
  // Possible spinal infection (fever, immune) or fracture (boneRisk): the same day.
  { rule: 'R2b', reason: 'fever', urgency: 'today', matches: (a) => a.chose('warning', 'fever') },
  { rule: 'R2b', reason: 'weightLoss', urgency: 'soon', matches: (a) => a.chose('warning', 'weightLoss') },
  { rule: 'R2b', reason: 'cancer', urgency: 'soon', matches: (a) => a.chose('warning', 'cancer') },
  { rule: 'R2b', reason: 'immune', urgency: 'today', matches: (a) => a.chose('warning', 'immune') },
  { rule: 'R2b', reason: 'boneRisk', urgency: 'today', matches: (a) => a.chose('warning', 'boneRisk') },
  { rule: 'R2b', reason: 'lumpShape', urgency: 'soon', matches: (a) => a.chose('warning', 'lumpShape') },
  { rule: 'R2b', reason: 'upperBack', urgency: 'soon', matches: (a) => a.chose('warning', 'upperBack') },
  { rule: 'R2b', reason: 'coughSneeze', urgency: 'soon', matches: (a) => a.chose('warning', 'coughSneeze') },
  { rule: 'R2b', reason: 'newOver50', urgency: 'routine', matches: (a) => a.chose('warning', 'newOver50') },
  { rule: 'R2c', reason: 'noEase', urgency: 'soon', matches: (a) => a.chose('easeTime', 'noEase') },
  { rule: 'R2c', reason: 'constant', urgency: 'soon', matches: (a) => a.chose('relief', 'nothing') },
  { rule: 'R2c', reason: 'allNight', urgency: 'soon', matches: (a) => a.chose('night', 'allNight') },
  { rule: 'R3a', reason: 'longStiffness', urgency: 'routine', matches: (a) => a.chose('easeTime', 'gt60') },
  { rule: 'R3b', reason: 'diagnosedIA', urgency: 'routine', matches: (a) => a.chose('related', 'diagnosedIA') },
  // Berlin and ASAS were made for back pain of more than 3 months.
  {
    rule: 'R3c-e',
    reason: 'inflammatoryPattern',
    urgency: 'routine',
    matches: (a, scores) => scores.pattern && a.chose('duration', 'gt3m'),
  },
] as const satisfies readonly SeeDoctorRule[]);

export type SeeDoctorReason = (typeof SEE_DOCTOR_RULES)[number]['reason'];
/** R4: `eases` always, then `watchPattern` when the pattern holds for pain of under 3 months. */
export type MechanicalReason = 'eases' | 'watchPattern';
export type Reason = EmergencyFlag | SeeDoctorReason | MechanicalReason;

/** Focus-area ids, in tie-break order. */
export const FOCUS_AREAS = freeze(['jointMobility', 'deepSupport', 'muscleGuarding', 'movementPatterns', 'loadTolerance'] as const);
export type FocusArea = (typeof FOCUS_AREAS)[number];

/** The focus areas each `factors` option points to. */
export const FACTOR_AREAS: { readonly [F in Exclude<OptionId<'factors'>, 'none'>]: readonly FocusArea[] } = freeze({
  tightHips: ['jointMobility'],
  stiffSpine: ['jointMobility', 'movementPatterns'],
  tiresEasily: ['deepSupport', 'loadTolerance'],
  guarded: ['muscleGuarding'],
  soreSpot: ['jointMobility', 'muscleGuarding'],
  avoid: ['movementPatterns', 'muscleGuarding'],
  afterSitting: ['loadTolerance', 'movementPatterns'],
  flareActivity: ['loadTolerance'],
  mostlySitting: ['loadTolerance'],
});

/** Tip ids, in output order. */
export const TIPS = freeze(['stayActive', 'gentleStart', 'breakUpSitting', 'hydration', 'mattress'] as const);
export type Tip = (typeof TIPS)[number];

/** When each tip is given, for a result that has a next step to book (`cta` is not `none`). */
const TIP_GIVEN: { readonly [T in Tip]: (a: Chosen, outcome: Outcome) => boolean } = {
  stayActive: () => true,
  gentleStart: (_, outcome) => outcome === 'mechanical',
  breakUpSitting: (a) => a.chose('factors', 'afterSitting', 'mostlySitting'),
  hydration: (_, outcome) => outcome === 'mechanical',
  mattress: (_, outcome) => outcome === 'mechanical',
};

export interface CompleteResult {
  complete: true;
  outcome: Outcome;
  /** Present for `see-doctor` only. */
  urgency?: Urgency;
  reasons: Reason[];
  berlin: number;
  asas: number;
  /** [] when `cta` is `none`. */
  focusAreas: FocusArea[];
  /** [] when `cta` is `none`. */
  tips: Tip[];
  cta: Cta;
  rulesVersion: typeof RULES_VERSION;
}

export interface IncompleteResult {
  complete: false;
  /** Unanswered required questions, in QUESTIONS order. */
  missing: QuestionId[];
}

/** Throws the one kind of error this module has: evaluate() misused, quoting the bad value. */
function fail(problem: string, value: unknown): never {
  let text;
  try {
    text = JSON.stringify(value);
  } catch {
    // A BigInt or a cycle: String() below.
  }
  throw Error(`evaluate(): ${problem} ${text ?? String(value)}`);
}

/**
 * Checks `answers` and returns every question's choices as a list ([] when
 * unanswered). Only own keys are read (inherited properties never count, and
 * `__proto__`, `constructor` and the like are unknown questions); the input is
 * never kept or changed.
 */
function read(answers: unknown): Map<QuestionId, readonly string[]> {
  if (Object(answers) !== answers || Array.isArray(answers)) fail('answers must be an object, got', answers);
  const given = new Map<QuestionId, readonly string[]>();
  for (const key of Reflect.ownKeys(answers as object)) {
    const question = QUESTIONS.find((q) => q.id === key) ?? fail('unknown question', key);
    const value: unknown = (answers as Record<string, unknown>)[question.id];
    if (value === undefined) continue;
    const bad = (value: unknown) => fail(`invalid "${question.id}" answer`, value);
    const multi = question.kind === 'multi';
    // A single answer that is an array, or a multi answer that is not.
    if (multi !== Array.isArray(value)) bad(value);
    const options: readonly string[] = question.options;
    given.set(
      question.id,
      Array.from(multi ? (value as unknown[]) : [value], (option) =>
        options.includes(option as string) ? (option as string) : bad(option),
      ),
    );
  }
  return given;
}

function chosenFrom(given: Map<QuestionId, readonly string[]>): Chosen {
  return { chose: (question, ...options) => options.some((option) => given.get(question)?.includes(option) ?? false) };
}

/** Berlin and ASAS counts, the SpA-feature flag and the pattern; validates like evaluate(). */
export function scores(answers: Answers | Record<string, unknown>): Scores {
  return score(chosenFrom(read(answers)));
}

/** Areas with at least one hit, most hits first, ties in FOCUS_AREAS order; all five when no factor is ticked. */
function focusAreasFor(a: Chosen): FocusArea[] {
  const hits = new Map<FocusArea, number>();
  for (const [factor, areas] of Object.entries(FACTOR_AREAS) as [keyof typeof FACTOR_AREAS, readonly FocusArea[]][]) {
    if (a.chose('factors', factor)) for (const area of areas) hits.set(area, (hits.get(area) ?? 0) + 1);
  }
  if (hits.size === 0) return [...FOCUS_AREAS];
  // sort() is stable, so areas with as many hits keep the fixed order.
  return FOCUS_AREAS.filter((area) => hits.has(area)).sort((x, y) => hits.get(y)! - hits.get(x)!);
}

/**
 * Triage one answer set. Throws on unknown question or option ids and wrong
 * value types (programming errors). Never mutates `answers`.
 */
export function evaluate(answers: Answers | Record<string, unknown>): CompleteResult | IncompleteResult {
  const given = read(answers);
  const a = chosenFrom(given);
  const scored = score(a);
  const { berlin, asas, pattern } = scored;
  const result = (outcome: Outcome, reasons: Reason[], cta: Cta, urgency?: Urgency): CompleteResult => ({
    complete: true,
    outcome,
    ...(urgency && { urgency }),
    reasons,
    berlin,
    asas,
    focusAreas: cta === 'none' ? [] : focusAreasFor(a),
    tips: cta === 'none' ? [] : TIPS.filter((tip) => TIP_GIVEN[tip](a, outcome)),
    cta,
    rulesVersion: RULES_VERSION,
  });

  // R1 comes before the completeness check: an emergency answer stops the quiz
  // at once, so the remaining questions are never asked.
  const emergencies = EMERGENCY_FLAGS.filter((flag) => a.chose('emergency', flag));
  if (emergencies.length) return result('urgent', emergencies, 'none');

  // An empty checkbox list is no answer.
  const missing = QUESTIONS.filter((q) => q.required && !given.get(q.id)?.length).map((q) => q.id);
  if (missing.length) return { complete: false, missing };

  const matched = SEE_DOCTOR_RULES.filter((rule) => rule.matches(a, scored));
  if (matched.length) {
    const urgency = URGENCIES.find((level) => matched.some((rule) => rule.urgency === level))!;
    return result(
      'see-doctor',
      matched.map((rule) => rule.reason),
      urgency === 'today' ? 'none' : 'secondary',
      urgency,
    );
  }
  // R4. With the pattern and 3 months or more, R3c-e would have matched.
  return result('mechanical', pattern ? ['eases', 'watchPattern'] : ['eases'], 'primary');
}
