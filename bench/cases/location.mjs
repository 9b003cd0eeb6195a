// The location CTA case: first render with n locations, and the open-now
// computation alone (in the page: bench/cases/location.page.js).
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);

/** n locations made from the demo's clinics (demo/clinics.json), in four time zones. */
export function locations(n) {
  const demo = JSON.parse(readFileSync(new URL('demo/clinics.json', root), 'utf8'));
  const zones = ['America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Europe/Madrid'];
  return {
    organization: demo.organization,
    locations: Array.from({ length: n }, (_, i) => {
      const base = demo.locations[i % demo.locations.length];
      return {
        ...base,
        id: `clinic-${i + 1}`,
        name: `MotionRx ${i + 1}`,
        timezone: zones[i % zones.length],
        geo: { lat: base.geo.lat + i / 100, lng: base.geo.lng - i / 100 },
      };
    }),
  };
}

export const locationCase = ({ withPage, pageHtml, setups }) => ({
  /** One sample of the location CTA's first render with this configuration, the CPU slowed `cpu` times, in ms. */
  location: (config, cpu) =>
    withPage(pageHtml(setups.location), (page) => page.evaluate((config) => window.bench.location(config), config), { cpu }),
  /** Open-now computations per location, warm: { us, opened }. */
  openNow: (config, rounds, cpu) =>
    withPage(
      pageHtml(setups.hours),
      (page) => page.evaluate(([config, rounds]) => window.bench.openNow(config, rounds), [config, rounds]),
      { cpu },
    ),
});
