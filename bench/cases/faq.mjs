// The FAQ case: native <details>, ours and the peers' accordions (in the page: bench/cases/faq.page.js).
import { PEERS } from '../peers.mjs';

export const FAQ_VARIANTS = ['native', 'ours', ...PEERS.filter((peer) => peer.timing).map((peer) => peer.timing)];

export const faqCase = ({ withPage, pageHtml, setups }) => ({
  /** One sample of a FAQ variant with n items, the CPU slowed `cpu` times: { render, open } in ms. */
  faq: (variant, n, cpu) =>
    withPage(pageHtml(setups[variant]), (page) => page.evaluate(([variant, n]) => window.bench.faq(variant, n), [variant, n]), { cpu }),
  /** Markup added to rendered, on a fresh page (the script already run): ms. */
  faqAdded: (variant, n, cpu) =>
    withPage(pageHtml(setups[variant]), (page) => page.evaluate(([variant, n]) => window.bench.faqAdded(variant, n), [variant, n]), {
      cpu,
    }),
});
