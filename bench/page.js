// The in-page half of the benchmarks (bench/browser.mjs drives it): a classic
// script on every bench page.
//
// What a time counts: the main thread's work, from the start (a script
// starting to run, a click, a key event's timestamp) until the work it caused
// is done (handlers, microtasks such as Lit's updates), plus the style and
// layout the next frame has to compute for it. Not counted: the idle wait for
// the display's next 60 Hz frame (0 to 16.7 ms at random, the same for any
// script or none), and paint and raster. Timing "to the next frame" measured
// mostly that wait: a bare Tab between plain buttons came out at 2 to 27 ms.
'use strict';
(() => {
  const layout = () => document.documentElement.getBoundingClientRect();
  /** Lets queued microtasks (Lit's updates, their follow-ups) run. */
  const drain = async () => {
    for (let i = 0; i < 50; i++) await Promise.resolve();
  };
  /** ms from `start` until queued microtasks are done and style and layout are computed (forced here, as the next frame would). */
  const rendered = async (start) => {
    await drain();
    layout();
    return performance.now() - start;
  };

  /**
   * Resolves once `done()`, checked after microtasks (peers that finish set-up
   * in slotchange or later promises) and then on every DOM change in `roots`
   * (no polling timers, which would add their own delay); rejects after 10 s.
   */
  async function until(done, what, roots = [document]) {
    for (let i = 0; i < 100 && !done(); i++) await Promise.resolve();
    if (done()) return;
    await new Promise((resolve, reject) => {
      const finish = () => {
        observer.disconnect();
        clearTimeout(timer);
        done() ? resolve() : reject(new Error(`bench: ${what} never became ready`));
      };
      const observer = new MutationObserver(() => done() && finish());
      for (const root of roots) observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
      const timer = setTimeout(finish, 10000);
    });
  }

  const updated = (elements) => Promise.all([...elements].map((element) => element.updateComplete));
  const all = (selector) => [...document.querySelectorAll(selector)];

  /** Per FAQ variant: its markup for n items, when it is ready, the control a reader clicks, and whether that item is open. */
  const FAQ = {
    native: {
      markup: (n) => items(n, (q, a) => `<details><summary>${q}</summary><p>${a}</p></details>`),
      ready: async () => {},
      control: (i) => all('summary')[i],
      isOpen: (i) => all('details')[i].open,
    },
    ours: {
      tags: ['mrx-faq-accordion'],
      markup: (n) => `<mrx-faq-accordion>${FAQ.native.markup(n)}</mrx-faq-accordion>`,
      ready: async (n) => {
        const el = document.querySelector('mrx-faq-accordion');
        await el.updateComplete;
        const root = el.shadowRoot;
        await until(
          () => root.querySelectorAll('button').length === n && root.querySelectorAll('slot')[n - 1]?.assignedNodes().length === 1,
          'mrx-faq-accordion',
          [document, root],
        );
      },
      control: (i) => document.querySelector('mrx-faq-accordion').shadowRoot.querySelectorAll('button')[i],
      isOpen: (i) => FAQ.ours.control(i).getAttribute('aria-expanded') === 'true',
    },
    lion: {
      tags: ['lion-accordion'],
      markup: (n) =>
        `<lion-accordion>${items(n, (q, a) => `<h3 slot="invoker"><button>${q}</button></h3><div slot="content"><p>${a}</p></div>`)}</lion-accordion>`,
      ready: async (n) => {
        await updated(all('lion-accordion'));
        // Lion wires its invokers on slotchange, after the first update.
        await until(() => all('lion-accordion > .invoker').length === n, 'lion-accordion');
      },
      control: (i) => all('lion-accordion > .invoker button')[i],
      isOpen: (i) => FAQ.lion.control(i).getAttribute('aria-expanded') === 'true',
    },
    shoelace: {
      tags: ['sl-details'],
      markup: (n) => items(n, (q, a) => `<sl-details summary="${q}"><p>${a}</p></sl-details>`),
      ready: async (n) => {
        await updated(all('sl-details'));
        await until(
          () => all('sl-details').filter((el) => el.shadowRoot?.querySelector('[part~=header]')).length === n,
          'sl-details',
          all('sl-details').map((el) => el.shadowRoot),
        );
      },
      control: (i) => all('sl-details')[i].shadowRoot.querySelector('[part~=header]'),
      isOpen: (i) => all('sl-details')[i].open,
    },
    webawesome: {
      tags: ['wa-accordion', 'wa-accordion-item'],
      markup: (n) =>
        `<wa-accordion>${items(n, (q, a) => `<wa-accordion-item label="${q}"><p>${a}</p></wa-accordion-item>`)}</wa-accordion>`,
      ready: async (n) => {
        await updated(all('wa-accordion, wa-accordion-item'));
        await until(
          () => all('wa-accordion-item').filter((el) => el.shadowRoot?.querySelector('button[part~=button]')).length === n,
          'wa-accordion-item',
          all('wa-accordion-item').map((el) => el.shadowRoot),
        );
      },
      control: (i) => all('wa-accordion-item')[i].shadowRoot.querySelector('button[part~=button]'),
      isOpen: (i) => all('wa-accordion-item')[i].expanded === true,
    },
  };

  function items(n, item) {
    let out = '';
    for (let i = 1; i <= n; i++)
      out += item(
        `Question ${i}: why is my back stiff in the morning?`,
        `Answer ${i}: a night without moving lets the joints and muscles settle; gentle movement loosens them again.`,
      );
    return out;
  }

  /**
   * ms from the script starting to run until every element is upgraded and
   * rendered. The markup is there and painted first, as a page shows it before
   * its script runs. With no script (native <details>), the time is adding the
   * markup and rendering it: the floor for showing these items at all.
   */
  async function mount(markup, modules, ready) {
    const root = document.getElementById('root');
    if (!modules.length) {
      const start = performance.now();
      root.insertAdjacentHTML('beforeend', markup);
      return rendered(start);
    }
    root.insertAdjacentHTML('beforeend', markup);
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    return run(modules, ready);
  }

  /**
   * Runs the modules and waits for `ready()`: ms from the first statement of
   * the first module to run (bench/browser.mjs puts a line at the top of each
   * served module that notes it) until rendered. Not from the import() call:
   * a module graph resolves in later tasks, which wait behind the next frame.
   */
  async function run(modules, ready) {
    globalThis.benchStart = undefined;
    for (const module of modules) await import(module);
    await ready();
    return rendered(globalThis.benchStart);
  }

  /** Clicks a control: ms from the click until the change is rendered. */
  async function click(control, isOpen) {
    const start = performance.now();
    control.click();
    const time = await rendered(start);
    if (!isOpen()) throw new Error('bench: the click did not open the item');
    return time;
  }

  /**
   * Every key event, measured like an INP event less the wait for a frame:
   * from its timestamp to the end of the last handler (and its microtasks) of
   * anything it set off (keypress, click, input, change, submit, focus moves),
   * plus the next frame's style and layout. { type, key, ms }.
   */
  const keyLog = [];
  let logged = () => {};
  let current = null;
  const END_EVENTS = ['keydown', 'keypress', 'keyup', 'click', 'beforeinput', 'input', 'change', 'submit', 'focusin', 'focusout'];
  /** Bubble listeners that run after the page's own: each marks the end of the work so far. */
  const watch = (target) => {
    for (const type of END_EVENTS) {
      target.addEventListener(type, () => {
        const entry = current;
        if (entry) queueMicrotask(() => (entry.end = performance.now()));
      });
    }
  };
  watch(window);
  for (const type of ['keydown', 'keyup']) {
    addEventListener(
      type,
      (event) => {
        const entry = { type, key: event.key, start: event.timeStamp, end: performance.now() };
        current = entry;
        requestAnimationFrame(() => {
          const frame = performance.now();
          layout();
          keyLog.push({ type, key: entry.key, ms: entry.end - entry.start + (performance.now() - frame) });
          if (current === entry) current = null;
          logged();
        });
      },
      true,
    );
  }
  /** The last two entries (a key press: keydown, keyup) once there are n (no polling: a polling loop would keep the page busy). */
  const keys = (n) =>
    new Promise((resolve) => {
      logged = () => keyLog.length >= n && resolve(keyLog.slice(n - 2, n));
      logged();
    });

  window.bench = {
    keys,
    async faq(variant, n) {
      const faq = FAQ[variant];
      const render = await mount(faq.markup(n), window.benchModules, () => faq.ready(n));
      if (variant !== 'native' && faq.tags.some((tag) => !customElements.get(tag)))
        throw new Error(`bench: ${variant} did not define its elements`);
      const open = await click(faq.control(0), () => faq.isOpen(0));
      return { render, open };
    },
    /**
     * Like for like with native <details>: the script has run already (off the
     * clock), then ms from adding the markup until every item is upgraded and rendered.
     */
    async faqAdded(variant, n) {
      const faq = FAQ[variant];
      for (const module of window.benchModules) await import(module);
      await new Promise(requestAnimationFrame);
      const start = performance.now();
      document.getElementById('root').insertAdjacentHTML('beforeend', faq.markup(n));
      await faq.ready(n);
      return rendered(start);
    },
    /** The quiz's first render; done when the copy in `lang` shows its first heading. */
    async quiz(lang) {
      return mount(
        `<mrx-stiffness-quiz lang="${lang}" clinic-name="MotionRx Tampa" booking-url="https://example.com/book"></mrx-stiffness-quiz>`,
        window.benchModules,
        async () => {
          const el = document.querySelector('mrx-stiffness-quiz');
          await el.updateComplete;
          await until(() => el.shadowRoot.querySelector(`section[lang="${lang}"] h2`), 'mrx-stiffness-quiz', [el.shadowRoot]);
          // Events that stay inside the shadow root (change, submit) end work too.
          watch(el.shadowRoot);
        },
      );
    },
    /** The location CTA's first render with n locations (set through the property). */
    async location(config) {
      const n = config.locations.length;
      const el = document.createElement('mrx-location-cta');
      el.locations = config;
      document.getElementById('root').append(el);
      return run(window.benchModules, async () => {
        await el.updateComplete;
        await until(
          () => el.shadowRoot.querySelector('[part~=status]') && (n === 1 || el.shadowRoot.querySelectorAll('option').length === n),
          'mrx-location-cta',
          [el.shadowRoot],
        );
      });
    },
    /** Microseconds per open-now computation, warm (each zone's formatter made once), over `rounds` passes of every location. */
    async openNow(config, rounds) {
      const { openStatus } = await import(window.benchModules[0]);
      const now = new Date();
      let opened = 0;
      for (const { hours, timezone } of config.locations) openStatus(hours, timezone, now);
      const start = performance.now();
      for (let round = 0; round < rounds; round++)
        for (const { hours, timezone } of config.locations)
          opened += openStatus(hours, timezone, new Date(+now + round * 6e5)).open ? 1 : 0;
      const us = ((performance.now() - start) * 1000) / (rounds * config.locations.length);
      return { us, opened };
    },
    /** Connects and removes `times` new copies of a widget, each rendered, as page builders make them. */
    async cycle(tag, times, locations) {
      await import(window.benchModules[0]);
      const template = document.getElementById(tag);
      for (let i = 0; i < times; i++) {
        const el = template.content.firstElementChild.cloneNode(true);
        if (locations) el.locations = locations;
        document.getElementById('root').append(el);
        await el.updateComplete;
        el.remove();
      }
      // Lazy work started on connect (the location CTA's configuration read) settles.
      await new Promise((resolve) => setTimeout(resolve, 100));
    },
  };
})();
