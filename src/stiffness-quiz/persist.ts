import { reportError } from '../internal/errors.js';

/**
 * `persist="session"`: progress kept in sessionStorage across a reload, and
 * nothing else. Loaded on demand, only by quizzes that ask for it. It knows
 * nothing of the questions: the flow's checks come as arguments, so this lazy
 * chunk never imports what the element's own file already holds.
 */
export interface SavedProgress {
  step: number;
  answers: Record<string, unknown>;
}

/** The quiz flow's checks of saved progress (isStep and reachable in flow.ts). */
export interface ProgressChecks {
  /** True for a step the quiz has. */
  isStep(step: unknown): step is number;
  /** True when the answers could have led to the step; throws, naming the question and value, on unknown ids. */
  reachable(answers: Record<string, unknown>, step: number): boolean;
}

const TAG = 'mrx-stiffness-quiz';
const keyFor = (id: string) => `${TAG}${id ? `#${id}` : ''}`;

/**
 * Reads saved progress. Anything that is not exactly what save() wrote under
 * this rules version (edited, older, unparsable, unknown ids, a step the
 * answers could not have reached) is reported, removed and ignored: the quiz
 * starts fresh rather than throwing.
 */
export function load(id: string, rulesVersion: string, { isStep, reachable }: ProgressChecks): SavedProgress | null {
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
    if (!isStep(step)) throw new Error(`step ${JSON.stringify(step)} is out of range`);
    if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) throw new Error('answers are not an object');
    // Throws, naming the question and value, on unknown ids.
    if (!reachable(answers as Record<string, unknown>, step)) throw new Error(`step ${step} does not follow from the answers`);
    return { step, answers: answers as Record<string, unknown> };
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
