// Shared plumbing imports no widget: the quiz's outcome words are spelled out
// here, and stiffness-quiz.ts passing the engine's result to emit() checks
// that they still match the engine's types.

/** Detail of `mrx-faq-toggle`: the item's id and whether it is now open. */
export interface FaqToggleDetail {
  id: string;
  open: boolean;
}

/** Detail of `mrx-quiz-step`: the question now shown (index from 0) and how many there are. */
export interface QuizStepDetail {
  questionId: string;
  index: number;
  total: number;
}

/**
 * Detail of `mrx-quiz-complete`: the rules version, and only with `report-outcome`
 * the outcome (health data); never the answers.
 */
export interface QuizCompleteDetail {
  rulesVersion: string;
  outcome?: 'urgent' | 'see-doctor' | 'mechanical';
  /** Present for `see-doctor` only. */
  urgency?: 'today' | 'soon' | 'routine';
  cta?: 'none' | 'secondary' | 'primary';
}

/** Detail of `mrx-quiz-cta`: which next step the reader took (`emergency-call` only with `report-outcome`). */
export interface QuizCtaDetail {
  action: 'book' | 'emergency-call';
}

/** Detail of `mrx-cta-click`: which action a reader followed, for which location. */
export interface CtaClickDetail {
  action: 'book' | 'call' | 'directions';
  locationId: string;
}

/** Detail of `mrx-location-change`: the location a reader chose. */
export interface LocationChangeDetail {
  locationId: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mrx-faq-toggle': CustomEvent<FaqToggleDetail>;
    'mrx-quiz-start': CustomEvent<Record<string, never>>;
    'mrx-quiz-step': CustomEvent<QuizStepDetail>;
    'mrx-quiz-complete': CustomEvent<QuizCompleteDetail>;
    'mrx-quiz-cta': CustomEvent<QuizCtaDetail>;
    'mrx-cta-click': CustomEvent<CtaClickDetail>;
    'mrx-location-change': CustomEvent<LocationChangeDetail>;
  }
}

type MrxEventName = {
  [K in keyof GlobalEventHandlersEventMap]: K extends `mrx-${string}` ? K : never;
}[keyof GlobalEventHandlersEventMap];

type DetailOf<K extends MrxEventName> = GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Fires a public event: bubbling and composed, so listeners outside any shadow root hear it. */
export function emit<K extends MrxEventName>(target: EventTarget, name: K, detail: DetailOf<K>): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
