/**
 * Morning-back-stiffness triage engine, rules version 2026-11.
 *
 * The contract is /work/shared/specs/stiffness-quiz.md: every id below (questions,
 * options, outcomes, reasons, focus areas, tips) is public API and must match it
 * exactly. This module is pure: no imports, no DOM, no Lit, so it runs in Node,
 * in the browser and in the element alike, and can be tested on its own.
 */

export const RULES_VERSION = '2026-11';

/** Deep-freezes the tables so no caller can change what the engine validates against. */
function frozen<T extends readonly unknown[]>(items: T): T {
  for (const item of items) {
    if (typeof item !== 'object' || item === null) continue;
    for (const value of Object.values(item)) if (Array.isArray(value)) Object.freeze(value);
    Object.freeze(item);
  }
  return Object.freeze(items);
}

/** Questions in flow order, options in the spec table's order (reasons follow it). */
export const QUESTIONS = frozen([
  { id: 'age', kind: 'single', required: true, section: 'safety', options: ['under16', '16to49', '50plus'] },
  {
    id: 'emergency',
    kind: 'multi',
    required: true,
    section: 'safety',
    options: ['saddle', 'bladderBowel', 'bothLegs', 'sexual', 'majorTrauma', 'chestPain', 'none'],
  },
  {
    id: 'warning',
    kind: 'multi',
    required: true,
    section: 'safety',
    options: ['fever', 'weightLoss', 'cancer', 'immune', 'boneRisk', 'lumpShape', 'upperBack', 'newOver50', 'none'],
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
    options: ['tightHips', 'stiffSpine', 'tiresEasily', 'guarded', 'soreSpot', 'avoid', 'afterSitting', 'flareActivity', 'mostlySitting', 'none'],
  },
] as const) satisfies readonly QuestionShape[];

interface QuestionShape {
  readonly id: string;
  readonly kind: 'single' | 'multi';
  readonly required: boolean;
  readonly section: 'safety' | 'mornings' | 'optional';
  readonly options: readonly string[];
}

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
export const FOCUS_AREAS = frozen(['jointMobility', 'deepSupport', 'muscleGuarding', 'movementPatterns', 'loadTolerance'] as const);
export type FocusArea = (typeof FOCUS_AREAS)[number];

/** Tip ids, in output order. */
export const TIPS = frozen(['stayActive', 'gentleStart', 'breakUpSitting', 'hydration', 'mattress'] as const);
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

/**
 * Validated answers. Only known question ids are ever stored, in a Map, so
 * nothing can be read through Object.prototype.
 */
class Facts {
  private readonly given = new Map<QuestionId, string | readonly string[]>();

  constructor(answers: unknown) {
    if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
      throw new Error(`evaluate(): answers must be an object, got ${describe(answers)}`);
    }
    const ids = new Set<string>(QUESTIONS.map((question) => question.id));
    // Own keys only (Reflect.ownKeys, not Object.hasOwn, which is ES2022): inherited
    // properties are never read, and `__proto__`, `constructor` and the like are
    // unknown questions.
    const own = new Set(Reflect.ownKeys(answers));
    for (const key of own) {
      if (typeof key !== 'string' || !ids.has(key)) throw new Error(`evaluate(): unknown question ${describe(key)}`);
    }
    for (const question of QUESTIONS) {
      if (!own.has(question.id)) continue;
      const value: unknown = (answers as Record<string, unknown>)[question.id];
      if (value === undefined) continue; // unanswered
      const options: readonly string[] = question.options;
      const check = (option: unknown): string => {
        if (typeof option !== 'string' || !options.includes(option)) {
          throw new Error(`evaluate(): unknown option ${describe(option)} for question "${question.id}"`);
        }
        return option;
      };
      if (question.kind === 'single') {
        if (typeof value !== 'string') {
          throw new Error(`evaluate(): question "${question.id}" takes one option id (a string), got ${describe(value)}`);
        }
        this.given.set(question.id, check(value));
      } else {
        if (!Array.isArray(value)) {
          throw new Error(`evaluate(): question "${question.id}" takes an array of option ids, got ${describe(value)}`);
        }
        // A fresh copy: the caller's array is never kept or changed.
        this.given.set(question.id, Array.from(value as unknown[], check));
      }
    }
  }

  /** Single question Q is answered with `option`. */
  is<Q extends QuestionId>(id: Q, option: OptionId<Q>): boolean {
    return this.given.get(id) === option;
  }

  /** Multi question Q has `option` ticked. */
  has<Q extends QuestionId>(id: Q, option: OptionId<Q>): boolean {
    const value = this.given.get(id);
    return Array.isArray(value) && value.includes(option);
  }

  /** Ticked options of multi question Q other than `none`, once each, in option order. */
  flags<Q extends QuestionId>(id: Q): OptionId<Q>[] {
    return optionsOf(id).filter((option) => option !== 'none' && this.has(id, option));
  }

  /** Required questions without an answer; an empty checkbox list is no answer. */
  missing(): QuestionId[] {
    return QUESTIONS.filter((question) => {
      const value = this.given.get(question.id);
      return question.required && (value === undefined || (Array.isArray(value) && value.length === 0));
    }).map((question) => question.id);
  }

  scores(): Scores {
    // Berlin criteria (Rudwaleit 2006) B1-B4 and ASAS expert criteria (Sieper 2009)
    // A1-A5, as the spec's Scores block. Unanswered and `notSure` score 0.
    const count = (...hits: boolean[]): number => hits.filter(Boolean).length;
    const berlin = count(
      this.is('easeTime', '30to60') || this.is('easeTime', 'gt60') || this.is('easeTime', 'noEase'), // B1
      this.is('relief', 'moveNotRest'), // B2
      this.is('night', 'earlyHours'), // B3
      this.is('buttock', 'yes'), // B4
    );
    const asas = count(
      this.is('onsetAge', 'under40'), // A1
      this.is('onset', 'gradual'), // A2
      this.is('relief', 'moveNotRest') || this.is('relief', 'both'), // A3
      this.is('relief', 'moveNotRest') || this.is('relief', 'nothing'), // A4
      this.is('night', 'earlyHours'), // A5
    );
    const spaFeature = this.has('related', 'skinGutEye') || this.has('related', 'family') || this.has('related', 'otherJoints');
    return { berlin, asas, spaFeature };
  }
}

function optionsOf<Q extends QuestionId>(id: Q): readonly OptionId<Q>[] {
  const options: readonly string[] = QUESTIONS.find((question) => question.id === id)?.options ?? [];
  return options as readonly OptionId<Q>[];
}

interface SeeDoctorRule {
  readonly rule: string;
  readonly reason: string;
  /** R2b and R2c make the doctor visit `soon`; the others leave it `routine`. */
  readonly soon: boolean;
  readonly when: (facts: Facts, scores: Scores) => boolean;
}

/**
 * R2a-R3e, in rule order, which is also the order of `reasons`. R2 and R3 share
 * one outcome level (`see-doctor`), so every match is listed, not only the first.
 */
const SEE_DOCTOR_RULES: readonly SeeDoctorRule[] = [
  { rule: 'R2a', reason: 'outOfScope', soon: false, when: (f) => f.is('age', 'under16') },
  ...optionsOf('warning')
    .filter((flag) => flag !== 'none')
    .map((flag): SeeDoctorRule => ({ rule: 'R2b', reason: flag, soon: true, when: (f) => f.has('warning', flag) })),
  { rule: 'R2c', reason: 'noEase', soon: true, when: (f) => f.is('easeTime', 'noEase') },
  { rule: 'R2c', reason: 'constant', soon: true, when: (f) => f.is('relief', 'nothing') },
  { rule: 'R2c', reason: 'allNight', soon: true, when: (f) => f.is('night', 'allNight') },
  { rule: 'R3a', reason: 'longStiffness', soon: false, when: (f) => f.is('easeTime', 'gt60') },
  { rule: 'R3b', reason: 'diagnosedIA', soon: false, when: (f) => f.has('related', 'diagnosedIA') },
  { rule: 'R3c', reason: 'inflammatoryPattern', soon: false, when: (_, s) => s.berlin >= 2 },
  { rule: 'R3d', reason: 'inflammatoryPattern', soon: false, when: (_, s) => s.asas >= 4 },
  { rule: 'R3e', reason: 'inflammatoryPattern', soon: false, when: (_, s) => s.spaFeature && s.berlin >= 1 },
];

/** Which focus areas each factor points to (spec: Focus areas). */
const FACTOR_AREAS: Readonly<Record<OptionId<'factors'>, readonly FocusArea[]>> = {
  tightHips: ['jointMobility'],
  stiffSpine: ['jointMobility', 'movementPatterns'],
  tiresEasily: ['deepSupport', 'loadTolerance'],
  guarded: ['muscleGuarding'],
  soreSpot: ['jointMobility', 'muscleGuarding'],
  avoid: ['movementPatterns', 'muscleGuarding'],
  afterSitting: ['loadTolerance', 'movementPatterns'],
  flareActivity: ['loadTolerance'],
  mostlySitting: ['loadTolerance'],
  none: [],
};

/** When each tip shows, in TIPS order (spec: Tips). `urgent` never gets here. */
const TIP_RULES: Readonly<Record<Tip, (outcome: 'see-doctor' | 'mechanical', facts: Facts) => boolean>> = {
  stayActive: () => true,
  gentleStart: (outcome) => outcome === 'mechanical',
  breakUpSitting: (_, f) => f.has('factors', 'afterSitting') || f.has('factors', 'mostlySitting'),
  hydration: (outcome) => outcome === 'mechanical',
  mattress: (outcome) => outcome === 'mechanical',
};

function focusAreas(facts: Facts): FocusArea[] {
  const factors = facts.flags('factors');
  // Unanswered, [] or only `none`: nothing to rank by, so all five in fixed order.
  if (factors.length === 0) return [...FOCUS_AREAS];
  const hits = (area: FocusArea): number => factors.filter((factor) => FACTOR_AREAS[factor].includes(area)).length;
  // Array sort is stable, so equal counts keep the fixed tie-break order.
  return FOCUS_AREAS.filter((area) => hits(area) >= 1).sort((a, b) => hits(b) - hits(a));
}

/** Berlin and ASAS counts and the SpA-feature flag; validates like evaluate(). */
export function scores(answers: Answers | Record<string, unknown>): Scores {
  return new Facts(answers).scores();
}

/**
 * Triage one answer set. Throws on unknown question or option ids and wrong
 * value types (programming errors). Never mutates `answers`.
 */
export function evaluate(answers: Answers | Record<string, unknown>): CompleteResult | IncompleteResult {
  const facts = new Facts(answers);
  const { berlin, asas, spaFeature } = facts.scores();
  const base = { complete: true, berlin, asas, rulesVersion: RULES_VERSION } as const;

  // R1 comes before the completeness check: an emergency answer stops the quiz
  // at once, so the remaining questions are never asked.
  const emergencies = facts.flags('emergency');
  if (emergencies.length > 0) {
    return { ...base, outcome: 'urgent', reasons: emergencies, focusAreas: [], tips: [], cta: 'none' };
  }

  const missing = facts.missing();
  if (missing.length > 0) return { complete: false, missing };

  const matched = SEE_DOCTOR_RULES.filter((rule) => rule.when(facts, { berlin, asas, spaFeature }));
  const outcome = matched.length > 0 ? 'see-doctor' : 'mechanical';
  const tips = TIPS.filter((tip) => TIP_RULES[tip](outcome, facts));
  if (outcome === 'mechanical') {
    return { ...base, outcome, reasons: ['eases'], focusAreas: focusAreas(facts), tips, cta: 'primary' };
  }
  return {
    ...base,
    outcome,
    urgency: matched.some((rule) => rule.soon) ? 'soon' : 'routine',
    // R3c, R3d and R3e share one reason: list it once.
    reasons: [...new Set(matched.map((rule) => rule.reason))],
    focusAreas: focusAreas(facts),
    tips,
    cta: 'secondary',
  };
}

/** A value as error messages quote it: JSON, cut short when huge. */
function describe(value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    // BigInt or a cycle: fall through to String().
  }
  if (text === undefined) {
    try {
      text = typeof value === 'symbol' ? value.toString() : String(value);
    } catch {
      text = Object.prototype.toString.call(value); // e.g. an object without a prototype
    }
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
