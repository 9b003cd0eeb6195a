// In the bench page: the FAQ accordion against native <details> and the
// peers' accordions (driven from bench/cases/faq.mjs).
'use strict';
(() => {
  const { all, mount, rendered, root, until, updated } = window.benchKit;

  function items(n, item) {
    let out = '';
    for (let i = 1; i <= n; i++)
      out += item(
        `Question ${i}: why is my back stiff in the morning?`,
        `Answer ${i}: a night without moving lets the joints and muscles settle; gentle movement loosens them again.`,
      );
    return out;
  }

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
        const shadow = el.shadowRoot;
        await until(
          () => shadow.querySelectorAll('button').length === n && shadow.querySelectorAll('slot')[n - 1]?.assignedNodes().length === 1,
          'mrx-faq-accordion',
          [document, shadow],
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

  /** Clicks a control: ms from the click until the change is rendered. */
  async function click(control, isOpen) {
    const start = performance.now();
    control.click();
    const time = await rendered(start);
    if (!isOpen()) throw new Error('bench: the click did not open the item');
    return time;
  }

  Object.assign(window.bench, {
    /** A variant's first render with n items (script start to rendered), then opening the first item: { render, open } in ms. */
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
      root().insertAdjacentHTML('beforeend', faq.markup(n));
      await faq.ready(n);
      return rendered(start);
    },
  });
})();
