// The in-page core of the benchmarks (bench/browser.mjs drives it): a classic
// script on every bench page, before the cases (bench/cases/*.page.js), which
// add their measurements to `window.bench` with the helpers in `window.benchKit`.
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
  const root = () => document.getElementById('root');

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

  /**
   * ms from the script starting to run until every element is upgraded and
   * rendered. The markup is there and painted first, as a page shows it before
   * its script runs. With no script (native <details>), the time is adding the
   * markup and rendering it: the floor for showing these items at all.
   */
  async function mount(markup, modules, ready) {
    if (!modules.length) {
      const start = performance.now();
      root().insertAdjacentHTML('beforeend', markup);
      return rendered(start);
    }
    root().insertAdjacentHTML('beforeend', markup);
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    return run(modules, ready);
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
  /** Bubble listeners that run after the page's own: each marks the end of the work so far. Events that stay inside a shadow root need its root watched too. */
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

  window.benchKit = { all, drain, mount, rendered, root, run, until, updated, watch };
  window.bench = {
    /** The last two key-log entries (a key press: keydown, keyup) once there are n (no polling: a polling loop would keep the page busy). */
    keys: (n) =>
      new Promise((resolve) => {
        logged = () => keyLog.length >= n && resolve(keyLog.slice(n - 2, n));
        logged();
      }),
  };
})();
