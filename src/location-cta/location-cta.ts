import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { track } from '../internal/analytics.js';
import { checkOneOf, reportBadValue } from '../internal/attributes.js';
import { define } from '../internal/define.js';
import { describeValue } from '../internal/describe-value.js';
import { reportError } from '../internal/errors.js';
import { emit } from '../internal/events.js';
import { documentParsed, jsonChild } from '../internal/json-config.js';
import { JsonLdController } from '../internal/json-ld-controller.js';
import { LangElement } from '../internal/lang.js';
import { safeHttpUrl } from '../internal/urls.js';
import { VERSION } from '../internal/version.js';
import type { ClinicLocation, LocationConfig } from './config.js';
import { openStatus } from './hours.js';
import { addressLines, directionsUrl, nearest, telHref, withUtm, type Maps } from './links.js';
import { StatusClock } from './status-clock.js';
import { STRINGS, statusLine } from './strings.js';
import { styles } from './location-cta.styles.js';

export type { CtaClickDetail, LocationChangeDetail } from '../internal/events.js';
export type { ClinicLocation, LocationConfig } from './config.js';

const TAG = 'mrx-location-cta';
/** The `utm` used when the attribute is absent. */
export const DEFAULT_UTM = 'utm_source=mrx-widget&utm_medium=embed&utm_campaign=location-cta';

/**
 * @tagname mrx-location-cta
 * @summary Clinic locations with open-now status, call, directions and booking.
 *
 * Configuration, first match wins: the `locations` property; a child
 * `<script type="application/json">`; a `src` attribute (URL of the same JSON,
 * fetched once). Until a valid configuration is read, and whenever none is,
 * the element shows its other children: write a plain fallback there (the
 * clinic's name, phone link and address).
 *
 * @attr {string} [lang=inherited] - `en` or `es`; unset, the nearest `lang` up the page applies.
 *
 * @slot - Fallback content, shown until (or unless) a valid configuration is read.
 * @slot headline - Replaces the default headline ("Back pain physical therapy in Tampa").
 *
 * @event {CustomEvent<{ action: 'book' | 'call' | 'directions'; locationId: string }>} mrx-cta-click - A reader followed one of the actions.
 * @event {CustomEvent<{ locationId: string }>} mrx-location-change - A reader chose another location (picker or "Find the nearest clinic").
 *
 * @csspart base - The card or banner.
 * @csspart headline - The headline line.
 * @csspart picker - The row with the location list and the nearest-clinic button.
 * @csspart name - The location's name.
 * @csspart address - The location's address.
 * @csspart status - "Open now, closes 7 PM" / "Closed, opens Mon 7 AM".
 * @csspart actions - The row of actions.
 * @csspart button - Every action link and button.
 * @csspart call - The call link.
 * @csspart directions - The directions link.
 * @csspart book - The booking link.
 * @csspart nearest - The "Find the nearest clinic" button.
 * @csspart note - Messages of the nearest-clinic search.
 *
 * @cssprop [--mrx-color-primary=#0b5cad] - Action outlines, the booking button's fill.
 * @cssprop [--mrx-color-on-primary=#ffffff] - Text on the booking button.
 * @cssprop [--mrx-color-text=inherit] - Text colour.
 * @cssprop [--mrx-color-surface=transparent] - Background.
 * @cssprop [--mrx-color-border=#8a94a6] - Card border.
 * @cssprop [--mrx-color-open=#1a7f37] - The open-now dot.
 * @cssprop [--mrx-radius=0.5em] - Corner radius.
 * @cssprop [--mrx-font-family=inherit] - Font; the page's by default.
 * @cssprop [--mrx-focus-color=#0b5cad] - Keyboard focus ring.
 */
export class MrxLocationCta extends LangElement {
  static readonly version = VERSION;
  static override styles = styles;
  static override properties: PropertyDeclarations = {
    locations: { attribute: false },
    src: {},
    location: {},
    bookingUrl: { attribute: 'booking-url' },
    variant: { reflect: true },
    maps: {},
    utm: {},
    structuredData: { type: Boolean, attribute: 'structured-data' },
    analytics: {},
    _config: { state: true },
    _chosen: { state: true },
    _note: { state: true },
  };

  /** The configuration object (or just its `locations` array). Takes precedence over a JSON child and `src`. */
  locations: LocationConfig | ClinicLocation[] | null = null;
  /**
   * URL of the JSON configuration, fetched once (without cookies) when there is no property nor JSON child
   * (same origin, or add its origin to your CSP's `connect-src`).
   */
  src: string | null = null;
  /**
   * Id of the location shown first.
   * @default first
   */
  location: string | null = null;
  /** Booking link for locations without `bookingUrl` (http/https, may be relative). */
  bookingUrl: string | null = null;
  /**
   * `card`, or `banner`: a strip for inside an article (no address, and the call link says just "Call";
   * wraps on narrow screens).
   * @default `card`
   */
  variant: 'card' | 'banner' | null = null;
  /**
   * Directions provider: `google`, `apple` or `osm`.
   * @default `google`
   */
  maps: 'google' | 'apple' | 'osm' | null = null;
  /**
   * Query added to booking links; keys the link already has are kept; `utm=""` adds nothing.
   * @default `utm_source=mrx-widget&utm_medium=embed&utm_campaign=location-cta`
   */
  utm: string | null = null;
  /**
   * One schema.org `MedicalClinic` JSON-LD block per location in `<head>` (address, geo, telephone, opening
   * hours, url), kept in sync and removed with the element.
   */
  structuredData = false;
  /**
   * `datalayer` pushes `{event: 'mrx_cta_book'}`, `'mrx_cta_call'` or `'mrx_cta_directions'` to `window.dataLayer`.
   * @default off
   */
  analytics: 'datalayer' | null = null;

  private _config: LocationConfig | null = null;
  /** The reader's choice (picker or nearest), until `location` changes. */
  private _chosen: string | null = null;
  private _note = '';
  private _token = 0;
  private _json: string | null | undefined;
  // Only a changed JSON child means new configuration; other children are fallback content.
  private readonly _observer = new MutationObserver(() => {
    if (this._jsonText() !== this._json) void this._read();
  });
  private readonly _clock = new StatusClock(this, (now) => {
    const shown = this._shown();
    return shown && openStatus(shown.hours, shown.timezone, new Date(now)).change?.at.getTime();
  });
  /** JSON-LD is off by default, so its code is only downloaded when asked for. */
  private readonly _jsonLd = new JsonLdController(
    this,
    () => this.structuredData,
    async () => {
      const { writeClinics } = await import('./clinic-data.js');
      return (blocks) => writeClinics(blocks, TAG, this._config);
    },
  );

  override connectedCallback(): void {
    super.connectedCallback();
    this._observer.observe(this, { childList: true, subtree: true, characterData: true });
    void this._read();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._observer.disconnect();
    this._token++;
  }

  protected override willUpdate(changed: PropertyValues): void {
    // The first update reads in connectedCallback; later changes of a source read again.
    if (this.hasUpdated && (changed.has('locations') || changed.has('src'))) void this._read();
    if (changed.has('location')) this._chosen = null;
    if (changed.has('variant')) checkOneOf(TAG, 'variant', this.variant, ['card', 'banner']);
    if (changed.has('maps')) checkOneOf(TAG, 'maps', this.maps, ['google', 'apple', 'osm']);
    if (changed.has('bookingUrl') && this.bookingUrl != null && !safeHttpUrl(this.bookingUrl))
      reportBadValue(TAG, 'booking-url', 'must be an http(s) URL', this.bookingUrl, 'it is ignored');
    if (changed.has('location')) this._checkLocation();
  }

  private _checkLocation(): void {
    if (this.location && this._config && !this._find(this.location)) {
      reportError(TAG, `location ${describeValue(this.location)} is not an id in the configuration; showing the first location.`);
    }
  }

  protected override render(): TemplateResult {
    const config = this._config;
    if (!config) return html`<slot></slot>`;
    const lang = this._lang.language;
    const copy = STRINGS[lang];
    const { locations } = config;
    const shown = this._shown()!;
    const { id, name, address, phone, timezone, hours } = shown;
    const now = this._clock.now;
    const status = openStatus(hours, timezone, new Date(now));
    const booking = shown.bookingUrl ?? safeHttpUrl(this.bookingUrl)?.href;
    const link = (action: 'call' | 'directions' | 'book', href: string, text: string | TemplateResult) =>
      html`<a part="button ${action}" class=${action} href=${href} @click=${() => this._clicked(action, id)}>${text}</a>`;
    const located = locations.filter((location) => location.geo).length > 1;
    return html`<div part="base" lang=${lang}>
      <p part="headline" class="headline"><slot name="headline">${copy.headline(address.city)}</slot></p>
      ${
        locations.length > 1
          ? html`<div part="picker" class="picker">
              <label
                >${copy.choose}
                <select @change=${(event: Event) => this._choose((event.target as HTMLSelectElement).value, '')}>
                  ${locations.map((location) => html`<option value=${location.id} .selected=${location == shown}>${location.name}</option>`)}
                </select></label
              >${located ? html`<button part="button nearest" type="button" @click=${this._locate}>${copy.nearest}</button>` : nothing}
            </div>`
          : nothing
      }
      <p part="name" class="name">${name}</p>
      <p part="address">
        <bdi>${addressLines(address).join(', ')}</bdi>
      </p>
      <p part="status" class="status ${status.open ? 'open' : 'closed'}">${statusLine(status, timezone, now, lang)}</p>
      <p part="actions" class="actions">
        ${phone ? link('call', telHref(phone), html`${copy.call} <bdi class="number">${phone}</bdi>`) : nothing}
        ${link('directions', directionsUrl(shown, (this.maps as Maps) ?? 'google'), copy.directions)}
        ${booking ? link('book', withUtm(booking, this.utm ?? DEFAULT_UTM), copy.book) : nothing}
      </p>
      <p part="note" class="note" role="status">${this._note}</p>
    </div>`;
  }

  private _find(id: string | null): ClinicLocation | undefined {
    return this._config?.locations.find((location) => location.id == id);
  }

  /** The location on show: the reader's choice, else `location`, else the first. */
  private _shown(): ClinicLocation | undefined {
    return this._find(this._chosen ?? this.location) ?? this._config?.locations[0];
  }

  private _jsonText(): string | null {
    return jsonChild(this)?.textContent ?? null;
  }

  /** Reads the configuration (validation loads on demand); until it is valid the fallback content shows. */
  private async _read(): Promise<void> {
    const token = ++this._token;
    // False once a newer read (or a disconnect) has started: this one then changes nothing.
    const current = () => token == this._token;
    await documentParsed();
    if (!current()) return;
    this._json = this._jsonText();
    try {
      const { readConfig } = await import('./source.js');
      if (!current()) return;
      const config = await readConfig(this, TAG, this._json, current);
      if (!current()) return;
      this._config = config;
      this._checkLocation();
      // The structured data follows the configuration as soon as it is read.
      this._jsonLd.sync();
    } catch (error) {
      reportError(TAG, `could not load its configuration code (${String(error)}).`);
    }
  }

  /** A reader's choice of location, with the message to show; tells the page only if the location changed. */
  private _choose(id: string, note: string): void {
    const changed = this._shown()?.id != id;
    this._chosen = id;
    this._note = note;
    if (changed) emit(this, 'mrx-location-change', { locationId: id });
  }

  private _clicked(action: 'book' | 'call' | 'directions', locationId: string): void {
    emit(this, 'mrx-cta-click', { action, locationId });
    track(this.analytics, 'cta_' + action);
  }

  /** "Find the nearest clinic": asks for the position now, uses it once, keeps nothing. */
  private readonly _locate = () => {
    const copy = STRINGS[this._lang.language];
    const geolocation = navigator.geolocation;
    if (!geolocation) return (this._note = copy.unsupported);
    this._note = copy.locating;
    geolocation.getCurrentPosition(
      ({ coords }) => {
        const found = nearest(this._config?.locations ?? [], { lat: coords.latitude, lng: coords.longitude });
        if (found) this._choose(found.id, copy.found(found.name));
      },
      (error) => (this._note = error.code == error.PERMISSION_DENIED ? copy.denied : copy.unavailable),
      { timeout: 10000, maximumAge: 300000 },
    );
  };
}

define(TAG, MrxLocationCta);

declare global {
  interface HTMLElementTagNameMap {
    'mrx-location-cta': MrxLocationCta;
  }
}
