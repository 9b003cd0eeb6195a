import { expect } from 'chai';
import { BASELINE } from '../test-support/quiz-answers.js';
import {
  evaluate,
  scores,
  ASAS,
  BERLIN,
  EMERGENCY_FLAGS,
  FACTOR_AREAS,
  FOCUS_AREAS,
  QUESTIONS,
  RULES_VERSION,
  SEE_DOCTOR_RULES,
  TIPS,
  URGENCIES,
  type Answers,
  type Chosen,
  type CompleteResult,
  type Criterion,
  type IncompleteResult,
  type OptionId,
  type QuestionId,
  type Scores,
  type Urgency,
} from './engine.js';

// Tests for the triage engine against the quiz spec (clinical rules version
// 2026-12). Expected values are written out by hand from the spec, and a
// brute-force section compares the engine with an independent re-reading of
// the spec (the oracle at the bottom of this file).
//
// Choices the spec leaves open, tested as decided:
// - `reasons` follow the rules table: outOfScope, every warning flag in its
//   option order (whatever its urgency), noEase, constant, allNight,
//   longStiffness, diagnosedIA, inflammatoryPattern.
// - see-doctor `today` has cta `none`, so focusAreas and tips are [].
// - `urgency` is a key of see-doctor results only (absent, not undefined).

/** Baseline B from the spec's worked examples (duration lt6w). */
const B = BASELINE;

const REQUIRED: QuestionId[] = [
  'age',
  'emergency',
  'warning',
  'easeTime',
  'relief',
  'night',
  'buttock',
  'onset',
  'duration',
  'onsetAge',
  'related',
];
const MECHANICAL_TIPS = ['stayActive', 'gentleStart', 'hydration', 'mattress'];
const ALL_AREAS = ['jointMobility', 'deepSupport', 'muscleGuarding', 'movementPatterns', 'loadTolerance'];
const EMERGENCY = ['saddle', 'bladderBowel', 'bothLegs', 'sexual', 'majorTrauma', 'chestPain', 'bellyPain'] as const;
const WARNINGS = ['fever', 'weightLoss', 'cancer', 'immune', 'boneRisk', 'lumpShape', 'upperBack', 'coughSneeze', 'newOver50'] as const;
/** The spec's urgency of each warning flag (R2b), written out by hand. */
const WARNING_URGENCY: Record<(typeof WARNINGS)[number], Urgency> = {
  fever: 'today',
  weightLoss: 'soon',
  cancer: 'soon',
  immune: 'today',
  boneRisk: 'today',
  lumpShape: 'soon',
  upperBack: 'soon',
  coughSneeze: 'soon',
  newOver50: 'routine',
};
const DURATIONS = ['lt6w', '6wto3m', 'gt3m'] as const;
const SHORT = ['lt6w', '6wto3m'] as const;

function withB(change: Answers): Answers {
  return { ...B, ...change };
}

function without(...ids: QuestionId[]): Record<string, unknown> {
  const answers: Record<string, unknown> = { ...B };
  for (const id of ids) delete answers[id];
  return answers;
}

function complete(result: CompleteResult | IncompleteResult): CompleteResult {
  if (!result.complete) throw new Error(`expected a complete result, got missing ${JSON.stringify(result.missing)}`);
  return result;
}

interface Summary {
  outcome: string;
  urgency?: string;
  reasons: string[];
  berlin: number;
  asas: number;
  cta: string;
}

/** The outcome-related fields; `urgency` only when the result has the key at all. */
function summary(result: CompleteResult | IncompleteResult): Summary {
  const r = complete(result);
  const s: Summary = { outcome: r.outcome, reasons: r.reasons, berlin: r.berlin, asas: r.asas, cta: r.cta };
  if ('urgency' in r) s.urgency = r.urgency;
  return s;
}

const mechanical = (berlin: number, asas: number): Summary => ({ outcome: 'mechanical', reasons: ['eases'], berlin, asas, cta: 'primary' });
/** R4 with the pattern and pain of under 3 months. */
const watch = (berlin: number, asas: number): Summary => ({
  outcome: 'mechanical',
  reasons: ['eases', 'watchPattern'],
  berlin,
  asas,
  cta: 'primary',
});
/** see-doctor: cta `none` for today (CTA policy), `secondary` for soon and routine. */
const doctor = (urgency: Urgency, reasons: string[], berlin: number, asas: number): Summary => ({
  outcome: 'see-doctor',
  urgency,
  reasons,
  berlin,
  asas,
  cta: urgency === 'today' ? 'none' : 'secondary',
});
const urgent = (reasons: string[], berlin = 0, asas = 0): Summary => ({ outcome: 'urgent', reasons, berlin, asas, cta: 'none' });

function expectThrows(answers: unknown, ...fragments: string[]): void {
  let error: unknown;
  try {
    evaluate(answers as Answers);
  } catch (caught) {
    error = caught;
  }
  expect(error, `evaluate(${String(JSON.stringify(answers))}) should throw`).to.be.instanceOf(Error);
  for (const fragment of fragments) expect((error as Error).message).to.include(fragment);
}

/** The spec's worked examples, row by row: [change from B, whole expected result]. */
const WORKED: [string, Record<string, unknown>, unknown][] = [
  [
    'none (B itself): mechanical, reasons [eases], focusAreas [jointMobility], the four mechanical tips, primary',
    { ...B },
    {
      complete: true,
      outcome: 'mechanical',
      reasons: ['eases'],
      berlin: 0,
      asas: 0,
      focusAreas: ['jointMobility'],
      tips: ['stayActive', 'gentleStart', 'hydration', 'mattress'],
      cta: 'primary',
      rulesVersion: '2026-12',
    },
  ],
  [
    'easeTime 20to30: mechanical, primary',
    { ...B, easeTime: '20to30' },
    {
      complete: true,
      outcome: 'mechanical',
      reasons: ['eases'],
      berlin: 0,
      asas: 0,
      focusAreas: ['jointMobility'],
      tips: ['stayActive', 'gentleStart', 'hydration', 'mattress'],
      cta: 'primary',
      rulesVersion: '2026-12',
    },
  ],
  [
    'easeTime gt60: see-doctor (routine), reasons [longStiffness], secondary',
    { ...B, easeTime: 'gt60' },
    {
      complete: true,
      outcome: 'see-doctor',
      urgency: 'routine',
      reasons: ['longStiffness'],
      berlin: 1,
      asas: 0,
      focusAreas: ['jointMobility'],
      tips: ['stayActive'],
      cta: 'secondary',
      rulesVersion: '2026-12',
    },
  ],
  [
    'emergency [saddle]: urgent, focusAreas [], tips [], none',
    { ...B, emergency: ['saddle'] },
    {
      complete: true,
      outcome: 'urgent',
      reasons: ['saddle'],
      berlin: 0,
      asas: 0,
      focusAreas: [],
      tips: [],
      cta: 'none',
      rulesVersion: '2026-12',
    },
  ],
  [
    'emergency [bellyPain]: urgent, none',
    { ...B, emergency: ['bellyPain'] },
    {
      complete: true,
      outcome: 'urgent',
      reasons: ['bellyPain'],
      berlin: 0,
      asas: 0,
      focusAreas: [],
      tips: [],
      cta: 'none',
      rulesVersion: '2026-12',
    },
  ],
  [
    'easeTime 30to60, relief moveNotRest: mechanical, reasons [eases, watchPattern] (berlin 2, under 3 months), primary',
    { ...B, easeTime: '30to60', relief: 'moveNotRest' },
    {
      complete: true,
      outcome: 'mechanical',
      reasons: ['eases', 'watchPattern'],
      berlin: 2,
      asas: 2,
      focusAreas: ['jointMobility'],
      tips: ['stayActive', 'gentleStart', 'hydration', 'mattress'],
      cta: 'primary',
      rulesVersion: '2026-12',
    },
  ],
  [
    'easeTime 30to60, relief moveNotRest, duration gt3m: see-doctor (routine), reasons [inflammatoryPattern], secondary',
    { ...B, easeTime: '30to60', relief: 'moveNotRest', duration: 'gt3m' },
    {
      complete: true,
      outcome: 'see-doctor',
      urgency: 'routine',
      reasons: ['inflammatoryPattern'],
      berlin: 2,
      asas: 2,
      focusAreas: ['jointMobility'],
      tips: ['stayActive'],
      cta: 'secondary',
      rulesVersion: '2026-12',
    },
  ],
  [
    'warning [fever]: see-doctor (today), focusAreas [], tips [], none',
    { ...B, warning: ['fever'] },
    {
      complete: true,
      outcome: 'see-doctor',
      urgency: 'today',
      reasons: ['fever'],
      berlin: 0,
      asas: 0,
      focusAreas: [],
      tips: [],
      cta: 'none',
      rulesVersion: '2026-12',
    },
  ],
  [
    'warning [cancer]: see-doctor (soon), tips [stayActive], secondary',
    { ...B, warning: ['cancer'] },
    {
      complete: true,
      outcome: 'see-doctor',
      urgency: 'soon',
      reasons: ['cancer'],
      berlin: 0,
      asas: 0,
      focusAreas: ['jointMobility'],
      tips: ['stayActive'],
      cta: 'secondary',
      rulesVersion: '2026-12',
    },
  ],
  [
    'warning [newOver50]: see-doctor (routine), secondary',
    { ...B, warning: ['newOver50'] },
    {
      complete: true,
      outcome: 'see-doctor',
      urgency: 'routine',
      reasons: ['newOver50'],
      berlin: 0,
      asas: 0,
      focusAreas: ['jointMobility'],
      tips: ['stayActive'],
      cta: 'secondary',
      rulesVersion: '2026-12',
    },
  ],
  [
    'warning [fever, weightLoss]: see-doctor (today), reasons [fever, weightLoss], none',
    { ...B, warning: ['fever', 'weightLoss'] },
    {
      complete: true,
      outcome: 'see-doctor',
      urgency: 'today',
      reasons: ['fever', 'weightLoss'],
      berlin: 0,
      asas: 0,
      focusAreas: [],
      tips: [],
      cta: 'none',
      rulesVersion: '2026-12',
    },
  ],
  ['emergency unanswered: complete false, missing [emergency]', without('emergency'), { complete: false, missing: ['emergency'] }],
  [
    'factors [tightHips, avoid, flareActivity]: mechanical, focusAreas [jointMobility, muscleGuarding, movementPatterns, loadTolerance], primary',
    { ...B, factors: ['tightHips', 'avoid', 'flareActivity'] },
    {
      complete: true,
      outcome: 'mechanical',
      reasons: ['eases'],
      berlin: 0,
      asas: 0,
      focusAreas: ['jointMobility', 'muscleGuarding', 'movementPatterns', 'loadTolerance'],
      tips: ['stayActive', 'gentleStart', 'hydration', 'mattress'],
      cta: 'primary',
      rulesVersion: '2026-12',
    },
  ],
];

describe('stiffness engine: worked examples (spec)', () => {
  it('the table has every row of the spec (13)', () => expect(WORKED).to.have.length(13));

  for (const [label, answers, expected] of WORKED) {
    it(label, () => expect(evaluate(answers)).to.deep.equal(expected));
  }

  it('non-see-doctor results of the worked examples have no urgency key at all', () => {
    for (const [label, answers] of WORKED) {
      const result = evaluate(answers);
      if (result.complete && result.outcome !== 'see-doctor') expect(result, label).to.not.have.property('urgency');
    }
  });
});

describe('stiffness engine: scores, each answer on its own from B', () => {
  const cases: [string, Answers, number, number][] = [
    // [label, change from B, berlin, asas]
    ['easeTime lt20', { easeTime: 'lt20' }, 0, 0],
    ['easeTime 20to30 (B1 needs > 30 min; exactly 30 counts here)', { easeTime: '20to30' }, 0, 0],
    ['easeTime 30to60 (B1)', { easeTime: '30to60' }, 1, 0],
    ['easeTime gt60 (B1)', { easeTime: 'gt60' }, 1, 0],
    ['easeTime noEase (B1)', { easeTime: 'noEase' }, 1, 0],
    ['relief rest', { relief: 'rest' }, 0, 0],
    ['relief both (A3 only)', { relief: 'both' }, 0, 1],
    ['relief moveNotRest (B2, A3, A4)', { relief: 'moveNotRest' }, 1, 2],
    ['relief nothing (A4 only)', { relief: 'nothing' }, 0, 1],
    ['night no', { night: 'no' }, 0, 0],
    ['night turning', { night: 'turning' }, 0, 0],
    ['night earlyHours (B3, A5)', { night: 'earlyHours' }, 1, 1],
    ['night allNight', { night: 'allNight' }, 0, 0],
    ['buttock yes (B4)', { buttock: 'yes' }, 1, 0],
    ['buttock no', { buttock: 'no' }, 0, 0],
    ['buttock notSure scores 0', { buttock: 'notSure' }, 0, 0],
    ['onset gradual (A2)', { onset: 'gradual' }, 0, 1],
    ['onset sudden', { onset: 'sudden' }, 0, 0],
    ['onset notSure scores 0', { onset: 'notSure' }, 0, 0],
    ['onsetAge under40 (A1)', { onsetAge: 'under40' }, 0, 1],
    ['onsetAge 40to44', { onsetAge: '40to44' }, 0, 0],
    ['onsetAge 45plus', { onsetAge: '45plus' }, 0, 0],
    ['duration 6wto3m scores nothing', { duration: '6wto3m' }, 0, 0],
    ['duration gt3m scores nothing', { duration: 'gt3m' }, 0, 0],
    ['age under16 scores nothing', { age: 'under16' }, 0, 0],
    ['warning coughSneeze scores nothing', { warning: ['coughSneeze'] }, 0, 0],
    ['related family scores nothing', { related: ['family'] }, 0, 0],
    [
      'everything inflammatory at once',
      { easeTime: '30to60', relief: 'moveNotRest', night: 'earlyHours', buttock: 'yes', onset: 'gradual', onsetAge: 'under40' },
      4,
      5,
    ],
  ];
  for (const [label, change, berlin, asas] of cases) {
    it(`${label}: berlin ${berlin}, asas ${asas}`, () => {
      const r = complete(evaluate(withB(change)));
      expect([r.berlin, r.asas]).to.deep.equal([berlin, asas]);
    });
  }

  it('scores() gives berlin, asas, spaFeature and pattern', () => {
    expect(scores(B)).to.deep.equal({ berlin: 0, asas: 0, spaFeature: false, pattern: false });
    expect(scores(withB({ related: ['otherJoints'], night: 'earlyHours' }))).to.deep.equal({
      berlin: 1,
      asas: 1,
      spaFeature: true,
      pattern: true,
    });
    expect(scores(withB({ related: ['diagnosedIA'] })).spaFeature).to.equal(false);
    for (const feature of ['skinGutEye', 'family', 'otherJoints'] as const) {
      expect(scores(withB({ related: [feature] })), feature).to.deep.equal({ berlin: 0, asas: 0, spaFeature: true, pattern: false });
      expect(scores(withB({ related: ['none', feature] })).spaFeature, `none + ${feature}`).to.equal(true);
    }
    expect(scores({})).to.deep.equal({ berlin: 0, asas: 0, spaFeature: false, pattern: false });
  });

  it('scores().pattern: berlin >= 2, or asas >= 4, or an SpA feature with berlin >= 1; the duration plays no part', () => {
    const cases: [string, Answers, Scores][] = [
      ['berlin 1', { buttock: 'yes' }, { berlin: 1, asas: 0, spaFeature: false, pattern: false }],
      ['berlin 2', { buttock: 'yes', easeTime: '30to60' }, { berlin: 2, asas: 0, spaFeature: false, pattern: true }],
      ['asas 3', { onsetAge: 'under40', onset: 'gradual', relief: 'both' }, { berlin: 0, asas: 3, spaFeature: false, pattern: false }],
      [
        'asas 4',
        { onsetAge: 'under40', onset: 'gradual', relief: 'nothing', night: 'earlyHours' },
        { berlin: 1, asas: 4, spaFeature: false, pattern: true },
      ],
      ['SpA feature, berlin 0', { related: ['family'] }, { berlin: 0, asas: 0, spaFeature: true, pattern: false }],
      ['SpA feature, berlin 1', { related: ['family'], easeTime: 'noEase' }, { berlin: 1, asas: 0, spaFeature: true, pattern: true }],
      ['diagnosedIA, berlin 1', { related: ['diagnosedIA'], easeTime: 'gt60' }, { berlin: 1, asas: 0, spaFeature: false, pattern: false }],
    ];
    for (const [label, change, expected] of cases) {
      for (const duration of DURATIONS) expect(scores(withB({ ...change, duration })), `${label}, ${duration}`).to.deep.equal(expected);
    }
  });

  it('scores() validates like evaluate()', () => {
    expect(() => scores({ easeTime: 'x' })).to.throw('easeTime');
    expect(() => scores({ foo: 'x' })).to.throw('"foo"');
  });
});

describe('stiffness engine: BERLIN and ASAS criteria, each option of each question on its own', () => {
  /** Every (question, option) pair, as "question option". */
  const PAIRS = QUESTIONS.flatMap((question) => question.options.map((option) => `${question.id} ${option}`));
  /** Answers in which only `pair` is chosen. */
  const only = (pair: string): Chosen => {
    const [id, choice] = pair.split(' ');
    return { chose: (question: string, ...options: string[]) => question === id && options.includes(choice) };
  };
  const countedBy = (criterion: Criterion) => PAIRS.filter((pair) => criterion.counts(only(pair)));

  it('BERLIN: B1-B4, each counted by exactly the spec options', () => {
    expect(BERLIN.map((criterion) => [criterion.id, countedBy(criterion)])).to.deep.equal([
      ['B1', ['easeTime 30to60', 'easeTime gt60', 'easeTime noEase']],
      ['B2', ['relief moveNotRest']],
      ['B3', ['night earlyHours']],
      ['B4', ['buttock yes']],
    ]);
  });

  it('ASAS: A1-A5, each counted by exactly the spec options', () => {
    expect(ASAS.map((criterion) => [criterion.id, countedBy(criterion)])).to.deep.equal([
      ['A1', ['onsetAge under40']],
      ['A2', ['onset gradual']],
      ['A3', ['relief both', 'relief moveNotRest']],
      ['A4', ['relief moveNotRest', 'relief nothing']],
      ['A5', ['night earlyHours']],
    ]);
  });

  it('SEE_DOCTOR_RULES: each rule matches exactly the spec condition', () => {
    const none: Scores = { berlin: 0, asas: 0, spaFeature: false, pattern: false };
    const pattern: Scores = { berlin: 2, asas: 0, spaFeature: false, pattern: true };
    const matchedBy = (scores: Scores) =>
      SEE_DOCTOR_RULES.map((rule) => [rule.reason, PAIRS.filter((pair) => rule.matches(only(pair), scores))]);
    const expected = (inflammatory: string[]) => [
      ['outOfScope', ['age under16']],
      ...WARNINGS.map((flag) => [flag, [`warning ${flag}`]]),
      ['noEase', ['easeTime noEase']],
      ['constant', ['relief nothing']],
      ['allNight', ['night allNight']],
      ['longStiffness', ['easeTime gt60']],
      ['diagnosedIA', ['related diagnosedIA']],
      ['inflammatoryPattern', inflammatory],
    ];
    expect(matchedBy(none)).to.deep.equal(expected([]));
    // R3c-e: the pattern and 3 months or more, nothing else.
    expect(matchedBy(pattern)).to.deep.equal(expected(['duration gt3m']));
  });
});

describe('stiffness engine: single answers and their outcome (from B, duration lt6w)', () => {
  const cases: [string, Answers, Summary][] = [
    ['age 16to49', { age: '16to49' }, mechanical(0, 0)],
    ['age 50plus', { age: '50plus' }, mechanical(0, 0)],
    ['age under16 (R2a)', { age: 'under16' }, doctor('routine', ['outOfScope'], 0, 0)],
    ['easeTime lt20', { easeTime: 'lt20' }, mechanical(0, 0)],
    ['easeTime 20to30', { easeTime: '20to30' }, mechanical(0, 0)],
    ['easeTime 30to60 (berlin 1 alone is not the pattern)', { easeTime: '30to60' }, mechanical(1, 0)],
    ['easeTime gt60 (R3a)', { easeTime: 'gt60' }, doctor('routine', ['longStiffness'], 1, 0)],
    ['easeTime noEase (R2c)', { easeTime: 'noEase' }, doctor('soon', ['noEase'], 1, 0)],
    ['relief rest', { relief: 'rest' }, mechanical(0, 0)],
    ['relief both', { relief: 'both' }, mechanical(0, 1)],
    ['relief moveNotRest', { relief: 'moveNotRest' }, mechanical(1, 2)],
    ['relief nothing (R2c)', { relief: 'nothing' }, doctor('soon', ['constant'], 0, 1)],
    ['night no', { night: 'no' }, mechanical(0, 0)],
    ['night turning', { night: 'turning' }, mechanical(0, 0)],
    ['night earlyHours', { night: 'earlyHours' }, mechanical(1, 1)],
    ['night allNight (R2c)', { night: 'allNight' }, doctor('soon', ['allNight'], 0, 0)],
    ['buttock yes', { buttock: 'yes' }, mechanical(1, 0)],
    ['buttock notSure', { buttock: 'notSure' }, mechanical(0, 0)],
    ['onset gradual', { onset: 'gradual' }, mechanical(0, 1)],
    ['onset notSure', { onset: 'notSure' }, mechanical(0, 0)],
    ['onsetAge under40', { onsetAge: 'under40' }, mechanical(0, 1)],
    ['onsetAge 40to44', { onsetAge: '40to44' }, mechanical(0, 0)],
    ['duration lt6w', { duration: 'lt6w' }, mechanical(0, 0)],
    ['duration 6wto3m', { duration: '6wto3m' }, mechanical(0, 0)],
    ['duration gt3m (no pattern: nothing to gate)', { duration: 'gt3m' }, mechanical(0, 0)],
    ['related none', { related: ['none'] }, mechanical(0, 0)],
    ['related diagnosedIA (R3b)', { related: ['diagnosedIA'] }, doctor('routine', ['diagnosedIA'], 0, 0)],
    ['related none + diagnosedIA (R3b)', { related: ['none', 'diagnosedIA'] }, doctor('routine', ['diagnosedIA'], 0, 0)],
    ['related skinGutEye with berlin 0', { related: ['skinGutEye'] }, mechanical(0, 0)],
    ['related family with berlin 0', { related: ['family'] }, mechanical(0, 0)],
    ['related otherJoints with berlin 0', { related: ['otherJoints'] }, mechanical(0, 0)],
    ['related all three SpA features with berlin 0', { related: ['skinGutEye', 'family', 'otherJoints'] }, mechanical(0, 0)],
  ];
  for (const [label, change, expected] of cases) {
    it(label, () => expect(summary(evaluate(withB(change)))).to.deep.equal(expected));
  }
});

describe('stiffness engine: R1 emergency', () => {
  for (const flag of EMERGENCY) {
    it(`${flag} alone is urgent, the whole result`, () => {
      expect(evaluate(withB({ emergency: [flag] }))).to.deep.equal({
        complete: true,
        outcome: 'urgent',
        reasons: [flag],
        berlin: 0,
        asas: 0,
        focusAreas: [],
        tips: [],
        cta: 'none',
        rulesVersion: '2026-12',
      });
    });
    it(`${flag} together with none is still urgent`, () => {
      expect(summary(evaluate(withB({ emergency: ['none', flag] })))).to.deep.equal(urgent([flag]));
      expect(summary(evaluate(withB({ emergency: [flag, 'none'] })))).to.deep.equal(urgent([flag]));
    });
  }

  it('lists every flag once, in option order, whatever order they were ticked in', () => {
    const r = complete(
      evaluate(
        withB({ emergency: ['bellyPain', 'chestPain', 'none', 'saddle', 'sexual', 'saddle', 'bladderBowel', 'majorTrauma', 'bothLegs'] }),
      ),
    );
    expect(r.reasons).to.deep.equal([...EMERGENCY]);
    expect(complete(evaluate(withB({ emergency: ['bellyPain', 'saddle'] }))).reasons).to.deep.equal(['saddle', 'bellyPain']);
  });

  it('emergency [none] alone is not urgent', () => {
    expect(summary(evaluate(B)).outcome).to.equal('mechanical');
  });

  it('has no urgency key, no focus areas, no tips, even with sitting factors', () => {
    const r = complete(evaluate(withB({ emergency: ['bellyPain'], factors: ['afterSitting', 'mostlySitting', 'guarded'] })));
    expect(r).to.not.have.property('urgency');
    expect(r.focusAreas).to.deep.equal([]);
    expect(r.tips).to.deep.equal([]);
    expect(r.cta).to.equal('none');
  });

  it('beats everything: under16, today/soon/routine warning flags, R2c, R3 all at once, long duration', () => {
    const answers = withB({
      age: 'under16',
      emergency: ['majorTrauma'],
      warning: ['fever', 'cancer', 'coughSneeze', 'newOver50'],
      easeTime: 'noEase',
      relief: 'nothing',
      night: 'allNight',
      related: ['diagnosedIA', 'family'],
      buttock: 'yes',
      onset: 'gradual',
      onsetAge: 'under40',
      duration: 'gt3m',
    });
    expect(summary(evaluate(answers))).to.deep.equal(urgent(['majorTrauma'], 2, 3));
  });

  it('wins with every other answer missing (not incomplete), scores 0', () => {
    for (const flag of EMERGENCY) {
      expect(evaluate({ emergency: [flag] })).to.deep.equal({
        complete: true,
        outcome: 'urgent',
        reasons: [flag],
        berlin: 0,
        asas: 0,
        focusAreas: [],
        tips: [],
        cta: 'none',
        rulesVersion: '2026-12',
      });
    }
  });

  it('scores whatever is answered when other answers are missing', () => {
    const r = complete(evaluate({ emergency: ['bellyPain'], easeTime: '30to60', relief: 'moveNotRest', onsetAge: 'under40' }));
    expect(summary(r)).to.deep.equal(urgent(['bellyPain'], 2, 3));
  });
});

describe('stiffness engine: R2 see a doctor (a, b, c) and urgency', () => {
  for (const flag of WARNINGS) {
    const urgency = WARNING_URGENCY[flag];
    it(`warning ${flag} alone: ${urgency}`, () =>
      expect(summary(evaluate(withB({ warning: [flag] })))).to.deep.equal(doctor(urgency, [flag], 0, 0)));
    it(`warning ${flag} with none: ${urgency}`, () => {
      expect(summary(evaluate(withB({ warning: ['none', flag] })))).to.deep.equal(doctor(urgency, [flag], 0, 0));
      expect(summary(evaluate(withB({ warning: [flag, 'none'] })))).to.deep.equal(doctor(urgency, [flag], 0, 0));
    });
    it(`warning ${flag} with gt3m and 6wto3m: still ${urgency}, the duration changes nothing`, () => {
      for (const duration of ['6wto3m', 'gt3m'] as const) {
        expect(summary(evaluate(withB({ warning: [flag], duration })))).to.deep.equal(doctor(urgency, [flag], 0, 0));
      }
    });
  }

  for (const flag of ['fever', 'immune', 'boneRisk'] as const) {
    it(`today (${flag}): cta none, focusAreas [] and tips [], even with sitting factors`, () => {
      expect(evaluate(withB({ warning: [flag], factors: ['afterSitting', 'mostlySitting', 'avoid'] }))).to.deep.equal({
        complete: true,
        outcome: 'see-doctor',
        urgency: 'today',
        reasons: [flag],
        berlin: 0,
        asas: 0,
        focusAreas: [],
        tips: [],
        cta: 'none',
        rulesVersion: '2026-12',
      });
      expect(complete(evaluate(withB({ warning: [flag], factors: undefined }))).focusAreas).to.deep.equal([]);
    });
  }

  it('coughSneeze (new, soon): the whole result', () => {
    expect(evaluate(withB({ warning: ['coughSneeze'], factors: ['mostlySitting'] }))).to.deep.equal({
      complete: true,
      outcome: 'see-doctor',
      urgency: 'soon',
      reasons: ['coughSneeze'],
      berlin: 0,
      asas: 0,
      focusAreas: ['loadTolerance'],
      tips: ['stayActive', 'breakUpSitting'],
      cta: 'secondary',
      rulesVersion: '2026-12',
    });
  });

  it('lists every warning flag once, in option order, whatever their urgency', () => {
    const r = complete(evaluate(withB({ warning: ['newOver50', 'weightLoss', 'fever', 'weightLoss', 'none'] })));
    expect(summary(r)).to.deep.equal(doctor('today', ['fever', 'weightLoss', 'newOver50'], 0, 0));
    expect(summary(evaluate(withB({ warning: [...WARNINGS].reverse() })))).to.deep.equal(doctor('today', [...WARNINGS], 0, 0));
    // routine newOver50 stands after the soon flags before it, by option order, not by urgency.
    expect(complete(evaluate(withB({ warning: ['newOver50', 'coughSneeze', 'upperBack'] }))).reasons).to.deep.equal([
      'upperBack',
      'coughSneeze',
      'newOver50',
    ]);
  });

  // [label, change from B, expected]
  const mixes: [string, Answers, Summary][] = [
    ['today + soon -> today', { warning: ['cancer', 'boneRisk'] }, doctor('today', ['cancer', 'boneRisk'], 0, 0)],
    ['soon + routine -> soon', { warning: ['newOver50', 'lumpShape'] }, doctor('soon', ['lumpShape', 'newOver50'], 0, 0)],
    ['today + routine -> today', { warning: ['newOver50', 'immune'] }, doctor('today', ['immune', 'newOver50'], 0, 0)],
    [
      'today + soon + routine -> today',
      { warning: ['newOver50', 'coughSneeze', 'fever'] },
      doctor('today', ['fever', 'coughSneeze', 'newOver50'], 0, 0),
    ],
    ['two today flags -> today', { warning: ['boneRisk', 'immune', 'fever'] }, doctor('today', ['fever', 'immune', 'boneRisk'], 0, 0)],
    ['two soon flags -> soon', { warning: ['upperBack', 'weightLoss'] }, doctor('soon', ['weightLoss', 'upperBack'], 0, 0)],
    ['under16 alone -> routine', { age: 'under16' }, doctor('routine', ['outOfScope'], 0, 0)],
    ['under16 + fever -> today', { age: 'under16', warning: ['fever'] }, doctor('today', ['outOfScope', 'fever'], 0, 0)],
    ['under16 + cancer -> soon', { age: 'under16', warning: ['cancer'] }, doctor('soon', ['outOfScope', 'cancer'], 0, 0)],
    ['under16 + newOver50 -> routine', { age: 'under16', warning: ['newOver50'] }, doctor('routine', ['outOfScope', 'newOver50'], 0, 0)],
    ['under16 + allNight (R2c) -> soon', { age: 'under16', night: 'allNight' }, doctor('soon', ['outOfScope', 'allNight'], 0, 0)],
    ['under16 + gt60 (R3a) -> routine', { age: 'under16', easeTime: 'gt60' }, doctor('routine', ['outOfScope', 'longStiffness'], 1, 0)],
    ['newOver50 + R2c noEase -> soon', { warning: ['newOver50'], easeTime: 'noEase' }, doctor('soon', ['newOver50', 'noEase'], 1, 0)],
    ['newOver50 + R3a -> routine', { warning: ['newOver50'], easeTime: 'gt60' }, doctor('routine', ['newOver50', 'longStiffness'], 1, 0)],
    [
      'newOver50 + R3b -> routine',
      { warning: ['newOver50'], related: ['diagnosedIA'] },
      doctor('routine', ['newOver50', 'diagnosedIA'], 0, 0),
    ],
    ['boneRisk + R2c constant -> today', { warning: ['boneRisk'], relief: 'nothing' }, doctor('today', ['boneRisk', 'constant'], 0, 1)],
    [
      'fever + R3a + R3b -> today',
      { warning: ['fever'], easeTime: 'gt60', related: ['diagnosedIA'] },
      doctor('today', ['fever', 'longStiffness', 'diagnosedIA'], 1, 0),
    ],
    ['coughSneeze + R3a -> soon', { warning: ['coughSneeze'], easeTime: 'gt60' }, doctor('soon', ['coughSneeze', 'longStiffness'], 1, 0)],
    [
      'immune + the pattern over 3 months -> today, inflammatoryPattern last',
      { warning: ['immune'], easeTime: '30to60', buttock: 'yes', duration: 'gt3m' },
      doctor('today', ['immune', 'inflammatoryPattern'], 2, 0),
    ],
    [
      'newOver50 + the pattern over 3 months -> routine',
      { warning: ['newOver50'], easeTime: '30to60', buttock: 'yes', duration: 'gt3m' },
      doctor('routine', ['newOver50', 'inflammatoryPattern'], 2, 0),
    ],
    [
      'newOver50 + the pattern under 3 months -> routine, no watchPattern',
      { warning: ['newOver50'], easeTime: '30to60', buttock: 'yes', duration: '6wto3m' },
      doctor('routine', ['newOver50'], 2, 0),
    ],
  ];
  for (const [label, change, expected] of mixes) {
    it(`urgency mix: ${label}`, () => expect(summary(evaluate(withB(change)))).to.deep.equal(expected));
  }

  const r2c: [string, Answers, Summary][] = [
    ['easeTime noEase -> noEase (and B1)', { easeTime: 'noEase' }, doctor('soon', ['noEase'], 1, 0)],
    ['relief nothing -> constant (and A4)', { relief: 'nothing' }, doctor('soon', ['constant'], 0, 1)],
    ['night allNight -> allNight', { night: 'allNight' }, doctor('soon', ['allNight'], 0, 0)],
  ];
  for (const [label, change, expected] of r2c) {
    it(`R2c ${label}: soon, for every duration`, () => {
      for (const duration of DURATIONS) expect(summary(evaluate(withB({ ...change, duration }))), duration).to.deep.equal(expected);
    });
  }

  it('R2c lists noEase, constant, allNight in that order', () => {
    expect(summary(evaluate(withB({ night: 'allNight', relief: 'nothing', easeTime: 'noEase' })))).to.deep.equal(
      doctor('soon', ['noEase', 'constant', 'allNight'], 1, 1),
    );
    expect(summary(evaluate(withB({ night: 'allNight', easeTime: 'noEase' })))).to.deep.equal(doctor('soon', ['noEase', 'allNight'], 1, 0));
    expect(summary(evaluate(withB({ night: 'allNight', relief: 'nothing' })))).to.deep.equal(
      doctor('soon', ['constant', 'allNight'], 0, 1),
    );
  });

  it('R2a + R2b + R2c together: all reasons in rule order', () => {
    const answers = withB({ age: 'under16', warning: ['upperBack', 'weightLoss'], easeTime: 'noEase', relief: 'nothing' });
    expect(summary(evaluate(answers))).to.deep.equal(doctor('soon', ['outOfScope', 'weightLoss', 'upperBack', 'noEase', 'constant'], 1, 1));
    const today = withB({ age: 'under16', warning: ['upperBack', 'fever'], easeTime: 'noEase', relief: 'nothing' });
    expect(summary(evaluate(today))).to.deep.equal(doctor('today', ['outOfScope', 'fever', 'upperBack', 'noEase', 'constant'], 1, 1));
  });

  it('see-doctor results always have an urgency key', () => {
    for (const change of [{ age: 'under16' }, { warning: ['fever'] }, { warning: ['cancer'] }, { night: 'allNight' }] as Answers[]) {
      expect(complete(evaluate(withB(change)))).to.have.property('urgency');
    }
  });
});

describe('stiffness engine: R3 and the duration gate', () => {
  it('R3a easeTime gt60: routine longStiffness, for every duration', () => {
    for (const duration of DURATIONS) {
      expect(summary(evaluate(withB({ easeTime: 'gt60', duration }))), duration).to.deep.equal(doctor('routine', ['longStiffness'], 1, 0));
    }
  });

  it('R3b diagnosedIA: routine, for every duration, also with none ticked', () => {
    for (const duration of DURATIONS) {
      expect(summary(evaluate(withB({ related: ['diagnosedIA'], duration }))), duration).to.deep.equal(
        doctor('routine', ['diagnosedIA'], 0, 0),
      );
      expect(summary(evaluate(withB({ related: ['none', 'diagnosedIA'], duration }))), duration).to.deep.equal(
        doctor('routine', ['diagnosedIA'], 0, 0),
      );
    }
  });

  // Each way to the pattern: [label, change from B, berlin, asas].
  const routes: [string, Answers, number, number][] = [
    ['berlin 2 (B1 30to60 + B4)', { easeTime: '30to60', buttock: 'yes' }, 2, 0],
    ['asas 4 (A1 A2 A3 A4, berlin 1)', { onsetAge: 'under40', onset: 'gradual', relief: 'moveNotRest' }, 1, 4],
    [
      'asas 4 via A5 (relief both, earlyHours, berlin 1)',
      { onsetAge: 'under40', onset: 'gradual', relief: 'both', night: 'earlyHours' },
      1,
      4,
    ],
    ['asas 4 via A4 relief nothing is R2c too', { onsetAge: 'under40', onset: 'gradual', relief: 'nothing', night: 'earlyHours' }, 1, 4],
    ['SpA feature family + berlin 1 (B4)', { related: ['family'], buttock: 'yes' }, 1, 0],
    ['SpA feature skinGutEye + berlin 1 (B3)', { related: ['skinGutEye'], night: 'earlyHours' }, 1, 1],
    ['SpA feature otherJoints + none + berlin 1 (B1)', { related: ['none', 'otherJoints'], easeTime: '30to60' }, 1, 0],
  ];
  for (const [label, change, berlin, asas] of routes) {
    const constant = change.relief === 'nothing';
    for (const duration of SHORT) {
      it(`pattern by ${label}, duration ${duration}: ${constant ? 'see-doctor soon [constant], no watchPattern' : 'mechanical [eases, watchPattern]'}`, () => {
        const expected = constant ? doctor('soon', ['constant'], berlin, asas) : watch(berlin, asas);
        expect(summary(evaluate(withB({ ...change, duration })))).to.deep.equal(expected);
      });
    }
    it(`pattern by ${label}, duration gt3m: see-doctor ${constant ? 'soon [constant, inflammatoryPattern]' : 'routine [inflammatoryPattern]'}`, () => {
      const expected = constant
        ? doctor('soon', ['constant', 'inflammatoryPattern'], berlin, asas)
        : doctor('routine', ['inflammatoryPattern'], berlin, asas);
      expect(summary(evaluate(withB({ ...change, duration: 'gt3m' })))).to.deep.equal(expected);
    });
  }

  it('mechanical with watchPattern: the whole result (tips and focus areas as mechanical)', () => {
    expect(evaluate(withB({ easeTime: '30to60', buttock: 'yes', duration: '6wto3m', factors: ['afterSitting'] }))).to.deep.equal({
      complete: true,
      outcome: 'mechanical',
      reasons: ['eases', 'watchPattern'],
      berlin: 2,
      asas: 0,
      focusAreas: ['movementPatterns', 'loadTolerance'],
      tips: ['stayActive', 'gentleStart', 'breakUpSitting', 'hydration', 'mattress'],
      cta: 'primary',
      rulesVersion: '2026-12',
    });
  });

  it('watchPattern never appears on a see-doctor result: any other rule takes it away', () => {
    const pattern: Answers = { easeTime: '30to60', buttock: 'yes' }; // berlin 2
    const cases: [Answers, Summary][] = [
      [{ easeTime: 'gt60' }, doctor('routine', ['longStiffness'], 2, 0)],
      [{ related: ['diagnosedIA'] }, doctor('routine', ['diagnosedIA'], 2, 0)],
      [{ age: 'under16' }, doctor('routine', ['outOfScope'], 2, 0)],
      [{ warning: ['newOver50'] }, doctor('routine', ['newOver50'], 2, 0)],
      [{ warning: ['cancer'] }, doctor('soon', ['cancer'], 2, 0)],
      [{ warning: ['fever'] }, doctor('today', ['fever'], 2, 0)],
      [{ easeTime: 'noEase' }, doctor('soon', ['noEase'], 2, 0)],
      [{ night: 'allNight' }, doctor('soon', ['allNight'], 2, 0)],
      [{ relief: 'nothing' }, doctor('soon', ['constant'], 2, 1)],
    ];
    for (const [change, expected] of cases) {
      for (const duration of SHORT) {
        expect(summary(evaluate(withB({ ...pattern, ...change, duration }))), `${JSON.stringify(change)} ${duration}`).to.deep.equal(
          expected,
        );
      }
    }
  });

  it('the same, 3 months or more: inflammatoryPattern is added as the last reason', () => {
    const pattern: Answers = { easeTime: '30to60', buttock: 'yes', duration: 'gt3m' };
    expect(summary(evaluate(withB({ ...pattern, easeTime: 'gt60' })))).to.deep.equal(
      doctor('routine', ['longStiffness', 'inflammatoryPattern'], 2, 0),
    );
    expect(summary(evaluate(withB({ ...pattern, related: ['diagnosedIA'] })))).to.deep.equal(
      doctor('routine', ['diagnosedIA', 'inflammatoryPattern'], 2, 0),
    );
    expect(summary(evaluate(withB({ ...pattern, age: 'under16' })))).to.deep.equal(
      doctor('routine', ['outOfScope', 'inflammatoryPattern'], 2, 0),
    );
    expect(summary(evaluate(withB({ ...pattern, warning: ['cancer'] })))).to.deep.equal(
      doctor('soon', ['cancer', 'inflammatoryPattern'], 2, 0),
    );
    expect(summary(evaluate(withB({ ...pattern, warning: ['fever'] })))).to.deep.equal(
      doctor('today', ['fever', 'inflammatoryPattern'], 2, 0),
    );
    expect(summary(evaluate(withB({ ...pattern, easeTime: 'noEase' })))).to.deep.equal(
      doctor('soon', ['noEase', 'inflammatoryPattern'], 2, 0),
    );
  });

  it('mechanical without the pattern never has watchPattern, whatever the duration', () => {
    for (const duration of DURATIONS) {
      expect(complete(evaluate(withB({ duration }))).reasons, duration).to.deep.equal(['eases']);
      expect(
        complete(evaluate(withB({ duration, buttock: 'yes', onsetAge: 'under40', onset: 'gradual', relief: 'both' }))).reasons,
      ).to.deep.equal(['eases']);
    }
  });
});

describe('stiffness engine: both sides of every threshold, short and long duration', () => {
  /** Expected for the pattern: watchPattern under 3 months, inflammatoryPattern at gt3m. */
  const patternAt = (duration: (typeof DURATIONS)[number], berlin: number, asas: number): Summary =>
    duration === 'gt3m' ? doctor('routine', ['inflammatoryPattern'], berlin, asas) : watch(berlin, asas);

  const berlinItems: [string, Answers, number][] = [
    // [label, change, asas it brings]
    ['B1 easeTime 30to60', { easeTime: '30to60' }, 0],
    ['B2 relief moveNotRest', { relief: 'moveNotRest' }, 2],
    ['B3 night earlyHours', { night: 'earlyHours' }, 1],
    ['B4 buttock yes', { buttock: 'yes' }, 0],
  ];
  for (const duration of DURATIONS) {
    for (const [label, change, asas] of berlinItems) {
      it(`berlin 1 (${label} alone), ${duration}: mechanical [eases]`, () => {
        expect(summary(evaluate(withB({ ...change, duration })))).to.deep.equal(mechanical(1, asas));
      });
    }
    for (let i = 0; i < berlinItems.length; i++) {
      for (let j = i + 1; j < berlinItems.length; j++) {
        const [labelA, changeA, asasA] = berlinItems[i];
        const [labelB, changeB, asasB] = berlinItems[j];
        it(`berlin 2 (${labelA} + ${labelB}), ${duration}: ${duration === 'gt3m' ? 'see-doctor routine' : 'mechanical, watchPattern'}`, () => {
          expect(summary(evaluate(withB({ ...changeA, ...changeB, duration })))).to.deep.equal(patternAt(duration, 2, asasA + asasB));
        });
      }
    }

    it(`asas 3 (berlin 0 or 1) vs asas 4 (berlin 1), ${duration}`, () => {
      expect(summary(evaluate(withB({ onsetAge: 'under40', onset: 'gradual', relief: 'both', duration })))).to.deep.equal(mechanical(0, 3));
      expect(summary(evaluate(withB({ onsetAge: 'under40', onset: 'notSure', relief: 'moveNotRest', duration })))).to.deep.equal(
        mechanical(1, 3),
      );
      expect(summary(evaluate(withB({ onsetAge: '40to44', onset: 'gradual', relief: 'moveNotRest', duration })))).to.deep.equal(
        mechanical(1, 3),
      );
      expect(summary(evaluate(withB({ onsetAge: 'under40', onset: 'gradual', relief: 'moveNotRest', duration })))).to.deep.equal(
        patternAt(duration, 1, 4),
      );
      expect(
        summary(evaluate(withB({ onsetAge: 'under40', onset: 'gradual', relief: 'both', night: 'earlyHours', duration }))),
      ).to.deep.equal(patternAt(duration, 1, 4));
    });

    for (const feature of ['skinGutEye', 'family', 'otherJoints'] as const) {
      it(`SpA feature ${feature} with berlin 0 vs berlin 1, ${duration}`, () => {
        expect(summary(evaluate(withB({ related: [feature], duration })))).to.deep.equal(mechanical(0, 0));
        expect(summary(evaluate(withB({ related: [feature], onset: 'gradual', onsetAge: 'under40', duration })))).to.deep.equal(
          mechanical(0, 2),
        );
        expect(summary(evaluate(withB({ related: [feature], buttock: 'yes', duration })))).to.deep.equal(patternAt(duration, 1, 0));
        expect(summary(evaluate(withB({ related: ['none', feature], easeTime: '30to60', duration })))).to.deep.equal(
          patternAt(duration, 1, 0),
        );
      });
    }

    it(`diagnosedIA is not an SpA feature: with berlin 1 only diagnosedIA, ${duration}`, () => {
      expect(summary(evaluate(withB({ related: ['diagnosedIA'], buttock: 'yes', duration })))).to.deep.equal(
        doctor('routine', ['diagnosedIA'], 1, 0),
      );
    });

    it(`notSure scores 0: buttock notSure with an SpA feature, onset notSure at asas 4's edge, ${duration}`, () => {
      expect(summary(evaluate(withB({ related: ['family'], buttock: 'notSure', duration })))).to.deep.equal(mechanical(0, 0));
      expect(
        summary(evaluate(withB({ onsetAge: 'under40', onset: 'notSure', relief: 'both', night: 'earlyHours', duration }))),
      ).to.deep.equal(mechanical(1, 3));
    });
  }

  it('R3c + R3d + R3e all matching give one inflammatoryPattern', () => {
    const answers = withB({
      related: ['family'],
      onsetAge: 'under40',
      onset: 'gradual',
      relief: 'moveNotRest',
      night: 'earlyHours',
      buttock: 'yes',
      duration: 'gt3m',
    });
    expect(summary(evaluate(answers))).to.deep.equal(doctor('routine', ['inflammatoryPattern'], 3, 5));
    expect(summary(evaluate({ ...answers, duration: 'lt6w' }))).to.deep.equal(watch(3, 5));
  });

  it('R3a + R3b + R3c-e: all reasons in rule order, routine', () => {
    const answers = withB({ easeTime: 'gt60', related: ['family', 'diagnosedIA'], relief: 'moveNotRest', duration: 'gt3m' });
    expect(summary(evaluate(answers))).to.deep.equal(doctor('routine', ['longStiffness', 'diagnosedIA', 'inflammatoryPattern'], 2, 2));
    expect(summary(evaluate({ ...answers, duration: '6wto3m' }))).to.deep.equal(doctor('routine', ['longStiffness', 'diagnosedIA'], 2, 2));
  });

  it('R2 + R3 everything at once: reasons in full rule order', () => {
    const answers = withB({
      age: 'under16',
      warning: ['newOver50', 'coughSneeze', 'fever'],
      easeTime: 'noEase',
      relief: 'nothing',
      night: 'allNight',
      related: ['diagnosedIA', 'skinGutEye'],
      buttock: 'yes',
      duration: 'gt3m',
    });
    // easeTime noEase excludes gt60, so R3a cannot match here.
    expect(summary(evaluate(answers))).to.deep.equal(
      doctor(
        'today',
        ['outOfScope', 'fever', 'coughSneeze', 'newOver50', 'noEase', 'constant', 'allNight', 'diagnosedIA', 'inflammatoryPattern'],
        2,
        1,
      ),
    );
  });
});

describe('stiffness engine: boundary options of easeTime', () => {
  for (const duration of DURATIONS) {
    it(`20to30 (exactly 30 min) is mechanical and not B1, ${duration}`, () => {
      expect(summary(evaluate(withB({ easeTime: '20to30', duration })))).to.deep.equal(mechanical(0, 0));
      // With B4, 20to30 stays at berlin 1: no pattern.
      expect(summary(evaluate(withB({ easeTime: '20to30', buttock: 'yes', duration })))).to.deep.equal(mechanical(1, 0));
    });

    it(`30to60 (exactly 1 hour) counts B1 but is not R3a, ${duration}`, () => {
      expect(summary(evaluate(withB({ easeTime: '30to60', duration })))).to.deep.equal(mechanical(1, 0));
      expect(summary(evaluate(withB({ easeTime: '30to60', buttock: 'yes', duration })))).to.deep.equal(
        duration === 'gt3m' ? doctor('routine', ['inflammatoryPattern'], 2, 0) : watch(2, 0),
      );
    });

    it(`gt60 is R3a and B1, ${duration}`, () => {
      expect(summary(evaluate(withB({ easeTime: 'gt60', duration })))).to.deep.equal(doctor('routine', ['longStiffness'], 1, 0));
      expect(summary(evaluate(withB({ easeTime: 'gt60', buttock: 'yes', duration })))).to.deep.equal(
        doctor('routine', duration === 'gt3m' ? ['longStiffness', 'inflammatoryPattern'] : ['longStiffness'], 2, 0),
      );
    });

    it(`noEase is R2c (soon) and B1, ${duration}`, () => {
      expect(summary(evaluate(withB({ easeTime: 'noEase', duration })))).to.deep.equal(doctor('soon', ['noEase'], 1, 0));
      expect(summary(evaluate(withB({ easeTime: 'noEase', buttock: 'yes', duration })))).to.deep.equal(
        doctor('soon', duration === 'gt3m' ? ['noEase', 'inflammatoryPattern'] : ['noEase'], 2, 0),
      );
    });
  }
});

describe('stiffness engine: focus areas', () => {
  const focus = (factors: Answers['factors'] | undefined, change: Answers = {}): string[] =>
    complete(evaluate(withB({ ...change, factors }))).focusAreas;

  const single: [OptionId<'factors'>, string[]][] = [
    ['tightHips', ['jointMobility']],
    ['stiffSpine', ['jointMobility', 'movementPatterns']],
    ['tiresEasily', ['deepSupport', 'loadTolerance']],
    ['guarded', ['muscleGuarding']],
    ['soreSpot', ['jointMobility', 'muscleGuarding']],
    ['avoid', ['muscleGuarding', 'movementPatterns']],
    ['afterSitting', ['movementPatterns', 'loadTolerance']],
    ['flareActivity', ['loadTolerance']],
    ['mostlySitting', ['loadTolerance']],
  ];
  for (const [factor, areas] of single) {
    it(`${factor} alone -> ${areas.join(', ')} (ties in fixed order)`, () => expect(focus([factor])).to.deep.equal(areas));
  }

  it('most hits first: loadTolerance 3 before movementPatterns 1', () => {
    expect(focus(['afterSitting', 'flareActivity', 'mostlySitting'])).to.deep.equal(['loadTolerance', 'movementPatterns']);
  });

  it('most hits first, then the fixed order among equals', () => {
    // jointMobility 2, muscleGuarding 1, movementPatterns 1
    expect(focus(['stiffSpine', 'soreSpot'])).to.deep.equal(['jointMobility', 'muscleGuarding', 'movementPatterns']);
    // jointMobility 2 and muscleGuarding 2 tie: fixed order
    expect(focus(['guarded', 'tightHips', 'soreSpot'])).to.deep.equal(['jointMobility', 'muscleGuarding']);
    // muscleGuarding 2 beats jointMobility 1 despite the fixed order
    expect(focus(['guarded', 'avoid', 'tightHips'])).to.deep.equal(['muscleGuarding', 'jointMobility', 'movementPatterns']);
    // loadTolerance 2 first, then deepSupport 1 and movementPatterns 1 in fixed order
    expect(focus(['tiresEasily', 'afterSitting'])).to.deep.equal(['loadTolerance', 'deepSupport', 'movementPatterns']);
    // movementPatterns 3 first, then jointMobility, muscleGuarding, loadTolerance (1 each) in fixed order
    expect(focus(['stiffSpine', 'avoid', 'afterSitting'])).to.deep.equal([
      'movementPatterns',
      'jointMobility',
      'muscleGuarding',
      'loadTolerance',
    ]);
  });

  it('every factor: loadTolerance 4, then jointMobility/muscleGuarding/movementPatterns 3 in fixed order, then deepSupport 1', () => {
    const all = [
      'tightHips',
      'stiffSpine',
      'tiresEasily',
      'guarded',
      'soreSpot',
      'avoid',
      'afterSitting',
      'flareActivity',
      'mostlySitting',
    ] as const;
    const expected = ['loadTolerance', 'jointMobility', 'muscleGuarding', 'movementPatterns', 'deepSupport'];
    expect(focus([...all])).to.deep.equal(expected);
    expect(focus([...all].reverse())).to.deep.equal(expected);
  });

  it('the order the factors were ticked in does not matter', () => {
    expect(focus(['flareActivity', 'avoid', 'tightHips'])).to.deep.equal([
      'jointMobility',
      'muscleGuarding',
      'movementPatterns',
      'loadTolerance',
    ]);
  });

  it('a factor listed twice counts once', () => {
    expect(focus(['guarded', 'guarded', 'tightHips'])).to.deep.equal(['jointMobility', 'muscleGuarding']);
  });

  it('factors unanswered, undefined, [] or only none: all five in fixed order', () => {
    expect(complete(evaluate(without('factors'))).focusAreas).to.deep.equal(ALL_AREAS);
    expect(focus(undefined)).to.deep.equal(ALL_AREAS);
    expect(focus([])).to.deep.equal(ALL_AREAS);
    expect(focus(['none'])).to.deep.equal(ALL_AREAS);
    expect(focus(['none', 'none'])).to.deep.equal(ALL_AREAS);
  });

  it('none ticked with others: the others count', () => {
    expect(focus(['none', 'guarded'])).to.deep.equal(['muscleGuarding']);
    expect(focus(['tiresEasily', 'none'])).to.deep.equal(['deepSupport', 'loadTolerance']);
  });

  it('see-doctor soon and routine get focus areas too; today and urgent get none (cta none)', () => {
    expect(focus(['avoid'], { warning: ['cancer'] })).to.deep.equal(['muscleGuarding', 'movementPatterns']);
    expect(focus(['avoid'], { warning: ['newOver50'] })).to.deep.equal(['muscleGuarding', 'movementPatterns']);
    expect(focus([], { age: 'under16' })).to.deep.equal(ALL_AREAS);
    expect(focus(['avoid'], { easeTime: '30to60', buttock: 'yes', duration: 'gt3m' })).to.deep.equal([
      'muscleGuarding',
      'movementPatterns',
    ]);
    expect(focus(['avoid'], { easeTime: '30to60', buttock: 'yes' })).to.deep.equal(['muscleGuarding', 'movementPatterns']);
    for (const flag of ['fever', 'immune', 'boneRisk'] as const) {
      expect(focus(['avoid'], { warning: [flag] }), flag).to.deep.equal([]);
      expect(focus([], { warning: [flag] }), flag).to.deep.equal([]);
      expect(focus(undefined, { warning: ['newOver50', flag] }), flag).to.deep.equal([]);
    }
    expect(focus([], { emergency: ['chestPain'] })).to.deep.equal([]);
    expect(focus(['avoid'], { emergency: ['bellyPain'] })).to.deep.equal([]);
  });

  it('FOCUS_AREAS lists the ids in tie-break order', () => {
    expect([...FOCUS_AREAS]).to.deep.equal(ALL_AREAS);
  });

  it('FACTOR_AREAS is the spec table', () => {
    expect(JSON.parse(JSON.stringify(FACTOR_AREAS))).to.deep.equal({
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
  });
});

describe('stiffness engine: tips and cta', () => {
  const tips = (change: Answers): string[] => complete(evaluate(withB(change))).tips;
  const SITTING = ['afterSitting', 'mostlySitting'] as const;

  it('mechanical: stayActive, gentleStart, hydration, mattress', () => {
    expect(tips({})).to.deep.equal(MECHANICAL_TIPS);
    expect(tips({ factors: undefined })).to.deep.equal(MECHANICAL_TIPS);
  });

  it('mechanical with watchPattern: the same tips', () => {
    expect(tips({ easeTime: '30to60', relief: 'moveNotRest' })).to.deep.equal(MECHANICAL_TIPS);
    expect(tips({ easeTime: '30to60', relief: 'moveNotRest', factors: ['afterSitting'] })).to.deep.equal([
      'stayActive',
      'gentleStart',
      'breakUpSitting',
      'hydration',
      'mattress',
    ]);
  });

  it('mechanical with afterSitting or mostlySitting adds breakUpSitting in table order', () => {
    const expected = ['stayActive', 'gentleStart', 'breakUpSitting', 'hydration', 'mattress'];
    for (const factor of SITTING) expect(tips({ factors: [factor] }), factor).to.deep.equal(expected);
    expect(tips({ factors: ['mostlySitting', 'afterSitting', 'none'] })).to.deep.equal(expected);
  });

  it('other factors never add breakUpSitting', () => {
    for (const factor of ['tightHips', 'stiffSpine', 'tiresEasily', 'guarded', 'soreSpot', 'avoid', 'flareActivity', 'none'] as const) {
      expect(tips({ factors: [factor] }), factor).to.not.include('breakUpSitting');
    }
  });

  it('see-doctor soon and routine: stayActive only, plus breakUpSitting for sitting factors', () => {
    expect(tips({ easeTime: 'gt60' })).to.deep.equal(['stayActive']);
    expect(tips({ warning: ['newOver50'] })).to.deep.equal(['stayActive']);
    expect(tips({ warning: ['coughSneeze'] })).to.deep.equal(['stayActive']);
    expect(tips({ easeTime: '30to60', relief: 'moveNotRest', duration: 'gt3m' })).to.deep.equal(['stayActive']);
    expect(tips({ warning: ['cancer'], factors: ['afterSitting'] })).to.deep.equal(['stayActive', 'breakUpSitting']);
    expect(tips({ age: 'under16', factors: ['mostlySitting'] })).to.deep.equal(['stayActive', 'breakUpSitting']);
    expect(tips({ night: 'allNight', factors: ['guarded', 'mostlySitting'] })).to.deep.equal(['stayActive', 'breakUpSitting']);
  });

  it('see-doctor today: no tips at all, even with sitting factors', () => {
    for (const flag of ['fever', 'immune', 'boneRisk'] as const) {
      expect(tips({ warning: [flag] }), flag).to.deep.equal([]);
      for (const factor of SITTING) expect(tips({ warning: [flag], factors: [factor] }), `${flag} ${factor}`).to.deep.equal([]);
      expect(tips({ warning: ['cancer', flag], easeTime: 'gt60', factors: [...SITTING] }), flag).to.deep.equal([]);
    }
  });

  it('urgent: no tips at all, even with sitting factors', () => {
    expect(tips({ emergency: ['sexual'], factors: ['afterSitting', 'mostlySitting'] })).to.deep.equal([]);
    expect(tips({ emergency: ['bellyPain'], factors: ['afterSitting'] })).to.deep.equal([]);
  });

  it('cta: urgent none, see-doctor today none, soon and routine secondary, mechanical (with or without watchPattern) primary', () => {
    expect(complete(evaluate(withB({ emergency: ['saddle'] }))).cta).to.equal('none');
    expect(complete(evaluate(withB({ emergency: ['bellyPain'] }))).cta).to.equal('none');
    expect(complete(evaluate(withB({ warning: ['fever'] }))).cta).to.equal('none');
    expect(complete(evaluate(withB({ warning: ['immune'] }))).cta).to.equal('none');
    expect(complete(evaluate(withB({ warning: ['boneRisk'] }))).cta).to.equal('none');
    expect(complete(evaluate(withB({ warning: ['coughSneeze'] }))).cta).to.equal('secondary');
    expect(complete(evaluate(withB({ warning: ['newOver50'] }))).cta).to.equal('secondary');
    expect(complete(evaluate(withB({ easeTime: 'gt60' }))).cta).to.equal('secondary');
    expect(complete(evaluate(B)).cta).to.equal('primary');
    expect(complete(evaluate(withB({ easeTime: '30to60', relief: 'moveNotRest' }))).cta).to.equal('primary');
  });

  it('TIPS lists the ids in output order', () => {
    expect([...TIPS]).to.deep.equal(['stayActive', 'gentleStart', 'breakUpSitting', 'hydration', 'mattress']);
  });
});

describe('stiffness engine: incomplete answers', () => {
  for (const id of REQUIRED) {
    it(`${id} missing alone -> missing [${id}]`, () => {
      expect(evaluate(without(id))).to.deep.equal({ complete: false, missing: [id] });
      expect(evaluate({ ...B, [id]: undefined })).to.deep.equal({ complete: false, missing: [id] });
    });
  }

  for (const id of ['emergency', 'warning', 'related'] as const) {
    it(`${id} given [] counts as missing`, () => {
      expect(evaluate({ ...B, [id]: [] })).to.deep.equal({ complete: false, missing: [id] });
    });
  }

  it('several missing keep QUESTIONS order, not the order they were removed in', () => {
    expect(evaluate(without('related', 'duration', 'relief', 'age', 'onsetAge'))).to.deep.equal({
      complete: false,
      missing: ['age', 'relief', 'duration', 'onsetAge', 'related'],
    });
  });

  it('no answers at all: every required question, in order', () => {
    expect(evaluate({})).to.deep.equal({ complete: false, missing: REQUIRED });
  });

  it('factors is optional: missing, undefined or [] still complete', () => {
    expect(evaluate(without('factors')).complete).to.equal(true);
    expect(evaluate({ ...B, factors: undefined }).complete).to.equal(true);
    expect(evaluate({ ...B, factors: [] }).complete).to.equal(true);
  });

  it('an emergency flag with everything else missing is urgent, not incomplete', () => {
    expect(summary(evaluate({ emergency: ['bladderBowel'] }))).to.deep.equal(urgent(['bladderBowel']));
    expect(summary(evaluate({ emergency: ['none', 'bellyPain'], age: 'under16' }))).to.deep.equal(urgent(['bellyPain']));
  });

  it('emergency [none] with the rest missing is incomplete', () => {
    expect(evaluate({ emergency: ['none'] })).to.deep.equal({ complete: false, missing: REQUIRED.filter((id) => id !== 'emergency') });
  });

  it('R2 answers do not short-circuit: a today or soon warning flag with a missing answer is incomplete', () => {
    expect(evaluate({ ...without('easeTime'), warning: ['fever'], age: 'under16' })).to.deep.equal({
      complete: false,
      missing: ['easeTime'],
    });
    expect(evaluate({ ...without('duration'), warning: ['coughSneeze'] })).to.deep.equal({ complete: false, missing: ['duration'] });
  });

  it('duration is needed even when the pattern is clear', () => {
    expect(evaluate({ ...without('duration'), easeTime: '30to60', relief: 'moveNotRest' })).to.deep.equal({
      complete: false,
      missing: ['duration'],
    });
  });
});

describe('stiffness engine: programming errors', () => {
  it('unknown question names the key', () => {
    expect(() => evaluate({ ...B, foo: 'bar' })).to.throw(Error, 'evaluate(): unknown question "foo"');
  });

  it('__proto__, constructor and other inherited names are unknown questions', () => {
    expectThrows(JSON.parse('{"__proto__": ["saddle"], "age": "16to49"}'), 'unknown question', '"__proto__"');
    expectThrows({ ...B, ['__proto__']: 'x' }, '"__proto__"');
    expectThrows({ ...B, constructor: 'x' }, 'unknown question', '"constructor"');
    expectThrows({ ...B, toString: 'x' }, '"toString"');
    expectThrows({ ...B, hasOwnProperty: 'x' }, '"hasOwnProperty"');
    expectThrows({ ...B, [Symbol('s')]: 'x' }, 'unknown question', 'Symbol(s)');
  });

  it('validation runs before R1', () => {
    expectThrows({ emergency: ['saddle'], foo: 1 }, '"foo"');
    expectThrows({ emergency: ['saddle'], easeTime: 'soon' }, '"easeTime"', '"soon"');
    expectThrows({ emergency: ['bellyPain'], duration: 'gt6m' }, '"duration"', '"gt6m"');
  });

  it('unknown option for a single question names both', () => {
    expect(() => evaluate({ ...B, easeTime: 'x' })).to.throw(Error, 'evaluate(): invalid "easeTime" answer "x"');
    expectThrows({ ...B, easeTime: 'LT20' }, '"easeTime"', '"LT20"');
    expectThrows({ ...B, easeTime: '' }, '"easeTime"', '""');
    expectThrows({ ...B, easeTime: 'rest' }, '"easeTime"', '"rest"'); // another question's option
    expectThrows({ ...B, age: 'toString' }, '"age"', '"toString"');
    expectThrows({ ...B, relief: 'none' }, '"relief"', '"none"');
    expectThrows({ ...B, duration: 'gt3M' }, '"duration"', '"gt3M"');
  });

  it('unknown option in a multi question names both', () => {
    expect(() => evaluate({ ...B, warning: ['fever', 'x'] })).to.throw(Error, 'evaluate(): invalid "warning" answer "x"');
    expectThrows({ ...B, emergency: ['fever'] }, '"emergency"', '"fever"');
    // The new options belong to their own question only.
    expectThrows({ ...B, warning: ['bellyPain'] }, '"warning"', '"bellyPain"');
    expectThrows({ ...B, emergency: ['coughSneeze'] }, '"emergency"', '"coughSneeze"');
    expectThrows({ ...B, factors: ['tightHips', 'hips'] }, '"factors"', '"hips"');
    expectThrows({ ...B, related: ['length'] }, '"related"', '"length"');
  });

  it('a single question given a non-string names both', () => {
    expectThrows({ ...B, easeTime: ['lt20'] }, '"easeTime"', '["lt20"]');
    expectThrows({ ...B, night: 5 }, '"night"', '5');
    expectThrows({ ...B, buttock: true }, '"buttock"', 'true');
    expectThrows({ ...B, onset: null }, '"onset"', 'null');
    expectThrows({ ...B, age: { value: '16to49' } }, '"age"', '{"value":"16to49"}');
  });

  it('a multi question given a non-array names both', () => {
    expectThrows({ ...B, warning: 'fever' }, '"warning"', '"fever"');
    expectThrows({ ...B, emergency: 'saddle' }, '"emergency"', '"saddle"');
    expectThrows({ ...B, related: null }, '"related"', 'null');
    expectThrows({ ...B, factors: { 0: 'tightHips' } }, '"factors"', '{"0":"tightHips"}');
  });

  it('a multi array holding a non-string names both', () => {
    expectThrows({ ...B, warning: [1] }, '"warning"', '1');
    expectThrows({ ...B, warning: ['none', null] }, '"warning"', 'null');
    expectThrows({ ...B, emergency: [undefined] }, '"emergency"', 'undefined');
    expectThrows({ ...B, related: [['family']] }, '"related"', '["family"]');
    // A hole in the array, as a sparse literal would leave it.
    // eslint-disable-next-line no-sparse-arrays
    expectThrows({ ...B, factors: ['tightHips', , 'avoid'] }, '"factors"', 'undefined');
  });

  it('answers that are not an object throw', () => {
    for (const bad of [null, undefined, 'age', 5, [B]]) expectThrows(bad, 'evaluate()');
  });

  it('inherited properties are ignored, never read as answers', () => {
    // Every answer on the prototype: nothing is answered.
    expect(evaluate(Object.create(B) as Answers)).to.deep.equal({ complete: false, missing: REQUIRED });
    // An inherited emergency flag must not make the result urgent.
    const proto = { emergency: ['saddle'], easeTime: 'gt60' };
    const answers = Object.assign(Object.create(proto) as object, without('emergency', 'easeTime')) as Answers;
    expect(evaluate(answers)).to.deep.equal({ complete: false, missing: ['emergency', 'easeTime'] });
    // A prototype-less object works.
    const bare = Object.assign(Object.create(null) as object, B) as Answers;
    expect(summary(evaluate(bare))).to.deep.equal(mechanical(0, 0));
  });
});

describe('stiffness engine: QUESTIONS, rule tables, version, purity', () => {
  it('QUESTIONS: ids, kinds, required, sections and option ids exactly as the spec, in order', () => {
    expect(JSON.parse(JSON.stringify(QUESTIONS))).to.deep.equal([
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
    ]);
  });

  it('SEE_DOCTOR_RULES: one entry per reason, in the order of the spec rule table, with the spec urgency', () => {
    expect(SEE_DOCTOR_RULES.map(({ rule, reason, urgency }) => [rule, reason, urgency])).to.deep.equal([
      ['R2a', 'outOfScope', 'routine'],
      ['R2b', 'fever', 'today'],
      ['R2b', 'weightLoss', 'soon'],
      ['R2b', 'cancer', 'soon'],
      ['R2b', 'immune', 'today'],
      ['R2b', 'boneRisk', 'today'],
      ['R2b', 'lumpShape', 'soon'],
      ['R2b', 'upperBack', 'soon'],
      ['R2b', 'coughSneeze', 'soon'],
      ['R2b', 'newOver50', 'routine'],
      ['R2c', 'noEase', 'soon'],
      ['R2c', 'constant', 'soon'],
      ['R2c', 'allNight', 'soon'],
      ['R3a', 'longStiffness', 'routine'],
      ['R3b', 'diagnosedIA', 'routine'],
      ['R3c-e', 'inflammatoryPattern', 'routine'],
    ]);
  });

  it('EMERGENCY_FLAGS: the emergency options but none, in option order; URGENCIES most urgent first', () => {
    expect([...EMERGENCY_FLAGS]).to.deep.equal(['saddle', 'bladderBowel', 'bothLegs', 'sexual', 'majorTrauma', 'chestPain', 'bellyPain']);
    expect([...URGENCIES]).to.deep.equal(['today', 'soon', 'routine']);
  });

  it('every table is frozen, deeply: a page script cannot change the rules', () => {
    const tables: [string, unknown][] = [
      ['QUESTIONS', QUESTIONS],
      ...QUESTIONS.map((question): [string, unknown] => [`QUESTIONS ${question.id}`, question]),
      ...QUESTIONS.map((question): [string, unknown] => [`QUESTIONS ${question.id} options`, question.options]),
      ['FOCUS_AREAS', FOCUS_AREAS],
      ['TIPS', TIPS],
      ['URGENCIES', URGENCIES],
      ['EMERGENCY_FLAGS', EMERGENCY_FLAGS],
      ['BERLIN', BERLIN],
      ...BERLIN.map((criterion): [string, unknown] => [`BERLIN ${criterion.id}`, criterion]),
      ['ASAS', ASAS],
      ...ASAS.map((criterion): [string, unknown] => [`ASAS ${criterion.id}`, criterion]),
      ['SEE_DOCTOR_RULES', SEE_DOCTOR_RULES],
      ...SEE_DOCTOR_RULES.map((rule): [string, unknown] => [`SEE_DOCTOR_RULES ${rule.reason}`, rule]),
      ['FACTOR_AREAS', FACTOR_AREAS],
      ...Object.entries(FACTOR_AREAS).map(([factor, areas]): [string, unknown] => [`FACTOR_AREAS ${factor}`, areas]),
    ];
    for (const [name, table] of tables) expect(Object.isFrozen(table), name).to.equal(true);

    // What a plain-JavaScript page script might try (modules run in strict mode, so it throws).
    const options = QUESTIONS.find((question) => question.id === 'easeTime')!.options as unknown as string[];
    expect(() => options.push('never')).to.throw(TypeError);
    expect(() => ((QUESTIONS[11] as { required: boolean }).required = true)).to.throw(TypeError);
    expect(() => ((SEE_DOCTOR_RULES[1] as { urgency: string }).urgency = 'routine')).to.throw(TypeError);
    expect(() => ((SEE_DOCTOR_RULES[15] as unknown as { matches: () => boolean }).matches = () => false)).to.throw(TypeError);
    expect(() => (SEE_DOCTOR_RULES as unknown as unknown[]).pop()).to.throw(TypeError);
    expect(() => ((BERLIN[0] as unknown as { counts: () => boolean }).counts = () => false)).to.throw(TypeError);
    expect(() => (ASAS as unknown as unknown[]).splice(0, 1)).to.throw(TypeError);
    expect(() => (URGENCIES as unknown as string[]).reverse()).to.throw(TypeError);
    expect(() => ((EMERGENCY_FLAGS as unknown as string[]).length = 0)).to.throw(TypeError);
    expect(() => (FACTOR_AREAS.tightHips as unknown as string[]).push('deepSupport')).to.throw(TypeError);
    expect(() => ((FACTOR_AREAS as unknown as Record<string, string[]>).guarded = [])).to.throw(TypeError);
    expect(() => evaluate({ ...B, easeTime: 'never' })).to.throw(/easeTime/);
    // The rules are unchanged.
    expect(summary(evaluate(withB({ warning: ['fever'] })))).to.deep.equal(doctor('today', ['fever'], 0, 0));
    expect(summary(evaluate(withB({ easeTime: '30to60', buttock: 'yes', duration: 'gt3m' })))).to.deep.equal(
      doctor('routine', ['inflammatoryPattern'], 2, 0),
    );
    expect(summary(evaluate(withB({ emergency: ['saddle'] })))).to.deep.equal(urgent(['saddle']));
    expect(complete(evaluate(withB({ factors: ['tightHips', 'guarded'] }))).focusAreas).to.deep.equal(['jointMobility', 'muscleGuarding']);
  });

  it('RULES_VERSION is 2026-12 and every complete result carries it', () => {
    expect(RULES_VERSION).to.equal('2026-12');
    const answers: Answers[] = [
      B,
      withB({ easeTime: '30to60', relief: 'moveNotRest' }),
      withB({ easeTime: 'gt60' }),
      withB({ warning: ['cancer'] }),
      withB({ warning: ['fever'] }),
      { emergency: ['saddle'] },
    ];
    for (const a of answers) expect(complete(evaluate(a)).rulesVersion).to.equal('2026-12');
  });

  it('does not mutate the input (frozen input works, deep copy unchanged)', () => {
    const inputs: Record<string, unknown>[] = [
      { ...B, emergency: ['none', 'saddle'], factors: ['avoid', 'tightHips'] },
      { ...B, warning: ['newOver50', 'fever', 'none'], factors: ['mostlySitting', 'none', 'guarded'] },
      { ...B, warning: ['coughSneeze', 'none'], factors: ['mostlySitting'] },
      { ...B, related: ['family', 'none'], buttock: 'yes', duration: 'gt3m' },
      { ...B, related: ['family', 'none'], buttock: 'yes' },
      { ...B, factors: [] },
      { emergency: ['none'] },
    ];
    for (const input of inputs) {
      const before = JSON.stringify(input);
      for (const value of Object.values(input)) if (Array.isArray(value)) Object.freeze(value);
      Object.freeze(input);
      evaluate(input);
      expect(JSON.stringify(input)).to.equal(before);
    }
  });

  it('returns fresh arrays every time', () => {
    // The result arrays are typed as id unions; a caller may still push anything.
    const junk = (list: readonly string[]) => (list as string[]).push('changed');
    const input = withB({ emergency: ['saddle'] });
    const first = complete(evaluate(input));
    expect(first.reasons).to.not.equal(input.emergency);
    junk(first.reasons);
    junk(first.focusAreas);
    junk(first.tips);
    expect(evaluate(input)).to.deep.include({ reasons: ['saddle'], focusAreas: [], tips: [] });

    const mech = complete(evaluate(withB({ factors: [], easeTime: '30to60', buttock: 'yes' })));
    junk(mech.reasons);
    junk(mech.focusAreas);
    junk(mech.tips);
    const again = complete(evaluate(withB({ factors: [], easeTime: '30to60', buttock: 'yes' })));
    expect([again.reasons, again.focusAreas, again.tips]).to.deep.equal([['eases', 'watchPattern'], ALL_AREAS, MECHANICAL_TIPS]);
    expect([...FOCUS_AREAS]).to.deep.equal(ALL_AREAS);
    expect([...TIPS]).to.deep.equal(['stayActive', 'gentleStart', 'breakUpSitting', 'hydration', 'mattress']);

    const today = complete(evaluate(withB({ warning: ['fever'] })));
    junk(today.reasons);
    junk(today.focusAreas);
    expect(evaluate(withB({ warning: ['fever'] }))).to.deep.include({ reasons: ['fever'], focusAreas: [], tips: [] });

    const missingFirst = evaluate({}) as IncompleteResult;
    missingFirst.missing.pop();
    expect((evaluate({}) as IncompleteResult).missing).to.deep.equal(REQUIRED);
  });

  it('types: Answers accepts option ids only', () => {
    const typed: Answers = { easeTime: 'lt20', warning: ['coughSneeze', 'none'], emergency: ['bellyPain'], duration: 'gt3m' };
    // @ts-expect-error `soon` is not an easeTime option
    const wrongOption: Answers = { easeTime: 'soon' };
    // @ts-expect-error a multi question takes an array
    const wrongKind: Answers = { warning: 'fever' };
    // @ts-expect-error bellyPain is an emergency option, not a warning one
    const wrongQuestion: Answers = { warning: ['bellyPain'] };
    const option: OptionId<'night'> = 'earlyHours';
    expect([typed, wrongOption, wrongKind, wrongQuestion, option]).to.have.length(5);
  });
});

// ---------------------------------------------------------------------------
// Brute force against an oracle: a plain, independent re-reading of the spec.
// It shares no code and no tables with the engine.

type Plain = Record<string, string | readonly string[] | undefined>;

interface Expected {
  complete: true;
  outcome: string;
  urgency?: string;
  reasons: string[];
  berlin: number;
  asas: number;
  focusAreas: string[];
  tips: string[];
  cta: string;
  rulesVersion: string;
}

interface ExpectedMissing {
  complete: false;
  missing: string[];
}

function oracle(a: Plain): Expected | ExpectedMissing {
  const list = (id: string): readonly string[] => (a[id] as readonly string[] | undefined) ?? [];
  const ticked = (id: string, option: string): boolean => list(id).includes(option);

  // Scores.
  let berlin = 0;
  if (a.easeTime === '30to60' || a.easeTime === 'gt60' || a.easeTime === 'noEase') berlin += 1;
  if (a.relief === 'moveNotRest') berlin += 1;
  if (a.night === 'earlyHours') berlin += 1;
  if (a.buttock === 'yes') berlin += 1;

  let asas = 0;
  if (a.onsetAge === 'under40') asas += 1;
  if (a.onset === 'gradual') asas += 1;
  if (a.relief === 'moveNotRest' || a.relief === 'both') asas += 1;
  if (a.relief === 'moveNotRest' || a.relief === 'nothing') asas += 1;
  if (a.night === 'earlyHours') asas += 1;

  const spa = ticked('related', 'skinGutEye') || ticked('related', 'family') || ticked('related', 'otherJoints');
  const pattern = berlin >= 2 || asas >= 4 || (spa && berlin >= 1);

  // R1, before anything else.
  const emergencies: string[] = [];
  for (const flag of ['saddle', 'bladderBowel', 'bothLegs', 'sexual', 'majorTrauma', 'chestPain', 'bellyPain']) {
    if (ticked('emergency', flag)) emergencies.push(flag);
  }
  if (emergencies.length > 0) {
    return {
      complete: true,
      outcome: 'urgent',
      reasons: emergencies,
      berlin,
      asas,
      focusAreas: [],
      tips: [],
      cta: 'none',
      rulesVersion: '2026-12',
    };
  }

  // Required answers.
  const missing: string[] = [];
  for (const id of ['age', 'emergency', 'warning', 'easeTime', 'relief', 'night', 'buttock', 'onset', 'duration', 'onsetAge', 'related']) {
    const value = a[id];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) missing.push(id);
  }
  if (missing.length > 0) return { complete: false, missing };

  // R2a-R3e, in table order. today = 3, soon = 2, routine = 1.
  const reasons: string[] = [];
  let level = 0;
  const see = (reason: string, urgency: number): void => {
    reasons.push(reason);
    if (urgency > level) level = urgency;
  };
  if (a.age === 'under16') see('outOfScope', 1);
  if (ticked('warning', 'fever')) see('fever', 3);
  if (ticked('warning', 'weightLoss')) see('weightLoss', 2);
  if (ticked('warning', 'cancer')) see('cancer', 2);
  if (ticked('warning', 'immune')) see('immune', 3);
  if (ticked('warning', 'boneRisk')) see('boneRisk', 3);
  if (ticked('warning', 'lumpShape')) see('lumpShape', 2);
  if (ticked('warning', 'upperBack')) see('upperBack', 2);
  if (ticked('warning', 'coughSneeze')) see('coughSneeze', 2);
  if (ticked('warning', 'newOver50')) see('newOver50', 1);
  if (a.easeTime === 'noEase') see('noEase', 2);
  if (a.relief === 'nothing') see('constant', 2);
  if (a.night === 'allNight') see('allNight', 2);
  if (a.easeTime === 'gt60') see('longStiffness', 1);
  if (ticked('related', 'diagnosedIA')) see('diagnosedIA', 1);
  if (pattern && a.duration === 'gt3m') see('inflammatoryPattern', 1);

  // Focus areas.
  const order = ['jointMobility', 'deepSupport', 'muscleGuarding', 'movementPatterns', 'loadTolerance'];
  const table: Record<string, string[]> = {
    tightHips: ['jointMobility'],
    stiffSpine: ['jointMobility', 'movementPatterns'],
    tiresEasily: ['deepSupport', 'loadTolerance'],
    guarded: ['muscleGuarding'],
    soreSpot: ['jointMobility', 'muscleGuarding'],
    avoid: ['movementPatterns', 'muscleGuarding'],
    afterSitting: ['loadTolerance', 'movementPatterns'],
    flareActivity: ['loadTolerance'],
    mostlySitting: ['loadTolerance'],
  };
  const factors = Object.keys(table).filter((factor) => ticked('factors', factor));
  let focusAreas: string[];
  if (factors.length === 0) {
    focusAreas = order.slice();
  } else {
    const hits: Record<string, number> = {};
    for (const area of order) hits[area] = 0;
    for (const factor of factors) for (const area of table[factor]) hits[area] += 1;
    focusAreas = order.filter((area) => hits[area] > 0).sort((x, y) => hits[y] - hits[x] || order.indexOf(x) - order.indexOf(y));
  }
  const sitting = ticked('factors', 'afterSitting') || ticked('factors', 'mostlySitting');

  if (level === 3) {
    return {
      complete: true,
      outcome: 'see-doctor',
      urgency: 'today',
      reasons,
      berlin,
      asas,
      focusAreas: [],
      tips: [],
      cta: 'none',
      rulesVersion: '2026-12',
    };
  }
  if (level > 0) {
    return {
      complete: true,
      outcome: 'see-doctor',
      urgency: level === 2 ? 'soon' : 'routine',
      reasons,
      berlin,
      asas,
      focusAreas,
      tips: sitting ? ['stayActive', 'breakUpSitting'] : ['stayActive'],
      cta: 'secondary',
      rulesVersion: '2026-12',
    };
  }
  return {
    complete: true,
    outcome: 'mechanical',
    reasons: pattern ? ['eases', 'watchPattern'] : ['eases'],
    berlin,
    asas,
    focusAreas,
    tips: sitting
      ? ['stayActive', 'gentleStart', 'breakUpSitting', 'hydration', 'mattress']
      : ['stayActive', 'gentleStart', 'hydration', 'mattress'],
    cta: 'primary',
    rulesVersion: '2026-12',
  };
}

/** What a result is, for counting what a space exercised: outcome/urgency, or mechanical/watchPattern, or incomplete. */
function kind(result: Expected | ExpectedMissing): string {
  if (!result.complete) return 'incomplete';
  if (result.outcome === 'mechanical' && result.reasons.includes('watchPattern')) return 'mechanical/watchPattern';
  return `${result.outcome}/${result.urgency ?? '-'}`;
}

const EVERY_KIND = ['mechanical/-', 'mechanical/watchPattern', 'see-doctor/routine', 'see-doctor/soon', 'see-doctor/today', 'urgent/-'];

/** B as a search space: one value per question. */
const B_SPACE: Record<string, readonly (string | readonly string[])[]> = Object.fromEntries(
  Object.entries(B).map(([id, value]) => [id, [value]]),
);

/** Every combination of the given values, as answer objects. */
function combinations(space: Record<string, readonly (string | readonly string[] | undefined)[]>): Plain[] {
  let result: Plain[] = [{}];
  for (const [id, values] of Object.entries(space)) {
    result = result.flatMap((partial) => values.map((value) => ({ ...partial, [id]: value })));
  }
  return result;
}

/** Every subset of `options`, in option order. */
function subsets(options: readonly string[]): string[][] {
  const all: string[][] = [];
  for (let mask = 0; mask < 1 << options.length; mask++) all.push(options.filter((_, i) => mask & (1 << i)));
  return all;
}

/**
 * Compares engine and oracle on every answer set; reports the first few
 * differences. Returns how many of each kind of result the space gave, and
 * checks on the way that watchPattern is only ever on mechanical results.
 */
function compareAll(all: Plain[]): Map<string, number> {
  const seen = new Map<string, number>();
  const mismatches: string[] = [];
  for (const answers of all) {
    const actual = evaluate(answers);
    const expected = oracle(answers);
    const key = kind(expected);
    seen.set(key, (seen.get(key) ?? 0) + 1);
    const misplacedWatch = actual.complete && actual.outcome !== 'mechanical' && actual.reasons.includes('watchPattern');
    if ((misplacedWatch || !deepEqual(actual, expected)) && mismatches.length < 5) {
      mismatches.push(`${JSON.stringify(answers)}\n  engine ${JSON.stringify(actual)}\n  oracle ${JSON.stringify(expected)}`);
    }
  }
  expect(mismatches, mismatches.join('\n')).to.deep.equal([]);
  return seen;
}

/** The kinds of result a space gave, sorted. */
const kinds = (seen: Map<string, number>): string[] => [...seen.keys()].sort();

/** Key-order-insensitive equality for plain JSON-like values (undefined-valued keys count as keys). */
function deepEqual(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  const kx = Object.keys(x).sort();
  const ky = Object.keys(y).sort();
  if (kx.join() !== ky.join()) return false;
  return kx.every((k) => deepEqual((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k]));
}

describe('stiffness engine: brute force against an independent oracle', () => {
  const totals = new Map<string, number>();
  const tally = (seen: Map<string, number>): Map<string, number> => {
    for (const [key, count] of seen) totals.set(key, (totals.get(key) ?? 0) + count);
    return seen;
  };

  it('the oracle agrees with every worked example (so it can be trusted to judge)', () => {
    for (const [label, answers, expected] of WORKED) expect(oracle(answers as Plain), label).to.deep.equal(expected);
  });

  it('the deepEqual used here tells a missing key from an undefined one', () => {
    expect(deepEqual({ a: 1 }, { a: 1, urgency: undefined })).to.equal(false);
    expect(deepEqual({ a: [1, 2] }, { a: [2, 1] })).to.equal(false);
    expect(deepEqual({ a: 1, b: [2] }, { b: [2], a: 1 })).to.equal(true);
  });

  it('all mornings answers x related sets x duration, with baseline safety answers', () => {
    const all = combinations({
      ...B_SPACE,
      easeTime: ['lt20', '20to30', '30to60', 'gt60', 'noEase'],
      relief: ['rest', 'both', 'moveNotRest', 'nothing'],
      night: ['no', 'turning', 'earlyHours', 'allNight'],
      buttock: ['yes', 'notSure'],
      onset: ['gradual', 'sudden', 'notSure'],
      duration: ['lt6w', '6wto3m', 'gt3m'],
      onsetAge: ['under40', '40to44', '45plus'],
      related: [['none'], ['diagnosedIA'], ['skinGutEye'], ['family'], ['none', 'otherJoints'], ['diagnosedIA', 'family']],
    });
    expect(all).to.have.length(5 * 4 * 4 * 2 * 3 * 3 * 3 * 6);
    const seen = tally(compareAll(all));
    // Every non-urgent outcome reachable without a warning flag.
    expect(kinds(seen)).to.deep.equal(['mechanical/-', 'mechanical/watchPattern', 'see-doctor/routine', 'see-doctor/soon']);
  });

  it('age x emergency x warning x duration x key mornings answers: every outcome and urgency', () => {
    const all = combinations({
      ...B_SPACE,
      age: ['under16', '16to49', '50plus'],
      emergency: [['none'], ['saddle'], ['none', 'bellyPain'], ['bothLegs', 'chestPain']],
      warning: [['none'], ['fever'], ['none', 'coughSneeze'], ['newOver50'], ['newOver50', 'cancer'], ['boneRisk', 'newOver50']],
      easeTime: ['lt20', '30to60', 'gt60', 'noEase'],
      relief: ['rest', 'moveNotRest', 'nothing'],
      night: ['no', 'earlyHours', 'allNight'],
      duration: ['lt6w', '6wto3m', 'gt3m'],
      related: [['none'], ['family'], ['diagnosedIA']],
    });
    const seen = tally(compareAll(all));
    expect(kinds(seen)).to.deep.equal(EVERY_KIND);
  });

  it('every subset of warning (2^10) x age x easeTime x buttock x duration: every urgency mix', () => {
    const all = combinations({
      ...B_SPACE,
      age: ['under16', '50plus'],
      warning: subsets([
        'fever',
        'weightLoss',
        'cancer',
        'immune',
        'boneRisk',
        'lumpShape',
        'upperBack',
        'coughSneeze',
        'newOver50',
        'none',
      ]),
      // 30to60 is berlin 1, with buttock yes berlin 2 (the pattern); gt60 is R3a; noEase is R2c.
      easeTime: ['30to60', 'gt60', 'noEase'],
      buttock: ['no', 'yes'],
      duration: ['lt6w', 'gt3m'],
    });
    expect(all).to.have.length(2 * 1024 * 3 * 2 * 2);
    const seen = tally(compareAll(all));
    // [] is unanswered: incomplete; [none] at 50plus is mechanical.
    expect(kinds(seen)).to.deep.equal([
      'incomplete',
      'mechanical/-',
      'mechanical/watchPattern',
      'see-doctor/routine',
      'see-doctor/soon',
      'see-doctor/today',
    ]);
  });

  it('every subset of emergency (2^8), with complete and incomplete answers otherwise', () => {
    const all = combinations({
      ...B_SPACE,
      emergency: subsets(['saddle', 'bladderBowel', 'bothLegs', 'sexual', 'majorTrauma', 'chestPain', 'bellyPain', 'none']),
      warning: [['none'], ['fever'], []],
      easeTime: ['lt20', '30to60', undefined],
      buttock: ['yes'],
    });
    const seen = tally(compareAll(all));
    expect(kinds(seen)).to.deep.equal(['incomplete', 'mechanical/-', 'mechanical/watchPattern', 'see-doctor/today', 'urgent/-']);
  });

  it('every subset of factors (2^10), for each kind of result', () => {
    const all = combinations({
      ...B_SPACE,
      emergency: [B.emergency, ['bellyPain']],
      warning: [B.warning, ['fever'], ['coughSneeze'], ['newOver50']],
      easeTime: ['lt20', '30to60'],
      buttock: ['yes'],
      factors: [
        ...subsets([
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
        ]),
        undefined,
      ],
    });
    expect(all).to.have.length(2 * 4 * 2 * 1025);
    const seen = tally(compareAll(all));
    expect(kinds(seen)).to.deep.equal([
      'mechanical/-',
      'mechanical/watchPattern',
      'see-doctor/routine',
      'see-doctor/soon',
      'see-doctor/today',
      'urgent/-',
    ]);
    compareAll([{ ...B, factors: undefined }, without('factors') as Plain, { ...B, factors: [] }]);
  });

  it('every subset of questions left out (2^12), from a mechanical, a today and an urgent answer set', () => {
    const ids = Object.keys(B);
    const bases: Plain[] = [B, { ...B, warning: ['immune'] }, { ...B, emergency: ['none', 'majorTrauma'] }];
    const all: Plain[] = [];
    for (const base of bases) {
      for (const left of subsets(ids)) {
        const answers: Plain = { ...base };
        for (const id of left) delete answers[id];
        all.push(answers);
      }
    }
    expect(all).to.have.length(3 * 4096);
    const seen = tally(compareAll(all));
    expect(kinds(seen)).to.deep.equal(['incomplete', 'mechanical/-', 'see-doctor/today', 'urgent/-']);
  });

  it('together the spaces exercised every outcome and urgency, many times each', () => {
    expect(kinds(totals).filter((key) => key !== 'incomplete')).to.deep.equal(EVERY_KIND);
    for (const key of EVERY_KIND) expect(totals.get(key), key).to.be.greaterThan(100);
  });
});
