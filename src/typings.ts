// The public attributes, properties and events of each element, for the
// framework typings (react.ts, vue.ts). Types only. The names must be those of
// dist/custom-elements.json, which the elements' JSDoc makes: scripts/api.test.mjs
// names any attribute, property or event missing here or extra. Attributes
// are typed as pages write them (literal values); properties as the class
// declares them. A property named like its attribute (`variant`) is typed once,
// as the attribute.
import type { MrxFaqAccordion } from './faq-accordion/faq-accordion.js';
import type { MrxLocationCta } from './location-cta/location-cta.js';
import type { MrxStiffnessQuiz } from './stiffness-quiz/stiffness-quiz.js';

/** The element classes (importing their types also loads the event map). */
export interface WidgetElements {
  'mrx-faq-accordion': MrxFaqAccordion;
  'mrx-stiffness-quiz': MrxStiffnessQuiz;
  'mrx-location-cta': MrxLocationCta;
}

export interface WidgetAttributes {
  'mrx-faq-accordion': {
    attributes: { 'heading-level': 2 | 3 | 4 | 5 | 6 | `${2 | 3 | 4 | 5 | 6}`; single: boolean; 'structured-data': boolean; lang: string };
    properties: Pick<MrxFaqAccordion, 'headingLevel' | 'structuredData'>;
    events: 'mrx-faq-toggle';
  };
  'mrx-stiffness-quiz': {
    attributes: {
      'booking-url': string;
      'clinic-name': string;
      'emergency-number': string;
      persist: 'session';
      analytics: 'datalayer';
      'cta-target': string;
      'report-outcome': boolean;
      lang: string;
    };
    properties: Pick<MrxStiffnessQuiz, 'bookingUrl' | 'clinicName' | 'emergencyNumber' | 'ctaTarget' | 'reportOutcome'>;
    events: 'mrx-quiz-start' | 'mrx-quiz-step' | 'mrx-quiz-complete' | 'mrx-quiz-cta';
  };
  'mrx-location-cta': {
    attributes: {
      src: string;
      location: string;
      'booking-url': string;
      variant: 'card' | 'banner';
      maps: 'google' | 'apple' | 'osm';
      utm: string;
      'structured-data': boolean;
      analytics: 'datalayer';
      lang: string;
    };
    properties: Pick<MrxLocationCta, 'locations' | 'bookingUrl' | 'structuredData'>;
    events: 'mrx-cta-click' | 'mrx-location-change';
  };
}
