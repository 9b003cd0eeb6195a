import { expect } from '@open-wc/testing';
import { BASELINE } from '../test-support/quiz-answers.js';
import {
  evaluate,
  scores,
  FOCUS_AREAS,
  QUESTIONS,
  RULES_VERSION,
  TIPS,
  type Answers,
  type CompleteResult,
  type IncompleteResult,
  type OptionId,
  type QuestionId,
} from './engine.js';

// Tests for the triage engine against /work/shared/specs/stiffness-quiz.md
// (rules version 2026-11). Expected values are written out by hand from the
// spec, and a brute-force section compares the engine with an independent
// re-implementation (the oracle at the bottom of this file).

/** Baseline B from the spec's worked examples. */
const B = BASELINE;

const REQUIRED: QuestionId[] = ['age', 'emergency', 'warning', 'easeTime', 'relief', 'night', 'buttock', 'onset', 'duration', 'onsetAge', 'related'];
const MECHANICAL_TIPS = ['stayActive', 'gentleStart', 'hydration', 'mattress'];
const ALL_AREAS = ['jointMobility', 'deepSupport', 'muscleGuarding', 'movementPatterns', 'loadTolerance'];

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
const doctor = (urgency: 'soon' | 'routine', reasons: string[], berlin: number, asas: number): Summary => ({
  outcome: 'see-doctor',
  urgency,
  reasons,
  berlin,
  asas,
  cta: 'secondary',
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

describe('stiffness engine: worked examples (spec)', () => {
  it('B itself: mechanical, focusAreas [jointMobility], primary', () => {
    expect(evaluate(B)).to.deep.equal({
      complete: true,
      outcome: 'mechanical',
      reasons: ['eases'],
      berlin: 0,
      asas: 0,
      focusAreas: ['jointMobility'],
      tips: MECHANICAL_TIPS,
      cta: 'primary',
      rulesVersion: '2026-11',
    });
  });

  it('easeTime 20to30: mechanical, primary', () => {
    expect(evaluate(withB({ easeTime: '20to30' }))).to.deep.equal({
      complete: true,
      outcome: 'mechanical',
      reasons: ['eases'],
      berlin: 0,
      asas: 0,
      focusAreas: ['jointMobility'],
      tips: MECHANICAL_TIPS,
      cta: 'primary',
      rulesVersion: '2026-11',
    });
  });

  it('easeTime gt60: see-doctor (routine), secondary', () => {
    expect(evaluate(withB({ easeTime: 'gt60' }))).to.deep.equal({
      complete: true,
      outcome: 'see-doctor',
      urgency: 'routine',
      reasons: ['longStiffness'],
      berlin: 1,
      asas: 0,
      focusAreas: ['jointMobility'],
      tips: ['stayActive'],
      cta: 'secondary',
      rulesVersion: '2026-11',
    });
  });

  it('emergency [saddle]: urgent, focusAreas [], tips [], cta none', () => {
    expect(evaluate(withB({ emergency: ['saddle'] }))).to.deep.equal({
      complete: true,
      outcome: 'urgent',
      reasons: ['saddle'],
      berlin: 0,
      asas: 0,
      focusAreas: [],
      tips: [],
      cta: 'none',
      rulesVersion: '2026-11',
    });
  });

  it('easeTime 30to60 + relief moveNotRest: see-doctor (berlin 2), secondary', () => {
    expect(evaluate(withB({ easeTime: '30to60', relief: 'moveNotRest' }))).to.deep.equal({
      complete: true,
      outcome: 'see-doctor',
      urgency: 'routine',
      reasons: ['inflammatoryPattern'],
      berlin: 2,
      asas: 2,
      focusAreas: ['jointMobility'],
      tips: ['stayActive'],
      cta: 'secondary',
      rulesVersion: '2026-11',
    });
  });

  it('warning [fever]: see-doctor (soon), secondary', () => {
    expect(evaluate(withB({ warning: ['fever'] }))).to.deep.equal({
      complete: true,
      outcome: 'see-doctor',
      urgency: 'soon',
      reasons: ['fever'],
      berlin: 0,
      asas: 0,
      focusAreas: ['jointMobility'],
      tips: ['stayActive'],
      cta: 'secondary',
      rulesVersion: '2026-11',
    });
  });

  it('emergency unanswered: complete false, missing [emergency]', () => {
    expect(evaluate(without('emergency'))).to.deep.equal({ complete: false, missing: ['emergency'] });
  });

  it('factors [tightHips, avoid, flareActivity]: mechanical, four areas with ties in fixed order, primary', () => {
    expect(evaluate(withB({ factors: ['tightHips', 'avoid', 'flareActivity'] }))).to.deep.equal({
      complete: true,
      outcome: 'mechanical',
      reasons: ['eases'],
      berlin: 0,
      asas: 0,
      focusAreas: ['jointMobility', 'muscleGuarding', 'movementPatterns', 'loadTolerance'],
      tips: MECHANICAL_TIPS,
      cta: 'primary',
      rulesVersion: '2026-11',
    });
  });
});

describe('stiffness engine: scores, each answer on its own from B', () => {
  const cases: [string, Answers, number, number][] = [
    // [label, change from B, berlin, asas]
    ['easeTime lt20', { easeTime: 'lt20' }, 0, 0],
    ['easeTime 20to30 (B1 needs > 30 min)', { easeTime: '20to30' }, 0, 0],
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
    ['duration gt3m scores nothing', { duration: 'gt3m' }, 0, 0],
    ['related family scores nothing', { related: ['family'] }, 0, 0],
    ['everything inflammatory at once', { easeTime: '30to60', relief: 'moveNotRest', night: 'earlyHours', buttock: 'yes', onset: 'gradual', onsetAge: 'under40' }, 4, 5],
  ];
  for (const [label, change, berlin, asas] of cases) {
    it(`${label}: berlin ${berlin}, asas ${asas}`, () => {
      const r = complete(evaluate(withB(change)));
      expect([r.berlin, r.asas]).to.deep.equal([berlin, asas]);
    });
  }

  it('scores() gives berlin, asas and spaFeature', () => {
    expect(scores(B)).to.deep.equal({ berlin: 0, asas: 0, spaFeature: false });
    expect(scores(withB({ related: ['otherJoints'], night: 'earlyHours' }))).to.deep.equal({ berlin: 1, asas: 1, spaFeature: true });
    expect(scores(withB({ related: ['diagnosedIA'] })).spaFeature).to.equal(false);
    for (const feature of ['skinGutEye', 'family', 'otherJoints'] as const) {
      expect(scores(withB({ related: [feature] })).spaFeature, feature).to.equal(true);
      expect(scores(withB({ related: ['none', feature] })).spaFeature, `none + ${feature}`).to.equal(true);
    }
    expect(scores({}).berlin).to.equal(0);
  });

  it('scores() validates like evaluate()', () => {
    expect(() => scores({ easeTime: 'x' })).to.throw('easeTime');
  });
});

describe('stiffness engine: single answers and their outcome (from B)', () => {
  const cases: [string, Answers, Summary][] = [
    ['age 16to49', { age: '16to49' }, mechanical(0, 0)],
    ['age 50plus', { age: '50plus' }, mechanical(0, 0)],
    ['age under16 (R2a)', { age: 'under16' }, doctor('routine', ['outOfScope'], 0, 0)],
    ['easeTime lt20', { easeTime: 'lt20' }, mechanical(0, 0)],
    ['easeTime 20to30', { easeTime: '20to30' }, mechanical(0, 0)],
    ['easeTime 30to60 (berlin 1 alone is not enough)', { easeTime: '30to60' }, mechanical(1, 0)],
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
    ['duration gt3m', { duration: 'gt3m' }, mechanical(0, 0)],
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
  const flags = ['saddle', 'bladderBowel', 'bothLegs', 'sexual', 'majorTrauma', 'chestPain'] as const;
  for (const flag of flags) {
    it(`${flag} alone is urgent`, () => expect(summary(evaluate(withB({ emergency: [flag] })))).to.deep.equal(urgent([flag])));
    it(`${flag} together with none is still urgent`, () => {
      expect(summary(evaluate(withB({ emergency: ['none', flag] })))).to.deep.equal(urgent([flag]));
      expect(summary(evaluate(withB({ emergency: [flag, 'none'] })))).to.deep.equal(urgent([flag]));
    });
  }

  it('lists every flag once, in option order, whatever order they were ticked in', () => {
    const r = complete(evaluate(withB({ emergency: ['chestPain', 'none', 'saddle', 'sexual', 'saddle', 'bladderBowel', 'majorTrauma', 'bothLegs'] })));
    expect(r.reasons).to.deep.equal([...flags]);
  });

  it('emergency [none] alone is not urgent', () => {
    expect(summary(evaluate(B)).outcome).to.equal('mechanical');
  });

  it('has no urgency key, no focus areas, no tips, even with sitting factors', () => {
    const r = complete(evaluate(withB({ emergency: ['bothLegs'], factors: ['afterSitting', 'mostlySitting', 'guarded'] })));
    expect(r).to.not.have.property('urgency');
    expect(r.focusAreas).to.deep.equal([]);
    expect(r.tips).to.deep.equal([]);
    expect(r.cta).to.equal('none');
  });

  it('beats everything: under16, every warning flag, R2c, R3 all at once', () => {
    const answers = withB({
      age: 'under16',
      emergency: ['majorTrauma'],
      warning: ['fever', 'cancer', 'newOver50'],
      easeTime: 'noEase',
      relief: 'nothing',
      night: 'allNight',
      related: ['diagnosedIA', 'family'],
      buttock: 'yes',
      onset: 'gradual',
      onsetAge: 'under40',
    });
    expect(summary(evaluate(answers))).to.deep.equal(urgent(['majorTrauma'], 2, 3));
  });

  it('wins with every other answer missing (not incomplete), scores 0', () => {
    for (const flag of flags) {
      expect(evaluate({ emergency: [flag] })).to.deep.equal({
        complete: true,
        outcome: 'urgent',
        reasons: [flag],
        berlin: 0,
        asas: 0,
        focusAreas: [],
        tips: [],
        cta: 'none',
        rulesVersion: '2026-11',
      });
    }
  });

  it('scores whatever is answered when other answers are missing', () => {
    const r = complete(evaluate({ emergency: ['saddle'], easeTime: '30to60', relief: 'moveNotRest', onsetAge: 'under40' }));
    expect(summary(r)).to.deep.equal(urgent(['saddle'], 2, 3));
  });
});

describe('stiffness engine: R2 see a doctor (a, b, c)', () => {
  const warnings = ['fever', 'weightLoss', 'cancer', 'immune', 'boneRisk', 'lumpShape', 'upperBack', 'newOver50'] as const;
  for (const flag of warnings) {
    it(`warning ${flag} alone: soon`, () => expect(summary(evaluate(withB({ warning: [flag] })))).to.deep.equal(doctor('soon', [flag], 0, 0)));
    it(`warning ${flag} with none: soon`, () => {
      expect(summary(evaluate(withB({ warning: ['none', flag] })))).to.deep.equal(doctor('soon', [flag], 0, 0));
    });
  }

  it('lists every warning flag once, in option order', () => {
    const r = complete(evaluate(withB({ warning: ['newOver50', 'weightLoss', 'fever', 'weightLoss', 'none'] })));
    expect(r.reasons).to.deep.equal(['fever', 'weightLoss', 'newOver50']);
    expect(complete(evaluate(withB({ warning: [...warnings].reverse() }))).reasons).to.deep.equal([...warnings]);
  });

  it('R2a under16 alone is routine', () => {
    expect(summary(evaluate(withB({ age: 'under16' })))).to.deep.equal(doctor('routine', ['outOfScope'], 0, 0));
  });

  it('R2a under16 with a warning flag is soon, both reasons', () => {
    expect(summary(evaluate(withB({ age: 'under16', warning: ['immune'] })))).to.deep.equal(doctor('soon', ['outOfScope', 'immune'], 0, 0));
  });

  it('R2a under16 with R2c is soon', () => {
    expect(summary(evaluate(withB({ age: 'under16', night: 'allNight' })))).to.deep.equal(doctor('soon', ['outOfScope', 'allNight'], 0, 0));
  });

  it('R2c lists noEase, constant, allNight in that order', () => {
    expect(summary(evaluate(withB({ night: 'allNight', relief: 'nothing', easeTime: 'noEase' })))).to.deep.equal(
      doctor('soon', ['noEase', 'constant', 'allNight'], 1, 1),
    );
    expect(summary(evaluate(withB({ night: 'allNight', easeTime: 'noEase' })))).to.deep.equal(doctor('soon', ['noEase', 'allNight'], 1, 0));
    expect(summary(evaluate(withB({ night: 'allNight', relief: 'nothing' })))).to.deep.equal(doctor('soon', ['constant', 'allNight'], 0, 1));
  });

  it('R2a + R2b + R2c together: all reasons in rule order, soon', () => {
    const answers = withB({ age: 'under16', warning: ['upperBack', 'fever'], easeTime: 'noEase', relief: 'nothing' });
    expect(summary(evaluate(answers))).to.deep.equal(doctor('soon', ['outOfScope', 'fever', 'upperBack', 'noEase', 'constant'], 1, 1));
  });
});

describe('stiffness engine: R3 inflammatory pattern (a-e) and thresholds', () => {
  it('R3a easeTime gt60 alone: routine longStiffness', () => {
    expect(summary(evaluate(withB({ easeTime: 'gt60' })))).to.deep.equal(doctor('routine', ['longStiffness'], 1, 0));
  });

  // R3c: berlin 1 is mechanical, 2 is see-doctor; each pair of Berlin items crosses the line.
  const berlinItems: [string, Answers][] = [
    ['B1 easeTime 30to60', { easeTime: '30to60' }],
    ['B2 relief moveNotRest', { relief: 'moveNotRest' }],
    ['B3 night earlyHours', { night: 'earlyHours' }],
    ['B4 buttock yes', { buttock: 'yes' }],
  ];
  for (const [label, change] of berlinItems) {
    it(`R3c: ${label} alone (berlin 1) stays mechanical`, () => {
      const r = summary(evaluate(withB(change)));
      expect([r.outcome, r.berlin]).to.deep.equal(['mechanical', 1]);
    });
  }
  for (let i = 0; i < berlinItems.length; i++) {
    for (let j = i + 1; j < berlinItems.length; j++) {
      const [labelA, changeA] = berlinItems[i];
      const [labelB, changeB] = berlinItems[j];
      it(`R3c: ${labelA} + ${labelB} (berlin 2) is see-doctor routine`, () => {
        const r = summary(evaluate(withB({ ...changeA, ...changeB })));
        expect([r.outcome, r.urgency, r.reasons, r.berlin]).to.deep.equal(['see-doctor', 'routine', ['inflammatoryPattern'], 2]);
      });
    }
  }

  it('R3d: asas 3 stays mechanical (under40, gradual, relief both)', () => {
    expect(summary(evaluate(withB({ onsetAge: 'under40', onset: 'gradual', relief: 'both' })))).to.deep.equal(mechanical(0, 3));
  });

  it('R3d: asas 3 with berlin 1 stays mechanical (under40, gradual notSure, moveNotRest)', () => {
    expect(summary(evaluate(withB({ onsetAge: 'under40', onset: 'notSure', relief: 'moveNotRest' })))).to.deep.equal(mechanical(1, 3));
    expect(summary(evaluate(withB({ onsetAge: '40to44', onset: 'gradual', relief: 'moveNotRest' })))).to.deep.equal(mechanical(1, 3));
  });

  it('R3d: asas 4 with berlin 1 is see-doctor routine (under40, gradual, moveNotRest)', () => {
    expect(summary(evaluate(withB({ onsetAge: 'under40', onset: 'gradual', relief: 'moveNotRest' })))).to.deep.equal(
      doctor('routine', ['inflammatoryPattern'], 1, 4),
    );
  });

  it('R3d: asas 4 with berlin 1 via A5 (under40, gradual, both, earlyHours)', () => {
    expect(summary(evaluate(withB({ onsetAge: 'under40', onset: 'gradual', relief: 'both', night: 'earlyHours' })))).to.deep.equal(
      doctor('routine', ['inflammatoryPattern'], 1, 4),
    );
  });

  for (const feature of ['skinGutEye', 'family', 'otherJoints'] as const) {
    it(`R3e: ${feature} with berlin 0 is mechanical, with berlin 1 is see-doctor routine`, () => {
      expect(summary(evaluate(withB({ related: [feature] })))).to.deep.equal(mechanical(0, 0));
      expect(summary(evaluate(withB({ related: [feature], buttock: 'yes' })))).to.deep.equal(doctor('routine', ['inflammatoryPattern'], 1, 0));
      expect(summary(evaluate(withB({ related: ['none', feature], easeTime: '30to60' })))).to.deep.equal(
        doctor('routine', ['inflammatoryPattern'], 1, 0),
      );
    });
  }

  it('R3e: diagnosedIA is not an SpA feature (berlin 1 gives diagnosedIA only)', () => {
    expect(summary(evaluate(withB({ related: ['diagnosedIA'], buttock: 'yes' })))).to.deep.equal(doctor('routine', ['diagnosedIA'], 1, 0));
  });

  it('R3e: buttock notSure does not count towards berlin 1', () => {
    expect(summary(evaluate(withB({ related: ['family'], buttock: 'notSure' })))).to.deep.equal(mechanical(0, 0));
  });

  it('R3c + R3d + R3e all matching give one inflammatoryPattern', () => {
    const answers = withB({ related: ['family'], onsetAge: 'under40', onset: 'gradual', relief: 'moveNotRest', night: 'earlyHours', buttock: 'yes' });
    expect(summary(evaluate(answers))).to.deep.equal(doctor('routine', ['inflammatoryPattern'], 3, 5));
  });

  it('R3a + R3b + R3c/d/e: all reasons in rule order, routine', () => {
    const answers = withB({ easeTime: 'gt60', related: ['family', 'diagnosedIA'], relief: 'moveNotRest' });
    expect(summary(evaluate(answers))).to.deep.equal(doctor('routine', ['longStiffness', 'diagnosedIA', 'inflammatoryPattern'], 2, 2));
  });

  it('R3a with berlin 1 from gt60 and an SpA feature: longStiffness + inflammatoryPattern', () => {
    expect(summary(evaluate(withB({ easeTime: 'gt60', related: ['otherJoints'] })))).to.deep.equal(
      doctor('routine', ['longStiffness', 'inflammatoryPattern'], 1, 0),
    );
  });

  it('R2 + R3 together list every reason, soon because of R2b/R2c', () => {
    const answers = withB({ warning: ['weightLoss'], easeTime: 'gt60', related: ['diagnosedIA'], relief: 'moveNotRest' });
    expect(summary(evaluate(answers))).to.deep.equal(doctor('soon', ['weightLoss', 'longStiffness', 'diagnosedIA', 'inflammatoryPattern'], 2, 2));
    // noEase is B1 too: with buttock yes that is berlin 2.
    expect(summary(evaluate(withB({ easeTime: 'noEase', buttock: 'yes' })))).to.deep.equal(doctor('soon', ['noEase', 'inflammatoryPattern'], 2, 0));
    // relief nothing is A4: with A1, A2, A5 that is asas 4.
    expect(summary(evaluate(withB({ relief: 'nothing', onsetAge: 'under40', onset: 'gradual', night: 'earlyHours' })))).to.deep.equal(
      doctor('soon', ['constant', 'inflammatoryPattern'], 1, 4),
    );
  });

  it('R2a + R3 only: routine, both reasons', () => {
    expect(summary(evaluate(withB({ age: 'under16', easeTime: 'gt60' })))).to.deep.equal(doctor('routine', ['outOfScope', 'longStiffness'], 1, 0));
  });

  it('R2 + R3 everything at once: reasons in full rule order', () => {
    const answers = withB({
      age: 'under16',
      warning: ['newOver50', 'fever'],
      easeTime: 'noEase',
      relief: 'nothing',
      night: 'allNight',
      related: ['diagnosedIA', 'skinGutEye'],
      buttock: 'yes',
    });
    // easeTime noEase excludes gt60, so R3a cannot match here.
    expect(summary(evaluate(answers))).to.deep.equal(
      doctor('soon', ['outOfScope', 'fever', 'newOver50', 'noEase', 'constant', 'allNight', 'diagnosedIA', 'inflammatoryPattern'], 2, 1),
    );
  });

  it('mechanical has no urgency key', () => {
    expect(complete(evaluate(B))).to.not.have.property('urgency');
  });
});

describe('stiffness engine: focus areas', () => {
  const focus = (factors: Answers['factors'] | undefined): string[] => complete(evaluate(withB({ factors }))).focusAreas;

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
    expect(focus(['stiffSpine', 'avoid', 'afterSitting'])).to.deep.equal(['movementPatterns', 'jointMobility', 'muscleGuarding', 'loadTolerance']);
  });

  it('every factor: loadTolerance 4, then jointMobility/muscleGuarding/movementPatterns 3 in fixed order, then deepSupport 1', () => {
    const all = ['tightHips', 'stiffSpine', 'tiresEasily', 'guarded', 'soreSpot', 'avoid', 'afterSitting', 'flareActivity', 'mostlySitting'] as const;
    const expected = ['loadTolerance', 'jointMobility', 'muscleGuarding', 'movementPatterns', 'deepSupport'];
    expect(focus([...all])).to.deep.equal(expected);
    expect(focus([...all].reverse())).to.deep.equal(expected);
  });

  it('the order the factors were ticked in does not matter', () => {
    expect(focus(['flareActivity', 'avoid', 'tightHips'])).to.deep.equal(['jointMobility', 'muscleGuarding', 'movementPatterns', 'loadTolerance']);
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

  it('see-doctor results get focus areas too; urgent gets none', () => {
    expect(complete(evaluate(withB({ warning: ['fever'], factors: ['avoid'] }))).focusAreas).to.deep.equal(['muscleGuarding', 'movementPatterns']);
    expect(complete(evaluate(withB({ age: 'under16', factors: [] }))).focusAreas).to.deep.equal(ALL_AREAS);
    expect(complete(evaluate(withB({ emergency: ['chestPain'], factors: [] }))).focusAreas).to.deep.equal([]);
  });

  it('FOCUS_AREAS lists the ids in tie-break order', () => {
    expect([...FOCUS_AREAS]).to.deep.equal(ALL_AREAS);
  });
});

describe('stiffness engine: tips and cta', () => {
  const tips = (change: Answers): string[] => complete(evaluate(withB(change))).tips;

  it('mechanical: stayActive, gentleStart, hydration, mattress', () => {
    expect(tips({})).to.deep.equal(['stayActive', 'gentleStart', 'hydration', 'mattress']);
    expect(tips({ factors: undefined })).to.deep.equal(['stayActive', 'gentleStart', 'hydration', 'mattress']);
  });

  it('mechanical with afterSitting or mostlySitting adds breakUpSitting in table order', () => {
    const expected = ['stayActive', 'gentleStart', 'breakUpSitting', 'hydration', 'mattress'];
    expect(tips({ factors: ['afterSitting'] })).to.deep.equal(expected);
    expect(tips({ factors: ['mostlySitting'] })).to.deep.equal(expected);
    expect(tips({ factors: ['mostlySitting', 'afterSitting', 'none'] })).to.deep.equal(expected);
  });

  it('other factors never add breakUpSitting', () => {
    for (const factor of ['tightHips', 'stiffSpine', 'tiresEasily', 'guarded', 'soreSpot', 'avoid', 'flareActivity', 'none'] as const) {
      expect(tips({ factors: [factor] }), factor).to.not.include('breakUpSitting');
    }
  });

  it('see-doctor: stayActive only, plus breakUpSitting for sitting factors', () => {
    expect(tips({ easeTime: 'gt60' })).to.deep.equal(['stayActive']);
    expect(tips({ warning: ['cancer'], factors: ['afterSitting'] })).to.deep.equal(['stayActive', 'breakUpSitting']);
    expect(tips({ age: 'under16', factors: ['mostlySitting'] })).to.deep.equal(['stayActive', 'breakUpSitting']);
  });

  it('urgent: no tips at all, even with sitting factors', () => {
    expect(tips({ emergency: ['sexual'], factors: ['afterSitting', 'mostlySitting'] })).to.deep.equal([]);
  });

  it('cta: urgent none, see-doctor secondary (routine and soon), mechanical primary', () => {
    expect(complete(evaluate(withB({ emergency: ['saddle'] }))).cta).to.equal('none');
    expect(complete(evaluate(withB({ easeTime: 'gt60' }))).cta).to.equal('secondary');
    expect(complete(evaluate(withB({ warning: ['fever'] }))).cta).to.equal('secondary');
    expect(complete(evaluate(B)).cta).to.equal('primary');
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
    expect(evaluate(without('related', 'relief', 'age', 'onsetAge'))).to.deep.equal({ complete: false, missing: ['age', 'relief', 'onsetAge', 'related'] });
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
    expect(summary(evaluate({ emergency: ['none', 'bladderBowel'], age: 'under16' }))).to.deep.equal(urgent(['bladderBowel']));
  });

  it('emergency [none] with the rest missing is incomplete', () => {
    expect(evaluate({ emergency: ['none'] })).to.deep.equal({ complete: false, missing: REQUIRED.filter((id) => id !== 'emergency') });
  });

  it('R2 answers do not short-circuit: warning flag with a missing answer is incomplete', () => {
    expect(evaluate({ ...without('easeTime'), warning: ['fever'], age: 'under16' })).to.deep.equal({ complete: false, missing: ['easeTime'] });
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
  });

  it('unknown option for a single question names both', () => {
    expect(() => evaluate({ ...B, easeTime: 'x' })).to.throw(Error, 'evaluate(): invalid "easeTime" answer "x"');
    expectThrows({ ...B, easeTime: 'LT20' }, '"easeTime"', '"LT20"');
    expectThrows({ ...B, easeTime: '' }, '"easeTime"', '""');
    expectThrows({ ...B, easeTime: 'rest' }, '"easeTime"', '"rest"'); // another question's option
    expectThrows({ ...B, age: 'toString' }, '"age"', '"toString"');
    expectThrows({ ...B, relief: 'none' }, '"relief"', '"none"');
  });

  it('unknown option in a multi question names both', () => {
    expect(() => evaluate({ ...B, warning: ['fever', 'x'] })).to.throw(Error, 'evaluate(): invalid "warning" answer "x"');
    expectThrows({ ...B, emergency: ['fever'] }, '"emergency"', '"fever"');
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

describe('stiffness engine: QUESTIONS, version, purity', () => {
  it('QUESTIONS: ids, kinds, required, sections and option ids exactly as the spec, in order', () => {
    expect(JSON.parse(JSON.stringify(QUESTIONS))).to.deep.equal([
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
      { id: 'related', kind: 'multi', required: true, section: 'mornings', options: ['diagnosedIA', 'skinGutEye', 'family', 'otherJoints', 'none'] },
      {
        id: 'factors',
        kind: 'multi',
        required: false,
        section: 'optional',
        options: ['tightHips', 'stiffSpine', 'tiresEasily', 'guarded', 'soreSpot', 'avoid', 'afterSitting', 'flareActivity', 'mostlySitting', 'none'],
      },
    ]);
  });

  it('QUESTIONS, its questions and options, FOCUS_AREAS and TIPS are frozen: a page script cannot change the rules', () => {
    const tables = [QUESTIONS, ...QUESTIONS, ...QUESTIONS.map((question) => question.options), FOCUS_AREAS, TIPS];
    for (const table of tables) expect(Object.isFrozen(table)).to.equal(true);
    // What a plain-JavaScript page script might try (modules run in strict mode, so it throws).
    const options = QUESTIONS.find((question) => question.id === 'easeTime')!.options as unknown as string[];
    expect(() => options.push('never')).to.throw(TypeError);
    expect(() => ((QUESTIONS[11] as { required: boolean }).required = true)).to.throw(TypeError);
    expect(() => evaluate({ ...B, easeTime: 'never' } as unknown as Answers)).to.throw(/easeTime/);
    expect(evaluate(B as Answers)).to.include({ outcome: 'mechanical' });
  });

  it('RULES_VERSION is 2026-11 and every complete result carries it', () => {
    expect(RULES_VERSION).to.equal('2026-11');
    for (const answers of [B, withB({ easeTime: 'gt60' }), withB({ warning: ['fever'] }), { emergency: ['saddle'] }] as Answers[]) {
      expect(complete(evaluate(answers)).rulesVersion).to.equal(RULES_VERSION);
    }
  });

  it('does not mutate the input (frozen input works, deep copy unchanged)', () => {
    const inputs: Record<string, unknown>[] = [
      { ...B, emergency: ['none', 'saddle'], factors: ['avoid', 'tightHips'] },
      { ...B, warning: ['newOver50', 'fever', 'none'], factors: ['mostlySitting', 'none', 'guarded'] },
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
    const input = withB({ emergency: ['saddle'] });
    const first = complete(evaluate(input));
    expect(first.reasons).to.not.equal(input.emergency);
    first.reasons.push('changed');
    first.focusAreas.push('changed');
    first.tips.push('changed');
    expect(complete(evaluate(input)).reasons).to.deep.equal(['saddle']);

    const mech = complete(evaluate(withB({ factors: [] })));
    mech.reasons.push('changed');
    mech.focusAreas.push('changed');
    mech.tips.push('changed');
    const again = complete(evaluate(withB({ factors: [] })));
    expect([again.reasons, again.focusAreas, again.tips]).to.deep.equal([['eases'], ALL_AREAS, MECHANICAL_TIPS]);
    expect([...FOCUS_AREAS]).to.deep.equal(ALL_AREAS);

    const missingFirst = evaluate({}) as IncompleteResult;
    missingFirst.missing.pop();
    expect((evaluate({}) as IncompleteResult).missing).to.deep.equal(REQUIRED);
  });

  it('types: Answers accepts option ids only', () => {
    const typed: Answers = { easeTime: 'lt20', warning: ['fever', 'none'] };
    // @ts-expect-error `soon` is not an easeTime option
    const wrongOption: Answers = { easeTime: 'soon' };
    // @ts-expect-error a multi question takes an array
    const wrongKind: Answers = { warning: 'fever' };
    const option: OptionId<'night'> = 'earlyHours';
    expect([typed, wrongOption, wrongKind, option]).to.have.length(4);
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

function oracle(a: Plain): Expected {
  const list = (id: string): readonly string[] => (a[id] as readonly string[] | undefined) ?? [];
  const ticked = (id: string, option: string): boolean => list(id).includes(option);

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

  const emergencyOrder = ['saddle', 'bladderBowel', 'bothLegs', 'sexual', 'majorTrauma', 'chestPain'];
  const emergencies = emergencyOrder.filter((flag) => ticked('emergency', flag));
  if (emergencies.length > 0) {
    return { complete: true, outcome: 'urgent', reasons: emergencies, berlin, asas, focusAreas: [], tips: [], cta: 'none', rulesVersion: '2026-11' };
  }

  const reasons: string[] = [];
  let soon = false;
  if (a.age === 'under16') reasons.push('outOfScope');
  for (const flag of ['fever', 'weightLoss', 'cancer', 'immune', 'boneRisk', 'lumpShape', 'upperBack', 'newOver50']) {
    if (ticked('warning', flag)) {
      reasons.push(flag);
      soon = true;
    }
  }
  if (a.easeTime === 'noEase') {
    reasons.push('noEase');
    soon = true;
  }
  if (a.relief === 'nothing') {
    reasons.push('constant');
    soon = true;
  }
  if (a.night === 'allNight') {
    reasons.push('allNight');
    soon = true;
  }
  if (a.easeTime === 'gt60') reasons.push('longStiffness');
  if (ticked('related', 'diagnosedIA')) reasons.push('diagnosedIA');
  if (berlin >= 2 || asas >= 4 || (spa && berlin >= 1)) reasons.push('inflammatoryPattern');

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

  if (reasons.length > 0) {
    const tips = sitting ? ['stayActive', 'breakUpSitting'] : ['stayActive'];
    return {
      complete: true,
      outcome: 'see-doctor',
      urgency: soon ? 'soon' : 'routine',
      reasons,
      berlin,
      asas,
      focusAreas,
      tips,
      cta: 'secondary',
      rulesVersion: '2026-11',
    };
  }
  const tips = sitting ? ['stayActive', 'gentleStart', 'breakUpSitting', 'hydration', 'mattress'] : ['stayActive', 'gentleStart', 'hydration', 'mattress'];
  return { complete: true, outcome: 'mechanical', reasons: ['eases'], berlin, asas, focusAreas, tips, cta: 'primary', rulesVersion: '2026-11' };
}

/** B as a search space: one value per question. */
const B_SPACE: Record<string, readonly (string | readonly string[])[]> = Object.fromEntries(Object.entries(B).map(([id, value]) => [id, [value]]));

/** Every combination of the given values, as answer objects. */
function combinations(space: Record<string, readonly (string | readonly string[])[]>): Plain[] {
  let result: Plain[] = [{}];
  for (const [id, values] of Object.entries(space)) {
    result = result.flatMap((partial) => values.map((value) => ({ ...partial, [id]: value })));
  }
  return result;
}

/** Compares engine and oracle on every answer set; reports the first few differences. */
function compareAll(all: Plain[]): Map<string, number> {
  const seen = new Map<string, number>();
  const mismatches: string[] = [];
  for (const answers of all) {
    const actual = evaluate(answers as Answers);
    const expected = oracle(answers);
    const key = `${expected.outcome}/${expected.urgency ?? '-'}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
    if (!deepEqual(actual, expected) && mismatches.length < 5) {
      mismatches.push(`${JSON.stringify(answers)}\n  engine ${JSON.stringify(actual)}\n  oracle ${JSON.stringify(expected)}`);
    }
  }
  expect(mismatches, mismatches.join('\n')).to.deep.equal([]);
  return seen;
}

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
  it('the oracle agrees with the worked examples (so it can be trusted to judge)', () => {
    expect(oracle(B).focusAreas).to.deep.equal(['jointMobility']);
    expect(oracle(withB({ easeTime: 'gt60' }) as Plain).urgency).to.equal('routine');
    expect(oracle(withB({ warning: ['fever'] }) as Plain).urgency).to.equal('soon');
    expect(oracle(withB({ easeTime: '30to60', relief: 'moveNotRest' }) as Plain).berlin).to.equal(2);
    expect(oracle(withB({ factors: ['tightHips', 'avoid', 'flareActivity'] }) as Plain).focusAreas).to.deep.equal([
      'jointMobility',
      'muscleGuarding',
      'movementPatterns',
      'loadTolerance',
    ]);
  });

  it('all single-choice mornings answers x related sets, with baseline safety answers', () => {
    const all = combinations({
      ...B_SPACE,
      easeTime: ['lt20', '20to30', '30to60', 'gt60', 'noEase'],
      relief: ['rest', 'both', 'moveNotRest', 'nothing'],
      night: ['no', 'turning', 'earlyHours', 'allNight'],
      buttock: ['yes', 'no', 'notSure'],
      onset: ['gradual', 'sudden', 'notSure'],
      onsetAge: ['under40', '40to44', '45plus'],
      related: [['none'], ['diagnosedIA'], ['skinGutEye'], ['family'], ['otherJoints'], ['none', 'otherJoints'], ['diagnosedIA', 'family']],
    });
    expect(all).to.have.length(5 * 4 * 4 * 3 * 3 * 3 * 7);
    const seen = compareAll(all);
    // The space really exercised every non-urgent outcome.
    expect([...seen.keys()].sort()).to.deep.equal(['mechanical/-', 'see-doctor/routine', 'see-doctor/soon']);
  });

  it('age x emergency x warning x durations x key mornings answers', () => {
    const all = combinations({
      ...B_SPACE,
      age: ['under16', '16to49', '50plus'],
      emergency: [['none'], ['saddle'], ['none', 'chestPain'], ['bothLegs', 'bladderBowel']],
      warning: [['none'], ['fever'], ['none', 'upperBack'], ['newOver50', 'cancer']],
      duration: ['lt6w', '6wto3m', 'gt3m'],
      easeTime: ['lt20', '30to60', 'gt60', 'noEase'],
      relief: ['rest', 'moveNotRest', 'nothing'],
      night: ['no', 'earlyHours', 'allNight'],
      related: [['none'], ['family'], ['diagnosedIA']],
    });
    const seen = compareAll(all);
    expect([...seen.keys()].sort()).to.deep.equal(['mechanical/-', 'see-doctor/routine', 'see-doctor/soon', 'urgent/-']);
  });

  it('every subset of factors (2^10), for a mechanical, a see-doctor and an urgent answer set', () => {
    const options = ['tightHips', 'stiffSpine', 'tiresEasily', 'guarded', 'soreSpot', 'avoid', 'afterSitting', 'flareActivity', 'mostlySitting', 'none'];
    const subsets: string[][] = [];
    for (let mask = 0; mask < 1 << options.length; mask++) subsets.push(options.filter((_, i) => mask & (1 << i)));
    const all = combinations({
      ...B_SPACE,
      emergency: [B.emergency, ['saddle']],
      warning: [B.warning, ['fever']],
      factors: [...subsets, [...options].reverse()],
    });
    expect(all).to.have.length(2 * 2 * 1025);
    compareAll(all);
    compareAll(subsets.map((factors) => withB({ easeTime: 'gt60', factors } as Answers) as Plain));
    compareAll([{ ...B, factors: undefined }, without('factors') as Plain]);
  });
});
