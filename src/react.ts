/**
 * JSX typings for React 19: `<mrx-…>` elements with their attributes,
 * properties (`locations`) and `onmrx-…` event props. Load them once in your
 * app: `import type {} from '@motionrx/widgets/react';`
 * (React 19 sets a custom element's known properties and listens to
 * `onmrx-quiz-complete` as the `mrx-quiz-complete` event.)
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { WidgetAttributes, WidgetElements } from './typings.js';

type Intrinsic<Tag extends keyof WidgetAttributes> = DetailedHTMLProps<HTMLAttributes<WidgetElements[Tag]>, WidgetElements[Tag]> &
  Partial<WidgetAttributes[Tag]['attributes'] & WidgetAttributes[Tag]['properties']> & {
    [Event in WidgetAttributes[Tag]['events'] as `on${Event}`]?: (event: GlobalEventHandlersEventMap[Event]) => void;
  };

declare module 'react' {
  // React declares JSX as a namespace: augmenting it takes one.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'mrx-faq-accordion': Intrinsic<'mrx-faq-accordion'>;
      'mrx-stiffness-quiz': Intrinsic<'mrx-stiffness-quiz'>;
      'mrx-location-cta': Intrinsic<'mrx-location-cta'>;
    }
  }
}
