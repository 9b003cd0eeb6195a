/**
 * @motionrx/widgets: importing this module registers every element.
 * Import `@motionrx/widgets/faq-accordion` (and siblings) to register one.
 */
export { MrxFaqAccordion } from './faq-accordion/faq-accordion.js';
export { MrxStiffnessQuiz } from './stiffness-quiz/stiffness-quiz.js';
export type { FaqItem } from './faq-accordion/faq-item.js';
export type { FaqToggleDetail, QuizCompleteDetail, QuizCtaDetail, QuizStepDetail } from './internal/events.js';
export { VERSION } from './internal/version.js';
