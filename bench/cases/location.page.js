// In the bench page: the location CTA's first render and the open-now
// computation (driven from bench/cases/location.mjs).
'use strict';
(() => {
  const { root, run, until } = window.benchKit;

  Object.assign(window.bench, {
    /** The location CTA's first render with n locations (set through the property). */
    async location(config) {
      const n = config.locations.length;
      const el = document.createElement('mrx-location-cta');
      el.locations = config;
      root().append(el);
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
  });
})();
