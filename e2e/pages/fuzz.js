// The fuzz test's page side: `window.tryConfig(kind, input)` puts one widget
// with one hostile configuration on the page, lets it settle, and reports what
// it showed and logged. Script text goes through the e2e-page policy, as a
// page builder's would under Trusted Types.
const policy = trustedTypes.createPolicy('e2e-page', { createScript: (text) => text });
const builder = document.getElementById('builder');
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

window.tryConfig = async (kind, input) => {
  const log = window.__mrxLog;
  const [errorsBefore, warningsBefore] = [log.errors.length, log.warnings.length];
  let el;
  if (kind === 'faq') {
    el = document.createElement('mrx-faq-accordion');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.text = policy.createScript(input);
    el.append(script);
  } else if (kind === 'quiz') {
    el = document.createElement('mrx-stiffness-quiz');
    for (const [name, value] of Object.entries(JSON.parse(input))) el.setAttribute(name, value);
  } else {
    el = document.createElement('mrx-location-cta');
    const fallback = document.createElement('p');
    fallback.textContent = 'Call us';
    el.append(fallback);
    el.locations = JSON.parse(input);
  }
  builder.append(el);
  // Settled: something shown, or (the location CTA) an error said why not. Lazy chunks may load meanwhile.
  const text = () => (el.shadowRoot?.textContent ?? '').trim();
  const settled = () => !!text() || (kind === 'location' && log.errors.length > errorsBefore);
  for (let i = 0; i < 500 && !settled(); i++) {
    await el.updateComplete;
    await tick();
  }
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await tick();
  }
  const root = el.shadowRoot;
  const result = {
    shown: (root?.textContent ?? '').replace(/\s+/g, ' ').trim().length,
    fallbackShown: el.querySelector('p')?.assignedSlot != null,
    images: root?.querySelectorAll('img, iframe, script, object').length ?? 0,
    links: [...(root?.querySelectorAll('a[href]') ?? [])].map((a) => a.getAttribute('href')),
    errors: log.errors.slice(errorsBefore),
    warnings: log.warnings.slice(warningsBefore),
  };
  el.remove();
  return result;
};
