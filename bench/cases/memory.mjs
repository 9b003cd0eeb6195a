// The memory case: heap and DOM counters after create/remove cycles of each
// widget (in the page: bench/cases/memory.page.js).
import { locations } from './location.mjs';

/** The widgets the memory cycles run, each with the page setup that loads it and the markup of one copy. */
export const MEMORY_CASES = {
  'mrx-faq-accordion': {
    setup: 'ours',
    markup: `<mrx-faq-accordion>${'<details><summary>Why stiff?</summary><p>Stillness.</p></details>'.repeat(5)}</mrx-faq-accordion>`,
  },
  'mrx-stiffness-quiz': { setup: 'quiz', markup: '<mrx-stiffness-quiz></mrx-stiffness-quiz>' },
  'mrx-location-cta': { setup: 'location', markup: '<mrx-location-cta></mrx-location-cta>', locations: () => locations(3) },
};

/**
 * Heap and DOM counters after cycles of connecting and removing a widget:
 * a warm-up, then two equal rounds. A leak grows the second round as much
 * as the first; warm caches and compiled code grow only the first.
 */
export const memoryCase =
  ({ withPage, pageHtml, setups }) =>
  (tag, { warmup, cycles }) => {
    const { setup, markup, locations } = MEMORY_CASES[tag];
    const config = locations?.() ?? null;
    return withPage(pageHtml(setups[setup], `<template id="${tag}">${markup}</template>`), async (page, context) => {
      const cdp = await context.newCDPSession(page);
      const measure = async () => {
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
        return { heap: usedSize, nodes, listeners: jsEventListeners };
      };
      const cycle = (times) => page.evaluate(([tag, times, config]) => window.bench.cycle(tag, times, config), [tag, times, config]);
      await cycle(warmup);
      const start = await measure();
      await cycle(cycles);
      const first = await measure();
      await cycle(cycles);
      const second = await measure();
      return { start, first, second };
    });
  };
