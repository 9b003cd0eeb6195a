import {
  EMERGENCY_FLAGS,
  QUESTIONS,
  SEE_DOCTOR_RULES,
  URGENCIES,
  type EmergencyFlag,
  type OptionId,
  type SeeDoctorReason,
  type Urgency,
} from './engine.js';

/**
 * The warning signs in one language, by the engine's ids. One source for the
 * quiz (the emergency and warning questions' options, the reasons on a result,
 * the safety net) and the FAQ's "When should I see a doctor first?" answer, so
 * the two can never disagree.
 */
export interface SignStrings {
  /** The emergency question's options: each a sign that needs emergency care now. */
  emergency: { readonly [F in EmergencyFlag]: string };
  /**
   * Every see-doctor reason in plain words; the warning question's options are
   * the ones named after its option ids (`fever`, `cancer`, …).
   */
  seeDoctor: { readonly [R in SeeDoctorReason]: string };
}

/** The signs grouped as the rules group them: emergency, then by urgency, each in rule order, each once. */
export type SignsByTier = { emergency: string[] } & { [U in Urgency]: string[] };

export function signsByTier(signs: SignStrings): SignsByTier {
  const tiers = { emergency: EMERGENCY_FLAGS.map((flag) => signs.emergency[flag]) } as SignsByTier;
  for (const urgency of URGENCIES) {
    tiers[urgency] = SEE_DOCTOR_RULES.filter((rule) => rule.urgency === urgency).map((rule) => signs.seeDoctor[rule.reason]);
  }
  return tiers;
}

/** The warning question's options: its signs (named after its option ids), and `none` in this language. */
export function warningOptions(signs: SignStrings, none: string): { readonly [O in OptionId<'warning'>]: string } {
  const warning = QUESTIONS.find((question) => question.id === 'warning')!;
  return Object.fromEntries(warning.options.map((option) => [option, option === 'none' ? none : signs.seeDoctor[option]])) as {
    [O in OptionId<'warning'>]: string;
  };
}
