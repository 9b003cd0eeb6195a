import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { CLEARWATER, EXAMPLE, TAMPA } from '../test-support/clinics.js';
import { ConsoleSpy } from '../test-support/console.js';
import { forcedColors, geolocation, itIn, nextFrame, until } from '../test-support/page.js';
import type { ClinicLocation, LocationConfig } from './config.js';
import type { MrxLocationCta } from './location-cta.js';
import './location-cta.js';

// <mrx-location-cta> in a real browser. The clock is set by shifting Date.now
// (the element's only clock), and keeps running so that mocha's timeouts do;
// everything else is the real platform.

const JSON_URL = '/demo/clinics.json';
/** The booking query the element adds when `utm` is absent, as the README documents it. */
const UTM = 'utm_source=mrx-widget&utm_medium=embed&utm_campaign=location-cta';
const root = (el: MrxLocationCta) => el.shadowRoot!;
const part = (el: MrxLocationCta, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (el: MrxLocationCta, name: string) => part(el, name)?.textContent?.replace(/\s+/g, ' ').trim();
const href = (el: MrxLocationCta, name: string) => part(el, name)?.getAttribute('href');
const select = (el: MrxLocationCta) => root(el).querySelector('select')!;
const shown = (el: MrxLocationCta) => !!part(el, 'base');
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const config = (...locations: ClinicLocation[]): LocationConfig => copy({ ...EXAMPLE, locations });
/** A JSON child holding `value` (a string is written as is). */
const jsonChild = (value: unknown) =>
  `<script type="application/json">${typeof value == 'string' ? value : JSON.stringify(value)}</script>`;

const realNow = Date.now;
/** Sets the element's clock to an ISO instant, from where it runs on. */
const setClock = (iso: string) => {
  const offset = Date.parse(iso) - realNow();
  Date.now = () => realNow() + offset;
};
// Tuesday 24 November 2026, 10:00 in Tampa (EST, UTC-5).
const TUESDAY_10AM = '2026-11-24T15:00:00Z';

/** An element from markup, once it shows a location. */
async function cta(markup: string): Promise<MrxLocationCta> {
  const el = await fixture<MrxLocationCta>(markup);
  await until(shown.bind(null, el));
  return el;
}
/** An element configured through the property. */
async function withConfig(value: unknown, attributes = ''): Promise<MrxLocationCta> {
  const el = await fixture<MrxLocationCta>(`<mrx-location-cta ${attributes}></mrx-location-cta>`);
  el.locations = value as LocationConfig;
  await until(shown.bind(null, el));
  return el;
}
/** Resolves once `el` has read its configuration and found none valid (fallback shown). */
async function fallsBack(el: MrxLocationCta, spy: ConsoleSpy): Promise<void> {
  await until(() => spy.errors.length > 0);
  await el.updateComplete;
  expect(shown(el), 'card shown').to.equal(false);
}

/** Stops link navigation (tel:, maps) while letting the element see the click. */
const stopNavigation = (event: Event) => event.preventDefault();

describe('mrx-location-cta', () => {
  let spy: ConsoleSpy;
  beforeEach(() => {
    spy = new ConsoleSpy();
    setClock(TUESDAY_10AM);
    document.addEventListener('click', stopNavigation);
  });
  afterEach(() => {
    spy.restore();
    Date.now = realNow;
    document.removeEventListener('click', stopNavigation);
    delete (window as { dataLayer?: unknown }).dataLayer;
  });

  describe('configuration sources', () => {
    it('renders from the locations property (the whole object)', async () => {
      const el = await withConfig(config(TAMPA));
      expect(text(el, 'name')).to.equal('MotionRx Tampa');
      expect(text(el, 'address')).to.equal('100 Example Ave, Tampa, FL 33602');
      expect(text(el, 'headline')).to.equal('Back pain physical therapy in Tampa');
      expect(spy.errors).to.deep.equal([]);
    });

    it('renders from the locations property holding just the list', async () => {
      const el = await withConfig([copy(CLEARWATER)]);
      expect(text(el, 'name')).to.equal('MotionRx Clearwater');
    });

    it('renders from a JSON child, and re-reads it when it changes', async () => {
      const el = await cta(`<mrx-location-cta>${jsonChild(config(TAMPA))}</mrx-location-cta>`);
      expect(text(el, 'name')).to.equal('MotionRx Tampa');
      el.querySelector('script')!.textContent = JSON.stringify(config(CLEARWATER));
      await until(() => text(el, 'name') === 'MotionRx Clearwater');
    });

    it('fetches src once, without cookies, and shows the same as the JSON child', async () => {
      const requests: [RequestInfo | URL, RequestInit | undefined][] = [];
      const realFetch = window.fetch;
      window.fetch = (input, init) => (requests.push([input, init]), realFetch(input, init));
      try {
        const el = await cta(`<mrx-location-cta src="${JSON_URL}"></mrx-location-cta>`);
        expect(text(el, 'name')).to.equal('MotionRx Tampa');
        expect(select(el).options.length).to.equal(2);
        // Other children changing, re-attaching, re-rendering: no new request.
        el.append(document.createElement('p'));
        el.remove();
        document.body.append(el);
        el.requestUpdate();
        await nextFrame();
        expect(requests.length).to.equal(1);
        expect(requests[0][1]?.credentials).to.equal('omit');
        el.remove();
      } finally {
        window.fetch = realFetch;
      }
      // The demo's file is the shared example, so the tests' data and the served file never drift apart.
      expect(await (await fetch(JSON_URL)).json()).to.deep.equal(EXAMPLE);
    });

    it('makes no request without src, and the first source wins', async () => {
      const realFetch = window.fetch;
      let requests = 0;
      window.fetch = (input, init) => (requests++, realFetch(input, init));
      try {
        const el = await cta(`<mrx-location-cta src="${JSON_URL}">${jsonChild(config(CLEARWATER))}</mrx-location-cta>`);
        expect(text(el, 'name')).to.equal('MotionRx Clearwater');
        el.locations = config(TAMPA);
        await until(() => text(el, 'name') === 'MotionRx Tampa');
        expect(requests).to.equal(0);
      } finally {
        window.fetch = realFetch;
      }
    });

    it('shows the fallback while src loads, then the location', async () => {
      const el = await fixture<MrxLocationCta>(`<mrx-location-cta src="${JSON_URL}?delay=400"><p>Call us</p></mrx-location-cta>`);
      const fallback = el.querySelector('p')!;
      await nextFrame();
      expect(shown(el)).to.equal(false);
      expect(fallback.assignedSlot, 'fallback slotted').to.not.equal(null);
      expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
      await until(() => shown(el), 5000);
      expect(fallback.assignedSlot, 'fallback hidden').to.equal(null);
      expect(fallback.getBoundingClientRect().height).to.equal(0);
    });

    it('keeps the fallback and says why when src fails, and tries again when src changes', async () => {
      const el = await fixture<MrxLocationCta>(`<mrx-location-cta src="/demo/missing.json"><p>Call us</p></mrx-location-cta>`);
      await fallsBack(el, spy);
      expect(spy.errors).to.deep.equal([
        'mrx-location-cta: could not load src "/demo/missing.json" (HTTP 404); showing the fallback content.',
      ]);
      el.src = JSON_URL;
      await until(() => shown(el));
      expect(text(el, 'name')).to.equal('MotionRx Tampa');
    });

    it('gives up on a slow src after its time limit, with an error', async () => {
      // The real limit is 10 s; the platform's own timeout signal, made short.
      const realTimeout = AbortSignal.timeout;
      AbortSignal.timeout = () => realTimeout.call(AbortSignal, 100);
      try {
        const el = await fixture<MrxLocationCta>(`<mrx-location-cta src="${JSON_URL}?delay=1000"><p>Call us</p></mrx-location-cta>`);
        await fallsBack(el, spy);
        expect(spy.errors[0]).to.match(
          /^mrx-location-cta: could not load src ".*delay=1000" \(no answer in 10 s\); showing the fallback content\.$/,
        );
      } finally {
        AbortSignal.timeout = realTimeout;
      }
    });

    it('reports a src that is not http(s) and fetches nothing', async () => {
      const el = await fixture<MrxLocationCta>(`<mrx-location-cta src="javascript:alert(1)"><p>Call us</p></mrx-location-cta>`);
      await fallsBack(el, spy);
      expect(spy.errors).to.deep.equal([
        'mrx-location-cta: could not load src "javascript:alert(1)" (it must be an http(s) URL); showing the fallback content.',
      ]);
    });

    it('reports a missing configuration and keeps the fallback', async () => {
      const el = await fixture<MrxLocationCta>(`<mrx-location-cta><p>Call us</p></mrx-location-cta>`);
      await fallsBack(el, spy);
      expect(spy.errors[0]).to.match(/^mrx-location-cta: has no configuration/);
      expect(el.querySelector('p')!.assignedSlot).to.not.equal(null);
    });
  });

  describe('bad configuration', () => {
    it('reports malformed JSON and keeps the fallback', async () => {
      const el = await fixture<MrxLocationCta>(`<mrx-location-cta>${jsonChild('{"locations": [')}<p>Call us</p></mrx-location-cta>`);
      await fallsBack(el, spy);
      expect(spy.errors).to.have.length(1);
      expect(spy.errors[0]).to.match(/^mrx-location-cta: the <script type="application\/json"> child is not valid JSON/);
    });

    it('skips a location with a bad time, naming path and value, and shows the others', async () => {
      const bad = { ...copy(TAMPA), hours: { mon: [['7am', '19:00']] } };
      const el = await withConfig(config(bad as ClinicLocation, CLEARWATER));
      expect(text(el, 'name')).to.equal('MotionRx Clearwater');
      expect(root(el).querySelector('select'), 'no picker for one location').to.equal(null);
      expect(spy.errors).to.deep.equal([
        'mrx-location-cta: locations[0].hours.mon[0] must be two "HH:MM" times (an opening before 24:00), got ["7am","19:00"] (in the locations property); skipping that location.',
      ]);
    });

    it('skips a location with an unknown time zone', async () => {
      await withConfig(config({ ...copy(TAMPA), timezone: 'Mars/Olympus_Mons' }, CLEARWATER));
      expect(spy.errors).to.deep.equal([
        'mrx-location-cta: locations[0].timezone must be an IANA time zone, got "Mars/Olympus_Mons" (in the locations property); skipping that location.',
      ]);
    });

    it('skips a location with a javascript: booking URL and never links to it', async () => {
      const el = await withConfig(config({ ...copy(TAMPA), bookingUrl: 'javascript:alert(1)' }, CLEARWATER));
      expect(spy.errors).to.deep.equal([
        'mrx-location-cta: locations[0].bookingUrl must be an http(s) URL, got "javascript:alert(1)" (in the locations property); skipping that location.',
      ]);
      expect(root(el).innerHTML).to.not.include('javascript:');
    });

    it('drops a bad organization and keeps the locations', async () => {
      const el = await withConfig({ organization: { name: '' }, locations: [copy(TAMPA)] });
      expect(text(el, 'name')).to.equal('MotionRx Tampa');
      expect(spy.errors).to.deep.equal([
        'mrx-location-cta: organization.name must be a non-empty string, got "" (in the locations property); leaving it out.',
      ]);
    });

    it('shows the fallback when no location is valid', async () => {
      const el = await fixture<MrxLocationCta>(`<mrx-location-cta><p>Call us</p></mrx-location-cta>`);
      el.locations = { locations: [{ id: 'x' }] } as unknown as LocationConfig;
      await until(() => spy.errors.some((error) => error.endsWith('showing the fallback content.')));
      await el.updateComplete;
      expect(shown(el)).to.equal(false);
      expect(el.querySelector('p')!.assignedSlot).to.not.equal(null);
    });

    it('ignores a javascript: booking-url attribute, with an error', async () => {
      const noBooking = copy(TAMPA);
      delete noBooking.bookingUrl;
      const el = await withConfig(config(noBooking), 'booking-url="javascript:alert(1)"');
      expect(part(el, 'book')).to.equal(null);
      expect(spy.errors).to.deep.equal(['mrx-location-cta: booking-url must be an http(s) URL, got "javascript:alert(1)"; it is ignored.']);
    });

    it('reports an unknown variant, maps or location, and uses the defaults', async () => {
      const el = await withConfig(config(TAMPA, CLEARWATER), 'variant="strip" maps="bing" location="orlando"');
      expect(spy.errors).to.deep.equal([
        'mrx-location-cta: variant must be card or banner, got "strip"; using card.',
        'mrx-location-cta: maps must be google or apple or osm, got "bing"; using google.',
        'mrx-location-cta: location "orlando" is not an id in the configuration; showing the first location.',
      ]);
      expect(text(el, 'name')).to.equal('MotionRx Tampa');
      expect(href(el, 'directions')).to.match(/^https:\/\/www\.google\.com\/maps\/dir\//);
    });
  });

  describe('open-now status', () => {
    const status = async (iso: string, location: ClinicLocation = TAMPA, attributes = '') => {
      setClock(iso);
      return text(await withConfig(config(location), attributes), 'status');
    };

    it('says open and when it closes', async () => {
      expect(await status(TUESDAY_10AM)).to.equal('Open now, closes 7 PM');
    });

    it('says closed and the next opening, with the day when it is not today', async () => {
      // Saturday 13:00, after the morning hours: next is Monday.
      expect(await status('2026-11-28T18:00:00Z')).to.equal('Closed, opens Mon 7 AM');
      // Monday 22:00.
      expect(await status('2026-11-24T03:00:00Z')).to.equal('Closed, opens Tue 7 AM');
      // Tuesday 05:00: opens later today.
      expect(await status('2026-11-24T10:00:00Z')).to.equal('Closed, opens 7 AM');
    });

    it('handles a lunch break', async () => {
      // Clearwater, Monday 30 November 12:30: closed for lunch.
      expect(await status('2026-11-30T17:30:00Z', CLEARWATER)).to.equal('Closed, opens 1 PM');
    });

    it('computes in the location’s zone, not the browser’s', async () => {
      // 15:00 UTC is 10:00 in Tampa but 02:00 next day in Sydney.
      const sydney = { ...copy(TAMPA), timezone: 'Australia/Sydney' };
      expect(await status(TUESDAY_10AM, sydney)).to.equal('Closed, opens 7 AM');
    });

    it('says open 24 hours and closed with no hours', async () => {
      const always = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, [['00:00', '24:00']]]));
      expect(await status(TUESDAY_10AM, { ...copy(TAMPA), hours: always })).to.equal('Open 24 hours');
      expect(await status(TUESDAY_10AM, { ...copy(TAMPA), hours: always }, 'lang="es"')).to.equal('Abierto las 24 horas');
      expect(await status(TUESDAY_10AM, { ...copy(TAMPA), hours: {} })).to.equal('Closed');
      expect(await status(TUESDAY_10AM, { ...copy(TAMPA), hours: {} }, 'lang="es"')).to.equal('Cerrado');
    });

    it('says a close at midnight as a word, without the next day', async () => {
      // Tuesday 20:00, open until 24:00.
      const late = { ...copy(TAMPA), hours: { tue: [['18:00', '24:00']] } } as ClinicLocation;
      expect(await status('2026-11-25T01:00:00Z', late)).to.equal('Open now, closes midnight');
      expect(await status('2026-11-25T01:00:00Z', late, 'lang="es"')).to.equal('Abierto ahora, cierra a la medianoche');
      // An opening just after midnight is tomorrow's.
      const early = { ...copy(TAMPA), hours: { wed: [['00:30', '02:00']] } } as ClinicLocation;
      expect(await status('2026-11-25T01:00:00Z', early)).to.equal('Closed, opens Wed 12:30 AM');
      expect(await status('2026-11-25T01:00:00Z', early, 'lang="es"')).to.equal('Cerrado, abre el miércoles a las 12:30 a. m.');
    });

    it('leaves out the weekday for a change later the same day, on the 25-hour fall-back day too', async () => {
      // Sunday 1 November 2026, 00:10 EDT; clocks go back at 02:00, so 23:30 is 24 h 20 min away.
      expect(await status('2026-11-01T04:10:00Z', { ...copy(TAMPA), hours: { sun: [['23:30', '23:59']] } })).to.equal(
        'Closed, opens 11:30 PM',
      );
    });

    it('speaks Spanish, with times as US Spanish readers read them', async () => {
      expect(await status(TUESDAY_10AM, TAMPA, 'lang="es"')).to.equal('Abierto ahora, cierra a las 7:00 p. m.');
      expect(await status('2026-11-28T18:00:00Z', TAMPA, 'lang="es"')).to.equal('Cerrado, abre el lunes a las 7:00 a. m.');
      // Saturday 10:00, open until noon; Tuesday 05:00, opening later today.
      expect(await status('2026-11-28T15:00:00Z', TAMPA, 'lang="es"')).to.equal('Abierto ahora, cierra a las 12:00 p. m.');
      expect(await status('2026-11-24T10:00:00Z', TAMPA, 'lang="es"')).to.equal('Cerrado, abre a las 7:00 a. m.');
    });

    it('keeps a Spanish time on one line, with no-break spaces', async () => {
      setClock(TUESDAY_10AM);
      const el = await withConfig(config(TAMPA), 'lang="es"');
      expect(part(el, 'status')!.textContent.trim()).to.equal('Abierto ahora, cierra a las 7:00\u00a0p.\u00a0m.');
    });

    it('says "a la 1" in Spanish for one o\u2019clock, "a las" either side', async () => {
      // Clearwater, Monday 30 November 12:30: closed for lunch until 1 PM.
      expect(await status('2026-11-30T17:30:00Z', CLEARWATER, 'lang="es"')).to.equal('Cerrado, abre a la 1:00 p. m.');
      // Clearwater, Monday 11:00: closes at noon.
      expect(await status('2026-11-30T16:00:00Z', CLEARWATER, 'lang="es"')).to.equal('Abierto ahora, cierra a las 12:00 p. m.');
      // Clearwater, Monday 13:30: closes at 6 PM.
      expect(await status('2026-11-30T18:30:00Z', CLEARWATER, 'lang="es"')).to.equal('Abierto ahora, cierra a las 6:00 p. m.');
      const oneAm = { ...copy(TAMPA), hours: { wed: [['01:00', '05:00']] } } as ClinicLocation;
      expect(await status(TUESDAY_10AM, oneAm, 'lang="es"')).to.equal('Cerrado, abre el miércoles a la 1:00 a. m.');
      const twoAm = { ...copy(TAMPA), hours: { wed: [['02:00', '05:00']] } } as ClinicLocation;
      expect(await status(TUESDAY_10AM, twoAm, 'lang="es"')).to.equal('Cerrado, abre el miércoles a las 2:00 a. m.');
    });

    it('names every weekday in full in Spanish, and keeps short English ones', async () => {
      const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
      const spanish = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'];
      const english = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
      for (const [i, day] of days.entries()) {
        const only = { ...copy(TAMPA), hours: { [day]: [['09:00', '17:00']] } } as ClinicLocation;
        // 20:00 in Tampa the evening before (Sunday 22 November for Monday).
        const evening = new Date(Date.UTC(2026, 10, 23 + i, 1)).toISOString();
        expect(await status(evening, only, 'lang="es"'), day).to.equal(`Cerrado, abre el ${spanish[i]} a las 9:00 a. m.`);
        expect(await status(evening, only), day).to.equal(`Closed, opens ${english[i]} 9 AM`);
      }
    });

    it('updates itself at the next change with one timer, not a timer per second', async () => {
      const timers: number[] = [];
      const realSetTimeout = window.setTimeout;
      // Tuesday 18:59:59.800 in Tampa.
      setClock('2026-11-24T23:59:59.800Z');
      window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => (
        timers.push(delay ?? 0),
        realSetTimeout(handler, delay, ...rest)
      )) as typeof setTimeout;
      const realSetInterval = window.setInterval;
      window.setInterval = () => expect.fail('setInterval used');
      try {
        const el = await withConfig(config(TAMPA));
        expect(text(el, 'status')).to.equal('Open now, closes 7 PM');
        expect(timers).to.have.length(1);
        expect(timers[0]).to.be.within(100, 200);
        // The clock reaches 19:00; the timer fires and the status changes.
        setClock('2026-11-25T00:00:00.100Z');
        await until(() => text(el, 'status') === 'Closed, opens Wed 7 AM');
        // Next timer: Wednesday 7:00, 12 hours minus 100 ms (and what the test took) away.
        expect(timers.at(-1)).to.be.within(12 * 3600e3 - 1100, 12 * 3600e3 - 100);
        el.remove();
      } finally {
        window.setTimeout = realSetTimeout;
        window.setInterval = realSetInterval;
      }
    });
  });

  describe('lifecycle', () => {
    it('leaves no timer or listener behind when removed, and starts again when re-attached', async () => {
      const timers = new Set<number>();
      const listeners = new Set<EventListenerOrEventListenerObject>();
      const real = {
        setTimeout: window.setTimeout,
        clearTimeout: window.clearTimeout,
        add: document.addEventListener,
        remove: document.removeEventListener,
      };
      const [set, clear]: [Window['setTimeout'], Window['clearTimeout']] = [real.setTimeout.bind(window), real.clearTimeout.bind(window)];
      window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
        const id = set(handler, delay, ...rest);
        // The status timer is minutes to days away; Lit and the test runner use short ones.
        if ((delay ?? 0) > 60e3) timers.add(id);
        return id;
      }) as typeof setTimeout;
      window.clearTimeout = ((id?: number) => (timers.delete(id!), clear(id))) as typeof clearTimeout;
      document.addEventListener = function (
        type: string,
        listener: EventListenerOrEventListenerObject,
        options?: boolean | AddEventListenerOptions,
      ) {
        if (type === 'visibilitychange') listeners.add(listener);
        return real.add.call(this, type, listener, options);
      };
      document.removeEventListener = function (
        type: string,
        listener: EventListenerOrEventListenerObject,
        options?: boolean | EventListenerOptions,
      ) {
        if (type === 'visibilitychange') listeners.delete(listener);
        return real.remove.call(this, type, listener, options);
      };
      try {
        const el = await withConfig(config(TAMPA));
        expect([timers.size, listeners.size], 'attached').to.deep.equal([1, 1]);
        const parent = el.parentNode!;
        el.remove();
        expect([timers.size, listeners.size], 'removed').to.deep.equal([0, 0]);
        // Changed while detached: it renders, but sets no timer.
        el.maps = 'osm';
        await el.updateComplete;
        expect(timers.size, 'updated while detached').to.equal(0);
        parent.append(el);
        await until(() => timers.size === 1);
        expect(listeners.size, 're-attached').to.equal(1);
        el.remove();
        expect([timers.size, listeners.size], 'removed again').to.deep.equal([0, 0]);
      } finally {
        Object.assign(window, { setTimeout: real.setTimeout, clearTimeout: real.clearTimeout });
        Object.assign(document, { addEventListener: real.add, removeEventListener: real.remove });
      }
    });
  });

  describe('actions', () => {
    it('links call (dialled digits), directions and booking', async () => {
      const el = await withConfig(config(TAMPA));
      expect(href(el, 'call')).to.equal('tel:+18135550100');
      expect(text(el, 'call')).to.equal('Call +1 813 555 0100');
      expect(href(el, 'directions')).to.equal(
        'https://www.google.com/maps/dir/?api=1&destination=100%20Example%20Ave%2C%20Tampa%2C%20FL%2033602%2C%20US',
      );
      expect(href(el, 'book')).to.equal(`https://example.com/book/tampa?${UTM}`);
    });

    it('uses the maps provider asked for', async () => {
      const el = await withConfig(config(TAMPA), 'maps="apple"');
      expect(href(el, 'directions')).to.equal('https://maps.apple.com/?daddr=100%20Example%20Ave%2C%20Tampa%2C%20FL%2033602%2C%20US');
      el.maps = 'osm';
      await el.updateComplete;
      expect(href(el, 'directions')).to.equal('https://www.openstreetmap.org/directions?to=27.95%2C-82.46');
    });

    it('merges the UTM query into a booking URL that has one, keeping its keys', async () => {
      const el = await withConfig(config(CLEARWATER));
      expect(href(el, 'book')).to.equal(`http://example.com/book?clinic=clearwater&${UTM}`);
      el.utm = 'utm_source=partner&clinic=other';
      await el.updateComplete;
      expect(href(el, 'book')).to.equal('http://example.com/book?clinic=clearwater&utm_source=partner');
      el.utm = '';
      await el.updateComplete;
      expect(href(el, 'book')).to.equal('http://example.com/book?clinic=clearwater');
    });

    it('uses booking-url (relative is fine) where a location has none', async () => {
      const noBooking = copy(TAMPA);
      delete noBooking.bookingUrl;
      const el = await withConfig(config(noBooking), 'booking-url="/book?from=cta"');
      expect(href(el, 'book')).to.equal(`${location.origin}/book?from=cta&${UTM}`);
      el.removeAttribute('booking-url');
      await el.updateComplete;
      expect(part(el, 'book')).to.equal(null);
    });

    it('leaves out the call link without a phone', async () => {
      const noPhone = copy(TAMPA);
      delete noPhone.phone;
      const el = await withConfig(config(noPhone));
      expect(part(el, 'call')).to.equal(null);
      expect(part(el, 'directions')).to.not.equal(null);
    });

    it('fires mrx-cta-click for each action, by mouse and keyboard', async () => {
      const el = await withConfig(config(TAMPA));
      for (const action of ['call', 'directions', 'book'] as const) {
        const event = oneEvent(el, 'mrx-cta-click');
        part(el, action)!.click();
        const { detail, bubbles, composed } = (await event) as CustomEvent<unknown>;
        expect({ detail, bubbles, composed }).to.deep.equal({ detail: { action, locationId: 'tampa' }, bubbles: true, composed: true });
      }
      part(el, 'book')!.focus();
      const event = oneEvent(el, 'mrx-cta-click');
      await sendKeys({ press: 'Enter' });
      expect((await event).detail).to.deep.equal({ action: 'book', locationId: 'tampa' });
    });

    it('pushes action names to the dataLayer only with analytics="datalayer"', async () => {
      const quiet = await withConfig(config(TAMPA));
      part(quiet, 'book')!.click();
      expect('dataLayer' in window).to.equal(false);
      const el = await withConfig(config(TAMPA), 'analytics="datalayer"');
      part(el, 'call')!.click();
      part(el, 'book')!.click();
      expect((window as unknown as { dataLayer: unknown[] }).dataLayer).to.deep.equal([
        { event: 'mrx_cta_call' },
        { event: 'mrx_cta_book' },
      ]);
    });

    it('fires no event for changes made by the page', async () => {
      const el = await withConfig(config(TAMPA, CLEARWATER));
      let events = 0;
      el.addEventListener('mrx-location-change', () => events++);
      el.location = 'clearwater';
      el.locations = config(CLEARWATER, TAMPA);
      await nextFrame();
      await el.updateComplete;
      expect(text(el, 'name')).to.equal('MotionRx Clearwater');
      expect(events).to.equal(0);
    });
  });

  describe('several locations', () => {
    it('shows the location attribute first and offers a labelled picker', async () => {
      const el = await withConfig(config(TAMPA, CLEARWATER), 'location="clearwater"');
      expect(text(el, 'name')).to.equal('MotionRx Clearwater');
      const picker = select(el);
      expect(picker.value).to.equal('clearwater');
      expect(picker.labels[0].textContent.trim()).to.match(/^Choose a clinic/);
      expect(Array.from(picker.options, (option) => option.textContent)).to.deep.equal(['MotionRx Tampa', 'MotionRx Clearwater']);
    });

    it('changes location with the keyboard and tells the page', async () => {
      const el = await withConfig(config(TAMPA, CLEARWATER));
      select(el).focus();
      const event = oneEvent(el, 'mrx-location-change');
      await sendKeys({ press: 'ArrowDown' });
      expect((await event).detail).to.deep.equal({ locationId: 'clearwater' });
      await el.updateComplete;
      expect(text(el, 'name')).to.equal('MotionRx Clearwater');
      expect(href(el, 'call')).to.equal('tel:7275550123');
      expect(text(el, 'headline')).to.equal('Back pain physical therapy in Clearwater');
    });

    it('reaches every control with Tab, in order', async () => {
      const el = await withConfig(config(TAMPA, CLEARWATER));
      const before = document.createElement('button');
      el.before(before);
      before.focus();
      const seen: string[] = [];
      for (let i = 0; i < 5; i++) {
        await sendKeys({ press: 'Tab' });
        const active = root(el).activeElement as HTMLElement | null;
        seen.push(active?.localName === 'select' ? 'select' : (active?.getAttribute('part') ?? 'outside'));
      }
      before.remove();
      expect(seen).to.deep.equal(['select', 'button nearest', 'button call', 'button directions', 'button book']);
    });
  });

  describe('nearest clinic', () => {
    afterEach(() => geolocation({ permission: 'prompt' }));
    const nearButton = (el: MrxLocationCta) => part(el, 'nearest')!;

    it('asks for the position only on the press, picks the nearest and announces it', async () => {
      await geolocation({ permission: 'granted', position: { latitude: 27.96, longitude: -82.75 } });
      const realGet = Geolocation.prototype.getCurrentPosition;
      let asked = 0;
      Geolocation.prototype.getCurrentPosition = function (...args) {
        asked++;
        return realGet.apply(this, args);
      };
      const el = await withConfig(config(TAMPA, CLEARWATER)).finally(() => expect(asked, 'asked before the press').to.equal(0));
      expect(text(el, 'note')).to.equal('');
      const event = oneEvent(el, 'mrx-location-change');
      nearButton(el).click();
      Geolocation.prototype.getCurrentPosition = realGet;
      expect(asked, 'asked on the press').to.equal(1);
      expect((await event).detail).to.deep.equal({ locationId: 'clearwater' });
      await el.updateComplete;
      expect(text(el, 'name')).to.equal('MotionRx Clearwater');
      expect(select(el).value).to.equal('clearwater');
      expect(part(el, 'note')!.getAttribute('role')).to.equal('status');
      expect(text(el, 'note')).to.equal('Nearest clinic: MotionRx Clearwater.');
      expect(sessionStorage.length + localStorage.length, 'nothing stored').to.equal(0);
    });

    it('keeps the list in step with the choice, and tells the page only about a change', async () => {
      await geolocation({ permission: 'granted', position: { latitude: 27.96, longitude: -82.75 } });
      const el = await withConfig(config(TAMPA, CLEARWATER));
      const events: string[] = [];
      el.addEventListener('mrx-location-change', (event) => events.push(event.detail.locationId));
      // The reader picks Clearwater, then Tampa, in the list; then the nearest (Clearwater).
      select(el).focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(select(el).value).to.equal('tampa');
      nearButton(el).click();
      await until(() => text(el, 'note') === 'Nearest clinic: MotionRx Clearwater.');
      expect(select(el).value, 'the list follows').to.equal('clearwater');
      expect(text(el, 'name')).to.equal('MotionRx Clearwater');
      // Nearest again: the same clinic, so no event.
      nearButton(el).click();
      await nextFrame();
      await el.updateComplete;
      expect(events).to.deep.equal(['clearwater', 'tampa', 'clearwater']);
      // Picking from the list clears the nearest-clinic message.
      select(el).focus();
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(text(el, 'note')).to.equal('');
      expect(events.at(-1)).to.equal('tampa');
    });

    it('works from the keyboard', async () => {
      await geolocation({ permission: 'granted', position: { latitude: 27.9, longitude: -82.4 } });
      const el = await withConfig(config(CLEARWATER, TAMPA));
      nearButton(el).focus();
      const event = oneEvent(el, 'mrx-location-change');
      await sendKeys({ press: 'Enter' });
      expect((await event).detail).to.deep.equal({ locationId: 'tampa' });
    });

    it('says so when the reader refuses', async () => {
      await geolocation({ permission: 'denied' });
      const el = await withConfig(config(TAMPA, CLEARWATER));
      nearButton(el).click();
      await until(() => text(el, 'note') === 'Location access was not allowed. Choose a clinic from the list.');
      expect(text(el, 'name')).to.equal('MotionRx Tampa');
    });

    it('says so when the browser has no geolocation', async () => {
      Object.defineProperty(navigator, 'geolocation', { value: undefined, configurable: true });
      try {
        const el = await withConfig(config(TAMPA, CLEARWATER), 'lang="es"');
        nearButton(el).click();
        await el.updateComplete;
        expect(text(el, 'note')).to.equal('Este navegador no puede compartir su ubicación. Elija una clínica de la lista.');
      } finally {
        delete (navigator as { geolocation?: unknown }).geolocation;
      }
      expect(navigator.geolocation, 'restored').to.be.instanceOf(Geolocation);
    });

    for (const [code, why] of [
      [2, 'no position'],
      [3, 'a timeout'],
    ] as const) {
      it(`says so after ${why} (error code ${code})`, async () => {
        const realGet = Geolocation.prototype.getCurrentPosition;
        // The platform's error callback, as the browser calls it when its position source fails.
        Geolocation.prototype.getCurrentPosition = (_success, error) =>
          error!({ code, message: why, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 });
        try {
          const el = await withConfig(config(TAMPA, CLEARWATER));
          nearButton(el).click();
          await el.updateComplete;
          expect(text(el, 'note')).to.equal('Your location could not be found. Choose a clinic from the list.');
        } finally {
          Geolocation.prototype.getCurrentPosition = realGet;
        }
      });
    }

    // The real platform path, not a stub: Firefox's BiDi driver cannot make a position fail; Chromium (CDP) can.
    itIn('chromium', 'a failing position needs CDP', 'says so when the browser itself has no position', async function () {
      await geolocation({ permission: 'granted', unavailable: true });
      const el = await withConfig(config(TAMPA, CLEARWATER));
      nearButton(el).click();
      await until(() => text(el, 'note') === 'Your location could not be found. Choose a clinic from the list.', 5000);
    });

    it('is offered only when two or more locations have coordinates', async () => {
      const noGeo = copy(CLEARWATER);
      delete noGeo.geo;
      const el = await withConfig(config(TAMPA, noGeo));
      expect(select(el)).to.be.instanceOf(HTMLSelectElement);
      expect(part(el, 'nearest')).to.equal(null);
    });
  });

  describe('variants, slots and language', () => {
    it('renders a banner variant without the address', async () => {
      const el = await withConfig(config(TAMPA), 'variant="banner"');
      expect(getComputedStyle(part(el, 'base')!).display).to.equal('flex');
      expect(part(el, 'address')!.getBoundingClientRect().height).to.equal(0);
      expect(text(el, 'status')).to.equal('Open now, closes 7 PM');
    });

    it('lets the headline slot replace the default copy', async () => {
      const el = await fixture<MrxLocationCta>(
        `<mrx-location-cta><span slot="headline">Stiff mornings? See us in Tampa</span></mrx-location-cta>`,
      );
      el.locations = config(TAMPA);
      await until(() => shown(el));
      const slot = part(el, 'headline')!.querySelector('slot')!;
      expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Stiff mornings? See us in Tampa']);
    });

    it('speaks Spanish from an ancestor lang, and follows a change of its own lang', async () => {
      const wrapper = await fixture(`<div lang="es-MX"><mrx-location-cta></mrx-location-cta></div>`);
      const el = wrapper.querySelector('mrx-location-cta')!;
      el.locations = config(TAMPA, CLEARWATER);
      await until(() => shown(el));
      expect(text(el, 'headline')).to.equal('Fisioterapia (terapia física) para el dolor de espalda en Tampa');
      expect(text(el, 'book')).to.equal('Programar una cita');
      expect(part(el, 'base')!.lang).to.equal('es');
      el.lang = 'en';
      await el.updateComplete;
      expect(text(el, 'headline')).to.equal('Back pain physical therapy in Tampa');
    });

    it('keeps the address and the phone number in reading order on a right-to-left page', async () => {
      const wrapper = await fixture(`<div dir="rtl"><mrx-location-cta></mrx-location-cta></div>`);
      const el = wrapper.querySelector('mrx-location-cta')!;
      el.locations = config(TAMPA);
      await until(() => shown(el));
      // Where the first and last characters of a text are drawn: left to right means first is further left.
      const ends = (node: Node) => {
        const text = [...node.childNodes].find((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim())!;
        const range = document.createRange();
        const x = (offset: number) => (range.setStart(text, offset), range.setEnd(text, offset + 1), range.getBoundingClientRect().left);
        return [x(0), x(text.textContent!.length - 1)];
      };
      const [first, last] = ends(part(el, 'address')!.querySelector('bdi')!);
      expect(first, '"1" of "100 Example Ave" comes first').to.be.lessThan(last);
      const number = part(el, 'call')!.querySelector('.number')!;
      const [plus, zero] = ends(number);
      expect(plus, '"+1 813 555 0100" reads left to right').to.be.lessThan(zero);
    });

    it('fits 320 px without horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        // Spanish too: its copy is the longer.
        for (const [variant, lang] of ['card', 'banner'].flatMap((variant) => ['en', 'es'].map((lang) => [variant, lang]))) {
          const label = `${variant} ${lang}`;
          const el = await withConfig(config(TAMPA, CLEARWATER), `variant="${variant}" lang="${lang}" style="max-width: 320px"`);
          expect(el.scrollWidth, label).to.be.at.most(320);
          for (const node of root(el).querySelectorAll('a, button, select'))
            expect(node.getBoundingClientRect().right, label).to.be.at.most(320);
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    itIn('chromium', 'forced-colours emulation needs CDP', 'keeps actions visible in forced colours', async function () {
      const el = await withConfig(config(TAMPA, CLEARWATER));
      const book = part(el, 'book')!;
      // Normally the booking button is filled: its border is its background.
      expect(getComputedStyle(book).borderTopColor).to.equal(getComputedStyle(book).backgroundColor);
      await forcedColors('active');
      try {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        for (const action of ['call', 'directions', 'book', 'nearest']) {
          const style = getComputedStyle(part(el, action)!);
          expect(style.borderTopStyle, action).to.equal('solid');
          expect(parseFloat(style.borderTopWidth), action).to.be.greaterThan(0);
          // System colours: the outline stands out from the background, the text too.
          expect(style.borderTopColor, action).to.not.equal(style.backgroundColor);
          expect(style.color, action).to.not.equal(style.backgroundColor);
        }
      } finally {
        await forcedColors('none');
      }
    });
  });

  describe('structured data', () => {
    const blocks = () =>
      Array.from(
        document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"][data-mrx-owner="mrx-location-cta"]'),
      );
    const data = () => blocks().map((script) => JSON.parse(script.textContent) as Record<string, unknown>);

    it('writes one MedicalClinic per location, keeps it in sync and removes it with the element', async () => {
      const el = await withConfig(config(TAMPA, CLEARWATER), 'structured-data');
      await until(() => blocks().length === 2);
      const [tampa] = data();
      expect(tampa).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'MedicalClinic',
        name: 'MotionRx Tampa',
        address: {
          '@type': 'PostalAddress',
          streetAddress: '100 Example Ave',
          addressLocality: 'Tampa',
          addressRegion: 'FL',
          postalCode: '33602',
          addressCountry: 'US',
        },
        geo: { '@type': 'GeoCoordinates', latitude: 27.95, longitude: -82.46 },
        telephone: '+1 813 555 0100',
        openingHoursSpecification: [
          ...['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map((dayOfWeek) => ({
            '@type': 'OpeningHoursSpecification',
            dayOfWeek,
            opens: '07:00',
            closes: '19:00',
          })),
          { '@type': 'OpeningHoursSpecification', dayOfWeek: 'Saturday', opens: '08:00', closes: '12:00' },
        ],
        url: 'https://example.com/',
        parentOrganization: { '@type': 'Organization', name: 'MotionRx Physical Therapy', url: 'https://example.com/' },
      });
      el.locations = config(CLEARWATER);
      await until(() => blocks().length === 1 && data()[0].name === 'MotionRx Clearwater');
      el.remove();
      expect(blocks()).to.have.length(0);
    });

    it('writes nothing unless asked, and removes it when the attribute goes', async () => {
      const el = await withConfig(config(TAMPA));
      await nextFrame();
      expect(blocks()).to.have.length(0);
      el.structuredData = true;
      await until(() => blocks().length === 1);
      el.structuredData = false;
      await until(() => blocks().length === 0);
    });
  });

  describe('accessibility', () => {
    it('passes axe as a card with several locations, and after a message', async () => {
      const el = await withConfig(config(TAMPA, CLEARWATER));
      await expect(el).to.be.accessible();
      Object.defineProperty(navigator, 'geolocation', { value: undefined, configurable: true });
      try {
        part(el, 'nearest')!.click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      } finally {
        delete (navigator as { geolocation?: unknown }).geolocation;
      }
    });

    it('passes axe as a banner, closed, in Spanish', async () => {
      setClock('2026-11-28T18:00:00Z');
      const el = await withConfig(config(TAMPA), 'variant="banner" lang="es"');
      await expect(el).to.be.accessible();
    });

    it('passes axe showing the fallback', async () => {
      const el = await fixture<MrxLocationCta>(
        html`<mrx-location-cta
          ><p>Call us at <a href="tel:+18135550100">(813) 555-0100</a></p></mrx-location-cta
        >`,
      );
      await fallsBack(el, spy);
      await expect(el).to.be.accessible();
    });
  });
});
