import { JsonLdBlock } from '../internal/structured-data.js';
import type { LocationConfig } from './config.js';

const DAY_NAMES = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };

/**
 * Writes one schema.org MedicalClinic JSON-LD block per location of `config`
 * (reusing `blocks`), removes the rest, and returns the blocks now in use.
 * Loaded only for `structured-data`.
 */
export function writeClinics(blocks: JsonLdBlock[], tag: string, config: LocationConfig | null): JsonLdBlock[] {
  const locations = config?.locations ?? [];
  for (const block of blocks.slice(locations.length)) block.remove();
  return locations.map(({ name, address, phone, hours, bookingUrl, geo }, i) => {
    const block = blocks[i] ?? new JsonLdBlock(tag);
    block.set({
      '@context': 'https://schema.org',
      '@type': 'MedicalClinic',
      name,
      address: {
        '@type': 'PostalAddress',
        streetAddress: address.street,
        addressLocality: address.city,
        addressRegion: address.region,
        postalCode: address.postalCode,
        addressCountry: address.country,
      },
      geo: geo && { '@type': 'GeoCoordinates', latitude: geo.lat, longitude: geo.lng },
      telephone: phone,
      // schema.org writes midnight as a close of "23:59"; an overnight range keeps its earlier close.
      openingHoursSpecification: Object.entries(hours).flatMap(([day, ranges]) =>
        ranges.map(([opens, closes]) => ({
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: DAY_NAMES[day as keyof typeof DAY_NAMES],
          opens,
          closes: closes == '24:00' ? '23:59' : closes,
        })),
      ),
      url: config!.organization?.url ?? bookingUrl,
      parentOrganization: config!.organization && { '@type': 'Organization', ...config!.organization },
    });
    return block;
  });
}
