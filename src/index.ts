/**
 * @motionrx/widgets: importing this module registers every element.
 * Import `@motionrx/widgets/faq-accordion` (and siblings) to register one.
 */
export { MrxFaqAccordion } from './faq-accordion/faq-accordion.js';
export { MrxStiffnessQuiz } from './stiffness-quiz/stiffness-quiz.js';
export { MrxLocationCta } from './location-cta/location-cta.js';
export type { FaqItem } from './faq-accordion/faq-item.js';
export type { ClinicLocation, LocationConfig } from './location-cta/config.js';
export type {
  CtaClickDetail,
  FaqToggleDetail,
  LocationChangeDetail,
  QuizCompleteDetail,
  QuizCtaDetail,
  QuizStepDetail,
} from './internal/events.js';
export { VERSION } from './internal/version.js';
