import { reportError } from '../internal/errors.js';

/**
 * `persist="session"`: progress kept in sessionStorage across a reload, and
 * nothing else. Loaded on demand, only by quizzes that ask for it; it knows
 * nothing of the questions, so it takes the element's checks as arguments.
 */
export interface SavedProgress {
  step: number;
  answers: Record<string, unknown>;
}

const TAG = 'mrx-stiffness-quiz';
const keyFor = (id: string) => `${TAG}${id ? `#${id}` : ''}`;

/**
 * Reads saved progress. Anything that is not exactly what save() wrote under
 * this rules version (edited, older, unparsable, unknown ids, a step the
 * answers could not have reached) is reported, removed and ignored: the quiz
 * starts fresh rather than throwing.
 */
export function load(
  id: string,
  rulesVersion: string,
  questions: readonly { id: string }[],
  evaluate: (answers: Record<string, unknown>) => { complete: boolean; missing?: string[] },
): SavedProgress | null {
  const key = keyFor(id);
  let raw: string | null;
  try {
    raw = sessionStorage.getItem(key);
  } catch {
    return null; // storage blocked by the browser: memory only
  }
  if (raw === null) return null;
  try {
    const saved = JSON.parse(raw) as { v?: unknown; rules?: unknown; step?: unknown; answers?: unknown };
    const { step, answers } = saved;
    if (saved.v !== 1 || saved.rules !== rulesVersion) throw new Error('it was saved by another version');
    if (!Number.isInteger(step) || (step as number) < -1 || (step as number) > questions.length)
      throw new Error(`step ${JSON.stringify(step)} is out of range`);
    if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) throw new Error('answers are not an object');
    // Throws, naming the question and value, on unknown ids.
    const result = evaluate(answers as Record<string, unknown>);
    // Progress must be reachable: every required question before the step answered, a result only when complete.
    const firstMissing = result.complete ? Infinity : questions.findIndex((question) => question.id === result.missing![0]);
    if (step === questions.length ? !result.complete : firstMissing < (step as number))
      throw new Error(`step ${step} does not follow from the answers`);
    return { step: step as number, answers: answers as Record<string, unknown> };
  } catch (error) {
    reportError(TAG, `ignoring saved progress in sessionStorage["${key}"]: ${(error as Error).message}.`);
    clear(id);
    return null;
  }
}

export function save(id: string, rulesVersion: string, progress: SavedProgress): void {
  try {
    sessionStorage.setItem(keyFor(id), JSON.stringify({ v: 1, rules: rulesVersion, ...progress }));
  } catch {
    // Full or blocked storage: the quiz keeps working from memory.
  }
}

export function clear(id: string): void {
  try {
    sessionStorage.removeItem(keyFor(id));
  } catch {
    // Blocked storage holds nothing to clear.
  }
}
