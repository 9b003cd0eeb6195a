// In the bench page: create/remove cycles of any widget, for the memory
// counters (driven from bench/cases/memory.mjs).
'use strict';
(() => {
  const { root } = window.benchKit;

  /** Connects and removes `times` new copies of a widget (its <template>), each rendered, as page builders make them. */
  window.bench.cycle = async (tag, times, locations) => {
    await import(window.benchModules[0]);
    const template = document.getElementById(tag);
    for (let i = 0; i < times; i++) {
      const el = template.content.firstElementChild.cloneNode(true);
      if (locations) el.locations = locations;
      root().append(el);
      await el.updateComplete;
      el.remove();
    }
    // Lazy work started on connect (the location CTA's configuration read) settles.
    await new Promise((resolve) => setTimeout(resolve, 100));
  };
})();
