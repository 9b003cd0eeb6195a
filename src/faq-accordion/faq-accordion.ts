import { LitElement, html, nothing, render, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { reportBadValue } from '../internal/attributes.js';
import { define } from '../internal/define.js';
import { describeValue } from '../internal/describe-value.js';
import { reportError } from '../internal/errors.js';
import { emit } from '../internal/events.js';
import { JsonLdController } from '../internal/json-ld-controller.js';
import { LangController } from '../internal/lang.js';
import { slugify } from '../internal/slug.js';
import { VERSION } from '../internal/version.js';
import { styles } from './faq-accordion.styles.js';

export type { FaqToggleDetail } from '../internal/events.js';

const TAG = 'mrx-faq-accordion';

/** An item as shown: authored items keep their `<details>`, configured ones their text. */
interface ShownItem {
  /** The id the author gave (a `<details>` id, a JSON `id`); else `_show` makes one from the question. */
  id?: string;
  question: string;
  /** Plain text of a configured answer; an authored one lives in its `<details>`. */
  answer?: string;
  details?: HTMLDetailsElement;
  /** An authored `<details open>` seen for the first time. */
  openAtStart?: boolean;
}

/** APG: more than about six regions that can be open at once crowd the landmarks list. */
const MAX_REGIONS = 6;

/**
 * @tagname mrx-faq-accordion
 * @summary An accessible FAQ accordion that works without JavaScript.
 *
 * Put `<details id="…"><summary>Question</summary>…answer…</details>` children inside
 * (readable and crawlable before and without JavaScript), or a
 * `<script type="application/json">` child holding `[{"id"?, "question", "answer"}]`,
 * or nothing for the built-in morning-back-pain FAQ in the element's language
 * (`lang` on the element, else the nearest `lang` up the page: `en` or `es`).
 *
 * @attr {string} [lang=inherited] - `en` or `es` for the built-in FAQ; else the nearest `lang` up the page;
 * unknown languages use English.
 *
 * @slot - `<details>` children, one per question (the first `<summary>` is the question); the element
 * sets each one's `slot` attribute to place it in its answer panel.
 *
 * @event {CustomEvent<{ id: string; open: boolean }>} mrx-faq-toggle - A reader opened or closed an answer
 * (by click, key, `#id` link or find-in-page); not fired for method calls.
 *
 * @csspart item - Wrapper of one question and its answer.
 * @csspart heading - The heading that holds the question button.
 * @csspart button - The question button.
 * @csspart question - The question text inside the button.
 * @csspart icon - The open/closed chevron.
 * @csspart panel - The answer region.
 *
 * @cssprop [--mrx-color-primary=#0b5cad] - Question text on hover.
 * @cssprop [--mrx-color-text=inherit] - Text colour.
 * @cssprop [--mrx-color-surface=transparent] - Background of the accordion.
 * @cssprop [--mrx-color-border=#8a94a6] - Lines between questions.
 * @cssprop [--mrx-radius=0.25em] - Corner radius of the focus ring.
 * @cssprop [--mrx-font-family=inherit] - Font; the page's by default.
 * @cssprop [--mrx-focus-color=#0b5cad] - Keyboard focus ring.
 */
export class MrxFaqAccordion extends LitElement {
  static readonly version = VERSION;
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    single: { type: Boolean, reflect: true },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    _items: { state: true },
  };

  /** Heading level (2 to 6) of each question. */
  headingLevel: 2 | 3 | 4 | 5 | 6 | null = 3;
  /** At most one answer open at a time. */
  single = false;
  /** Adds one schema.org `FAQPage` JSON-LD block to `<head>`, kept in sync and removed with the element. */
  structuredData = false;

  private _items: ShownItem[] = [];
  /**
   * Indexes in `_items` of the open answers, in the order they opened. Not a
   * reactive property: opening or closing re-renders the items it changes
   * (`_renderItem`), not the whole list.
   */
  private _open: ReadonlySet<number> = new Set();
  /** Each item's box (`[part=item]`), as the last update left them. */
  private _boxes: NodeListOf<HTMLElement> | [] = [];
  /** Each item's id: its own, else a slug of its question, made unique with -2, -3… */
  private _ids: string[] = [];
  /** The `<details>` taken over when their answer first opened (see _takeOver); a re-read keeps them so. */
  private readonly _takenOver = new WeakSet<HTMLDetailsElement>();
  private readonly _observer = new MutationObserver(() => void this._readContent());
  private _loadToken = 0;
  /** JSON-LD is off by default, so its code is only downloaded when asked for. */
  private readonly _jsonLd = new JsonLdController(
    this,
    () => this.structuredData,
    async () => {
      const { writeFaqPage } = await import('./faq-page.js');
      return (blocks) => [writeFaqPage(blocks[0], TAG, this._items)];
    },
  );

  constructor() {
    super();
    // The built-in FAQ comes in the element's language: a new `lang` means reading the questions again.
    new LangController(this, () => void this._readContent());
  }

  /** One listener of each kind for all the questions: each finds its question from the element's id (`q3`, `a3`). */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.addEventListener('click', (event) => {
      const index = this._indexOf(event, 'button');
      if (index >= 0) this._setOpen(index, !this._open.has(index), true);
    });
    root.addEventListener('keydown', this._onKeydown as EventListener);
    // Find-in-page and text fragments reveal a closed panel; the state follows.
    root.addEventListener('beforematch', (event) => {
      const index = this._indexOf(event, '[part=panel]');
      if (index >= 0) this._setOpen(index, true, true);
    });
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Content changes mean: read the questions again. `slot` too: a page script
    // that rewrites a <details>' attributes (a morphing library, a framework
    // re-render) must not leave its answer out of its panel.
    this._observer.observe(this, { childList: true, subtree: true, characterData: true, attributeFilter: ['slot'] });
    window.addEventListener('hashchange', this._onHashChange);
    // Re-reading assigns fresh items, so a re-attached element also rewrites its JSON-LD.
    void this._readContent();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._observer.disconnect();
    window.removeEventListener('hashchange', this._onHashChange);
    this._loadToken++;
  }

  /** Opens the item with this id (closing others in `single` mode). Returns false for an unknown id. */
  expand(id: string): boolean {
    return this._setOpenById(id, true);
  }

  /** Closes the item with this id. Returns false for an unknown id. */
  collapse(id: string): boolean {
    return this._setOpenById(id, false);
  }

  /** Opens every item; in `single` mode only the first. */
  expandAll(): void {
    this._open = new Set(this._items.keys());
    this.requestUpdate();
  }

  /** Closes every item. */
  collapseAll(): void {
    this._open = new Set();
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    // null: the attribute was removed, which quietly means the default.
    if (changed.has('headingLevel') && this.headingLevel !== null && !validLevel(this.headingLevel)) {
      reportBadValue(TAG, 'heading-level', 'must be 2 to 6', this.getAttribute('heading-level') ?? String(this.headingLevel), 'using 3');
    }
    // The one place `single` is enforced for content changes, methods and the attribute itself.
    if (this.single && this._open.size > 1) this._open = new Set([...this._open].slice(0, 1));
  }

  protected override render(): TemplateResult[] {
    // One box per question; `updated` fills them.
    return this._items.map(() => html`<div part="item"></div>`);
  }

  protected override updated(): void {
    // The items, heading level or `single` changed: every item again.
    this._boxes = this.renderRoot.querySelectorAll('[part=item]');
    for (const index of this._items.keys()) this._renderItem(index);
  }

  /** Renders one question and its answer into its box: opening an answer changes that item only. */
  private _renderItem(index: number): void {
    const item = this._items[index];
    const open = this._open.has(index);
    const regions = this.single || this._items.length <= MAX_REGIONS;
    if (open && item.details) this._takeOver(item.details);
    render(
      html`<div part="heading" role="heading" aria-level=${validLevel(this.headingLevel) ? this.headingLevel : 3}>
          <button part="button" id="q${index}" aria-expanded=${open ? 'true' : 'false'} aria-controls="a${index}">
            <span part="question">${item.question}</span><span part="icon" aria-hidden="true"></span>
          </button>
        </div>
        <div
          part="panel"
          id="a${index}"
          role=${open && regions ? 'region' : nothing}
          aria-labelledby=${open && regions ? `q${index}` : nothing}
          .hidden=${open ? false : 'until-found'}
        >
          ${item.details ? html`<slot name="a${index}"></slot>` : paragraphs(item.answer!)}
        </div>`,
      this._boxes[index],
    );
  }

  /** Reads content from the first source that has any: details children, JSON child, built-in pack. */
  private async _readContent(): Promise<void> {
    const token = ++this._loadToken;
    const details = [...this.querySelectorAll<HTMLDetailsElement>(':scope > details')];
    if (details.length) return this._show(details.map((element) => this._itemFromDetails(element)));
    try {
      const items = await (await import('./content.js')).loadItems(this, TAG);
      if (token === this._loadToken) void this._show(items);
    } catch (error) {
      reportError(TAG, `could not load its questions (${String(error)}).`);
    }
  }

  private async _show(items: ShownItem[]): Promise<void> {
    const first = !this._items.length;
    // Answers open before a re-read stay open, matched by id.
    const wasOpen = new Set([...this._open].map((index) => this._ids[index]));
    const seen = new Set<string>();
    // slugify ships here, not in the shared runtime.
    this._ids = items.map((item) => {
      const own = item.id ?? slugify(item.question);
      let id = own;
      for (let n = 2; seen.has(id); n++) id = `${own}-${n}`;
      seen.add(id);
      return id;
    });
    this._items = items;
    this._open = new Set([...items.keys()].filter((index) => items[index].openAtStart || wasOpen.has(this._ids[index])));
    await this.updateComplete;
    // Each <details> goes to its answer panel's named slot. Named, not manual:
    // every slot.assign() walks the whole shadow tree (1,000 questions took
    // 300 ms), while slot attributes are matched once, at the next style update.
    // Only where it differs: setting it makes a mutation record even for the same value.
    for (const [index, item] of this._items.entries())
      if (item.details && item.details.slot != `a${index}`) item.details.slot = `a${index}`;
    // Our own slot changes are no reason to read the content again; anything else queued is.
    if (this._observer.takeRecords().some((record) => record.attributeName != 'slot')) void this._readContent();
    // The page's #id applies once, when the first questions arrive.
    if (first) this._applyHash();
    this._jsonLd.sync();
  }

  /**
   * Reads an authored `<details>`: it stays in the light DOM (crawlable,
   * listeners kept) but is slotted into our panel (its `slot` attribute set).
   */
  private _itemFromDetails(details: HTMLDetailsElement): ShownItem {
    const question = (details.querySelector(':scope > summary')?.textContent ?? '').replace(/\s+/g, ' ').trim();
    return {
      id: details.id || undefined,
      // An empty summary still needs a button name; the id is the best we have.
      question: question || details.id || '?',
      details,
      // Open as the author wrote it, the first time we see it.
      openAtStart: !this._takenOver.has(details) && details.open,
    };
  }

  /**
   * The first time its panel opens, an authored `<details>` is opened for good
   * and its summary hidden: our heading button now asks the question. Not
   * before: a closed panel shows neither, so a first render touches no `<details>`.
   */
  private _takeOver(details: HTMLDetailsElement): void {
    if (this._takenOver.has(details)) return;
    this._takenOver.add(details);
    // A shared name would make browsers close the others as we open them.
    details.removeAttribute('name');
    details.open = true;
    // Inline and important (CSSOM, which a strict CSP allows): a theme's `summary { display: block }` must not show it again.
    details.querySelector<HTMLElement>(':scope > summary')?.style.setProperty('display', 'none', 'important');
  }

  /** The index of the question whose button (or panel) is, or holds, the event's target; -1 if none of ours. */
  private _indexOf(event: Event, selector: string): number {
    const element = (event.target as Element).closest?.(selector);
    // Only our own: a button in an authored answer is the page's.
    return element?.getRootNode() === this.renderRoot ? Number(element.id.slice(1)) : -1;
  }

  private _setOpenById(id: string, open: boolean): boolean {
    const index = this._ids.indexOf(id);
    if (index < 0) reportError(TAG, `no question has the id ${describeValue(id)}.`);
    else this._setOpen(index, open, false);
    return index >= 0;
  }

  /** Changes one item; `byUser` fires mrx-faq-toggle for every item whose state changed. */
  private _setOpen(index: number, open: boolean, byUser: boolean): void {
    const before = this._open;
    const after = new Set(this.single && open ? [] : before);
    if (open) after.add(index);
    else after.delete(index);
    this._open = after;
    for (const changed of new Set([...before, ...after])) {
      if (before.has(changed) === after.has(changed)) continue;
      // With an update on its way (or before the first), `updated` renders every item.
      if (!this.isUpdatePending) this._renderItem(changed);
      if (byUser) emit(this, 'mrx-faq-toggle', { id: this._ids[changed], open: after.has(changed) });
    }
  }

  private readonly _onHashChange = () => this._applyHash();

  /** `#id` opens that question and brings it into view. */
  private _applyHash(): void {
    // Compare encoded: location.hash keeps "#a%C3%B1o" for id="año", and decoding a stray "%" would throw.
    const hash = location.hash.slice(1);
    const index = this._ids.findIndex((id) => id === hash || encodeURIComponent(id) === hash);
    if (index < 0) return;
    this._setOpen(index, true, true);
    void this.updateComplete.then(() => this._boxes[index]?.scrollIntoView());
  }

  private readonly _onKeydown = (event: KeyboardEvent) => {
    const index = this._indexOf(event, 'button');
    const count = this._items.length;
    // Wraps: before the first is the last, after the last the first.
    const target = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: -1 }[event.key];
    if (index < 0 || target === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#q${(target + count) % count}`)?.focus();
  };
}
const validLevel = (level: number | null): level is number => Number.isInteger(level) && level! >= 2 && level! <= 6;

/**
 * Plain text as paragraphs (split at blank lines), never parsed as HTML. A
 * paragraph whose every line starts with "- " is a list, one item a line.
 */
function paragraphs(text: string) {
  return text
    .trim()
    .split(/\s*\n\s*\n\s*/)
    .filter(Boolean)
    .map((paragraph) =>
      /^- .*(\n\s*- .*)*$/.test(paragraph)
        ? html`<ul>
            ${paragraph
              .slice(2)
              .split(/\s*\n\s*- /)
              .map((item) => html`<li>${item}</li>`)}
          </ul>`
        : html`<p>${paragraph}</p>`,
    );
}

define(TAG, MrxFaqAccordion);

declare global {
  interface HTMLElementTagNameMap {
    'mrx-faq-accordion': MrxFaqAccordion;
  }
}
