import { LitElement, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { resolveLanguage, type Language } from './localize.js';

/**
 * Watches an element's `lang` for its copy. `lang` stays the native
 * attribute, so `el.lang = 'es'` works and an unset one inherits from the
 * page. While the element is connected, a change of its own `lang` calls
 * `onChange` (by default, an update) from a MutationObserver: a microtask
 * later. An element that must show the change in the very next update
 * extends `LangElement` (below), which passes each change to
 * `attributeChanged`: that calls `onChange` at once (and only once).
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

/**
 * The base of a widget whose copy must follow a change of its own `lang` in
 * the very next update (the quiz, the location CTA): it holds the element's
 * LangController, observes `lang` and passes each change straight to it.
 */
export class LangElement extends LitElement {
  /** The element's LangController: `_lang.language` is the language in force. */
  protected readonly _lang = new LangController(this, () => this._langChanged());

  /** What a change of `lang` does: an update, unless the element has copy to load first. */
  protected _langChanged(): void {
    this.requestUpdate();
  }

  /** @ignore */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, LangController.attribute];
  }

  /** @ignore */
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    this._lang.attributeChanged(name);
  }
}
