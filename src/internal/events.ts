/** Detail of `mrx-faq-toggle`: the item's id and whether it is now open. */
export interface FaqToggleDetail {
  id: string;
  open: boolean;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mrx-faq-toggle': CustomEvent<FaqToggleDetail>;
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
