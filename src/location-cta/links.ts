// Links of <mrx-location-cta> (public-api.md): call (`tel:`), directions (a
// plain maps link: no API key, no iframe), booking (the UTM query merged into
// the link's own) and the nearest location by great-circle distance. Pure: no
// DOM, nothing sent anywhere. It ships in a size-budgeted widget, but these
// handle URLs, so readable beats shortest.
import type { Address, ClinicLocation } from './config.js';

export type LatLng = { lat: number; lng: number };
export type Maps = 'google' | 'apple' | 'osm';

/**
 * `tel:` and the dialled digits, keeping a leading `+`: '+1 813 555 0100' ->
 * 'tel:+18135550100'. `phone` is trimmed, as parseConfig gives it.
 */
export const telHref = (phone: string): string => 'tel:' + phone.replace(/(?!^\+)\D/g, '');

/**
 * The parts of an address as a reader sees them, missing ones skipped:
 * ['100 Example Ave', 'Tampa', 'FL 33602']; the country last only when
 * `withCountry` (a card in the clinic's own country leaves it out, a maps
 * search needs it).
 */
export const addressLines = ({ street, city, region, postalCode, country }: Address, withCountry = false): string[] =>
  [street, city, [region, postalCode].join(' ').trim(), withCountry ? country : ''].filter((part): part is string => !!part);

/**
 * A directions link to the location's address, "street, city, region
 * postalCode, country" with missing parts skipped: Google Maps (the default,
 * also for an unknown `maps`), Apple Maps, or OpenStreetMap (to the
 * coordinates when known, else a search of the address).
 */
export const directionsUrl = ({ address, geo }: ClinicLocation, maps: Maps): string => {
  const text = encodeURIComponent(addressLines(address, true).join(', '));
  return (
    'https://' +
    (maps == 'osm'
      ? 'www.openstreetmap.org/' + (geo ? `directions?to=${geo.lat}%2C${geo.lng}` : 'search?query=' + text)
      : maps == 'apple'
        ? 'maps.apple.com/?daddr=' + text
        : 'www.google.com/maps/dir/?api=1&destination=' + text)
  );
};

/**
 * `bookingUrl` with each `key=value` pair of `utm` appended to its query,
 * unless the key is already there (the first one wins). The existing query is
 * kept as written and the fragment stays last; pairs without '=' or without a
 * key are skipped. When nothing is added (`utm` empty, every key present) the
 * URL comes back unchanged. `bookingUrl` is an absolute http(s) URL.
 */
export const withUtm = (bookingUrl: string, utm: string): string => {
  const url = new URL(bookingUrl);
  const present = new URLSearchParams(url.search);
  const added: string[] = [];
  for (const pair of utm.split(/[?&]/)) {
    const [key] = new URLSearchParams(pair).keys();
    if (key && pair.includes('=') && !present.has(key)) {
      added.push(pair);
      present.set(key, '');
    }
  }
  if (!added.length) return bookingUrl;
  url.search = [url.search.replace(/^\?|&+$/g, ''), ...added].filter(Boolean).join('&');
  return url.href;
};

/** sin²(θ/2) of an angle in degrees (the haversine); cos θ = 1 - 2 sin²(θ/2). */
const hav = (degrees: number) => Math.sin((degrees * Math.PI) / 360) ** 2;

/** Great-circle distance in km (haversine formula, Earth radius 6371 km). */
export const distanceKm = (a: LatLng, b: LatLng): number =>
  12742 * Math.asin(Math.sqrt(Math.min(1, hav(b.lat - a.lat) + (1 - 2 * hav(a.lat)) * (1 - 2 * hav(b.lat)) * hav(b.lng - a.lng))));

/** The item nearest to `position`; items without `geo` are ignored, ties keep the first, null if none. */
export const nearest = <T extends { geo?: LatLng }>(items: readonly T[], position: LatLng): T | null => {
  let best: T | null = null;
  let min = Infinity;
  for (const item of items) {
    const distance = item.geo ? distanceKm(item.geo, position) : Infinity;
    if (distance < min) {
      min = distance;
      best = item;
    }
  }
  return best;
};
