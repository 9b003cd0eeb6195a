import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLanguage, type Language } from './localize.js';

/**
 * Watches an element's `lang` for its copy. `lang` stays the native
 * attribute, so `el.lang = 'es'` works and an unset one inherits from the
 * page. While the element is connected, a change of its own `lang` calls
 * `onChange` (by default, an update) from a MutationObserver: a microtask
 * later. An element that must show the change in the very next update adds
 * `LangController.attribute` to its observed attributes and passes each
 * change to `attributeChanged`, which calls `onChange` at once (and only once).
 * Connecting reads the copy anyway, so nothing is called while detached.
 */
export class LangController implements ReactiveController {
  static readonly attribute = 'lang';
  #connected = false;
  readonly #observer = new MutationObserver(() => this.onChange());

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly onChange: () => void = () => host.requestUpdate(),
  ) {
    host.addController(this);
  }

  /** The language in force: the element's `lang`, else the nearest one up the page, else English. */
  get language(): Language {
    return resolveLanguage(this.host);
  }

  /** For the element's attributeChangedCallback: a change of `lang` is acted on now, not a microtask later. */
  attributeChanged(name: string): void {
    if (name != LangController.attribute || !this.#connected) return;
    this.#observer.takeRecords();
    this.onChange();
  }

  hostConnected(): void {
    this.#connected = true;
    this.#observer.observe(this.host, { attributeFilter: [LangController.attribute] });
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#observer.disconnect();
  }
}
