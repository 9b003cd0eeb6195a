import type { Answers } from '../stiffness-quiz/engine.js';

/** Baseline B from the worked examples of the quiz spec: a mechanical result with focus area jointMobility. */
export const BASELINE = {
  age: '16to49',
  emergency: ['none'],
  warning: ['none'],
  easeTime: 'lt20',
  relief: 'rest',
  night: 'no',
  buttock: 'no',
  onset: 'sudden',
  duration: 'lt6w',
  onsetAge: '45plus',
  related: ['none'],
  factors: ['tightHips'],
} as const satisfies Answers;

/** Answers by question id as the widget tests click and spread them: lists are plain arrays. */
export type Choice = Record<string, string | string[]>;

/** Baseline B as a Choice: a mechanical result. */
export const MECHANICAL: Choice = {
  ...BASELINE,
  emergency: [...BASELINE.emergency],
  warning: [...BASELINE.warning],
  related: [...BASELINE.related],
  factors: [...BASELINE.factors],
};

/** The inflammatory pattern for more than 3 months: see a doctor, routine. */
export const SEE_DOCTOR_ROUTINE: Choice = { ...MECHANICAL, easeTime: '30to60', relief: 'moveNotRest', duration: 'gt3m' };
