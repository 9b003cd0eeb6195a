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
