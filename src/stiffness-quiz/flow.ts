/**
 * The quiz's flow: which step shows next, and how a tick changes the answers.
 *
 * Pure: no Lit, no DOM, only the engine, so it runs in Node as well as in the
 * browser. The element keeps the state, the copy and the events; this module
 * answers its questions about where to go.
 *
 * A step is the introduction (`INTRO`), a question's index in `QUESTIONS`, or
 * the result (`RESULT`).
 */
import { evaluate, QUESTIONS, type Answers, type IncompleteResult, type QuestionId } from './engine.js';

export type Step = number;

/** The engine's verdict on some answers: `evaluate`, or the element's copy of it that keeps the last verdict. */
export type Judge = (answers: Answers) => ReturnType<typeof evaluate>;

export const INTRO: Step = -1;
export const RESULT: Step = QUESTIONS.length;
/** The step of the emergency-signs question. */
export const EMERGENCY: Step = QUESTIONS.findIndex((question) => question.id === 'emergency');

/** What a screen reader is told when "None of these" clears other answers, or is cleared by one. */
export type ExclusivityNote = 'othersCleared' | 'noneCleared' | null;

/** True for an integer step from `INTRO` to `RESULT`. */
export function isStep(step: unknown): step is Step {
  return Number.isInteger(step) && (step as number) >= INTRO && (step as number) <= RESULT;
}

/** True for a question's step (neither the introduction nor the result). */
export function isQuestion(step: Step): boolean {
  return step >= 0 && step < RESULT;
}

/** The question shown at a question's step. */
export function questionAt(step: Step) {
  const question = QUESTIONS[step];
  if (!question) throw new RangeError(`step ${step} is not a question`);
  return question;
}

/** The step of a question. */
export function stepOf(id: QuestionId): Step {
  return QUESTIONS.findIndex((question) => question.id === id);
}

/** The options chosen for a question, as a list: [] when unanswered, one for a single question. */
export function chosen(answers: Answers, question: QuestionId): readonly string[] {
  return [answers[question] ?? []].flat();
}

/** The step of the first required question still unanswered (the engine lists them in question order). */
function firstMissingStep(result: IncompleteResult): Step {
  const [first] = result.missing;
  return stepOf(first);
}

/** True when the question at `step` is required and has no answer yet (an empty list is no answer). */
export function unanswered(answers: Answers, step: Step): boolean {
  const question = questionAt(step);
  return question.required && !answers[question.id]?.length;
}

/** True when the reader ticked an emergency sign (anything but "None of these"). */
export function hasEmergencySign(answers: Answers): boolean {
  return (answers.emergency ?? []).some((flag) => flag !== 'none');
}

/**
 * The step actually shown when `step` is asked for: the result only once there
 * is one (every required question answered, or an emergency sign), else the
 * first question still to answer.
 */
export function stepShown(answers: Answers, step: Step, judge: Judge = evaluate): Step {
  if (step !== RESULT) return step;
  const result = judge(answers);
  return result.complete ? RESULT : firstMissingStep(result);
}

/**
 * Where "Next" leads from an answered question: an emergency sign stops the
 * check at once, anything else goes on to the next question (the result after
 * the last one). `judge` lets the element reuse the verdict for the result it then shows.
 */
export function nextStep(answers: Answers, step: Step, judge: Judge = evaluate): Step {
  const urgent = step === EMERGENCY && hasEmergencySign(answers);
  return stepShown(answers, urgent ? RESULT : step + 1, judge);
}

/** Where "Back" leads from a question: the question before, or the introduction from the first. */
export function previousStep(step: Step): Step {
  return Math.max(INTRO, step - 1);
}

/**
 * Where "Change my answers" leads from the result: back to the emergency signs
 * after an urgent result (the questions after it were never asked), else to
 * the last question.
 */
export function stepAfterChange(answers: Answers, judge: Judge = evaluate): Step {
  const result = judge(answers);
  return result.complete && result.outcome === 'urgent' ? EMERGENCY : RESULT - 1;
}

/**
 * Whether saved progress could have come from these answers: every required
 * question before the step answered, and the result only with a result.
 * Throws, like `evaluate()`, on unknown question or option ids.
 */
export function reachable(answers: Answers | Record<string, unknown>, step: Step): boolean {
  const result = evaluate(answers);
  if (step === RESULT) return result.complete;
  return result.complete || firstMissingStep(result) >= step;
}

/**
 * A multi question's ticks after `option` is ticked (`isChecked`) or unticked,
 * in the question's option order. "None of these" excludes everything else,
 * both ways, and the note says which way it went (null when nothing was cleared).
 */
export function toggleOption(
  question: QuestionId,
  checked: readonly string[],
  option: string,
  isChecked: boolean,
): { values: string[]; note: ExclusivityNote } {
  const ticked = new Set(checked);
  if (isChecked) ticked.add(option);
  else ticked.delete(option);
  const values = questionAt(stepOf(question)).options.filter((each: string) => ticked.has(each));
  if (!values.includes('none') || values.length === 1) return { values, note: null };
  return option === 'none' && isChecked
    ? { values: ['none'], note: 'othersCleared' }
    : { values: values.filter((value) => value !== 'none'), note: 'noneCleared' };
}

/**
 * The answers after the reader picks `option` of `question` (a radio) or ticks
 * or unticks it (a checkbox), with the note to announce, if any.
 */
export function answer(
  answers: Answers,
  question: QuestionId,
  option: string,
  isChecked: boolean,
): { answers: Answers; note: ExclusivityNote } {
  if (questionAt(stepOf(question)).kind === 'single') return { answers: { ...answers, [question]: option }, note: null };
  const { values, note } = toggleOption(question, chosen(answers, question), option, isChecked);
  return { answers: { ...answers, [question]: values }, note };
}
