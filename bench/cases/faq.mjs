// The FAQ case: native <details>, ours and the peers' accordions (in the page: bench/cases/faq.page.js).
import { PEERS } from '../peers.mjs';

export const FAQ_VARIANTS = ['native', 'ours', ...PEERS.filter((peer) => peer.timing).map((peer) => peer.timing)];

/** One sample of a FAQ variant with n items: { render, open } in ms (`bench.faq`), then `added` on a fresh page (`bench.faqAdded`). */
export const faqCase =
  ({ withPage, pageHtml, setups }) =>
  async (variant, n) => ({
    ...(await withPage(pageHtml(setups[variant]), (page) => page.evaluate(([variant, n]) => window.bench.faq(variant, n), [variant, n]))),
    added: await withPage(pageHtml(setups[variant]), (page) =>
      page.evaluate(([variant, n]) => window.bench.faqAdded(variant, n), [variant, n]),
    ),
  });
