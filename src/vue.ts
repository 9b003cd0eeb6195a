/**
 * Vue 3 typings: `<mrx-…>` elements in templates and `h()` with their
 * attributes, properties and `@mrx-…` / `onMrx…` listeners. Load them once:
 * `import type {} from '@motionrx/widgets/vue';` and tell Vue's compiler they
 * are custom elements (`compilerOptions.isCustomElement: (tag) => tag.startsWith('mrx-')`).
 */
import type { DefineComponent } from 'vue';
import type { WidgetAttributes } from './typings.js';

/** 'mrx-cta-click' -> 'MrxCtaClick': the listener key Vue's templates write for `@mrx-cta-click`. */
type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<S>;

type Component<Tag extends keyof WidgetAttributes> = DefineComponent<
  Partial<WidgetAttributes[Tag]['attributes'] & WidgetAttributes[Tag]['properties']> & {
    [Event in WidgetAttributes[Tag]['events'] as `on${Pascal<Event>}`]?: (event: GlobalEventHandlersEventMap[Event]) => void;
  }
>;

declare module 'vue' {
  interface GlobalComponents {
    'mrx-faq-accordion': Component<'mrx-faq-accordion'>;
    'mrx-stiffness-quiz': Component<'mrx-stiffness-quiz'>;
    'mrx-location-cta': Component<'mrx-location-cta'>;
  }
}
