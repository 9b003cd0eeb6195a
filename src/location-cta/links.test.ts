import { expect } from 'chai';
import { EXAMPLE_HOURS } from '../test-support/clinics.js';
import type { Address, ClinicLocation } from './config.js';
import { addressLines, directionsUrl, distanceKm, nearest, telHref, withUtm, type LatLng, type Maps } from './links.js';

// Links of <mrx-location-cta>: call, directions, booking with UTM, nearest
// clinic. Fictional data only: 555 numbers, example.com, "100 Example Ave".

const UTM = 'utm_source=mrx-widget&utm_medium=embed&utm_campaign=location-cta';
const TAMPA_GEO: LatLng = { lat: 27.95, lng: -82.46 };
const CLEARWATER_GEO: LatLng = { lat: 27.97, lng: -82.8 };

/** A fictional location at `address`, with `geo` when given. */
function clinic(address: Address, geo?: LatLng): ClinicLocation {
  return { id: 'clinic', name: 'Example Clinic', address, timezone: 'America/New_York', hours: EXAMPLE_HOURS, ...(geo ? { geo } : {}) };
}
const FULL: Address = { street: '100 Example Ave', city: 'Tampa', region: 'FL', postalCode: '33602', country: 'US' };
const FULL_TEXT = '100 Example Ave, Tampa, FL 33602, US';

/** The one query parameter `name` of `url`, decoded. */
function param(url: string, name: string): string | null {
  const params = new URL(url).searchParams;
  expect(params.getAll(name), `${name} in ${url}`).to.have.length.at.most(1);
  return params.get(name);
}

describe('links: telHref', () => {
  it('keeps the dialled digits and a leading +', () => {
    expect(telHref('+1 813 555 0100')).to.equal('tel:+18135550100');
    expect(telHref('+1-813-555-0100')).to.equal('tel:+18135550100');
    expect(telHref('+1 (813) 555.0100')).to.equal('tel:+18135550100');
  });

  it('drops punctuation and spaces of a national number', () => {
    expect(telHref('(727) 555-0123')).to.equal('tel:7275550123');
    expect(telHref('727.555.0123')).to.equal('tel:7275550123');
    expect(telHref('727 555 0123')).to.equal('tel:7275550123');
    expect(telHref('555-0100')).to.equal('tel:5550100');
  });

  it('keeps only a leading +, not one inside the number', () => {
    expect(telHref('813+555+0100')).to.equal('tel:8135550100');
    expect(telHref('+1 813 +555 0100')).to.equal('tel:+18135550100');
    expect(telHref('++1 813 555 0100')).to.equal('tel:+18135550100');
  });

  it('keeps digits only after "tel:", so the link cannot carry anything else', () => {
    expect(telHref('+44 (0)20 5550 0100')).to.equal('tel:+4402055500100');
    expect(telHref('555')).to.equal('tel:555');
    expect(telHref('')).to.equal('tel:');
    for (const phone of ['+1 813 555 0100', '(727) 555-0123', '1 2 3']) expect(telHref(phone)).to.match(/^tel:\+?\d*$/);
  });
});

describe('links: addressLines', () => {
  it('gives street, city, and region with postal code, leaving the country out', () => {
    expect(addressLines(FULL)).to.deep.equal(['100 Example Ave', 'Tampa', 'FL 33602']);
  });

  it('adds the country last when asked', () => {
    expect(addressLines(FULL, true)).to.deep.equal(['100 Example Ave', 'Tampa', 'FL 33602', 'US']);
  });

  it('skips missing and blank parts, and keeps a region or postal code alone', () => {
    const base = { street: '100 Example Ave', city: 'Tampa' };
    expect(addressLines(base, true)).to.deep.equal(['100 Example Ave', 'Tampa']);
    expect(addressLines({ ...base, region: 'FL' })).to.deep.equal(['100 Example Ave', 'Tampa', 'FL']);
    expect(addressLines({ ...base, postalCode: '33602' })).to.deep.equal(['100 Example Ave', 'Tampa', '33602']);
    expect(addressLines({ ...base, region: '', postalCode: '', country: '' }, true)).to.deep.equal(['100 Example Ave', 'Tampa']);
  });
});

describe('links: directionsUrl', () => {
  const withGeo = clinic(FULL, TAMPA_GEO);
  const withoutGeo = clinic(FULL);

  it('links to Google Maps directions to the address text, geo or not', () => {
    const url = 'https://www.google.com/maps/dir/?api=1&destination=100%20Example%20Ave%2C%20Tampa%2C%20FL%2033602%2C%20US';
    expect(directionsUrl(withoutGeo, 'google')).to.equal(url);
    expect(directionsUrl(withGeo, 'google')).to.equal(url);
    expect(param(url, 'api')).to.equal('1');
    expect(param(url, 'destination')).to.equal(FULL_TEXT);
  });

  it('links to Apple Maps with the address as daddr, geo or not', () => {
    const url = 'https://maps.apple.com/?daddr=100%20Example%20Ave%2C%20Tampa%2C%20FL%2033602%2C%20US';
    expect(directionsUrl(withoutGeo, 'apple')).to.equal(url);
    expect(directionsUrl(withGeo, 'apple')).to.equal(url);
    expect(param(url, 'daddr')).to.equal(FULL_TEXT);
  });

  it('links to OpenStreetMap directions to the coordinates when known', () => {
    expect(directionsUrl(withGeo, 'osm')).to.equal('https://www.openstreetmap.org/directions?to=27.95%2C-82.46');
    expect(param(directionsUrl(withGeo, 'osm'), 'to')).to.equal('27.95,-82.46');
    expect(directionsUrl(clinic(FULL, { lat: -33.8688, lng: 151.2093 }), 'osm')).to.equal(
      'https://www.openstreetmap.org/directions?to=-33.8688%2C151.2093',
    );
    expect(directionsUrl(clinic(FULL, { lat: 0, lng: 0 }), 'osm')).to.equal('https://www.openstreetmap.org/directions?to=0%2C0');
  });

  it('searches the address on OpenStreetMap without coordinates', () => {
    const url = directionsUrl(withoutGeo, 'osm');
    expect(url).to.equal('https://www.openstreetmap.org/search?query=100%20Example%20Ave%2C%20Tampa%2C%20FL%2033602%2C%20US');
    expect(param(url, 'query')).to.equal(FULL_TEXT);
  });

  it('uses Google Maps for a value outside the enumeration (the attribute default)', () => {
    expect(directionsUrl(withGeo, 'bing' as Maps)).to.equal(directionsUrl(withGeo, 'google'));
    expect(directionsUrl(withGeo, '' as Maps)).to.equal(directionsUrl(withGeo, 'google'));
  });

  it('skips missing parts of the address', () => {
    const text = (address: Address) => param(directionsUrl(clinic(address), 'google'), 'destination');
    const base = { street: '100 Example Ave', city: 'Tampa' };
    expect(text(base)).to.equal('100 Example Ave, Tampa');
    expect(text({ ...base, region: 'FL' })).to.equal('100 Example Ave, Tampa, FL');
    expect(text({ ...base, postalCode: '33602' })).to.equal('100 Example Ave, Tampa, 33602');
    expect(text({ ...base, country: 'US' })).to.equal('100 Example Ave, Tampa, US');
    expect(text({ ...base, region: 'FL', country: 'US' })).to.equal('100 Example Ave, Tampa, FL, US');
    expect(text({ ...base, postalCode: '33602', country: 'US' })).to.equal('100 Example Ave, Tampa, 33602, US');
    expect(text({ ...base, region: 'FL', postalCode: '33602' })).to.equal('100 Example Ave, Tampa, FL 33602');
    expect(text({ ...base, region: '', postalCode: '', country: '' })).to.equal('100 Example Ave, Tampa');
    expect(text({ ...base, region: undefined, postalCode: '33602', country: undefined })).to.equal('100 Example Ave, Tampa, 33602');
    expect(text(FULL)).to.equal(FULL_TEXT);
  });

  it('encodes non-ASCII characters as UTF-8', () => {
    const address: Address = { street: 'Camino Año 5', city: 'Málaga', postalCode: '29001', country: 'ES' };
    for (const maps of ['google', 'apple', 'osm'] as const) {
      const url = directionsUrl(clinic(address), maps);
      expect(url, maps).to.contain('Camino%20A%C3%B1o%205%2C%20M%C3%A1laga%2C%2029001%2C%20ES');
      expect(url, maps).to.match(/^[\x21-\x7e]+$/);
    }
    expect(param(directionsUrl(clinic(address), 'apple'), 'daddr')).to.equal('Camino Año 5, Málaga, 29001, ES');
  });

  it("encodes '&', '#', '=', '?', '+' and '%' so that the address stays one parameter", () => {
    const address: Address = {
      street: '100 Example Ave & Sample Way #5',
      city: 'Tampa?',
      region: 'A=B',
      postalCode: '50%+1',
      country: 'US/1',
    };
    const text = '100 Example Ave & Sample Way #5, Tampa?, A=B 50%+1, US/1';
    const google = directionsUrl(clinic(address), 'google');
    expect(google).to.equal(
      'https://www.google.com/maps/dir/?api=1&destination=100%20Example%20Ave%20%26%20Sample%20Way%20%235%2C%20Tampa%3F%2C%20A%3DB%2050%25%2B1%2C%20US%2F1',
    );
    expect(new URL(google).hash).to.equal('');
    expect(param(google, 'destination')).to.equal(text);
    expect([...new URL(google).searchParams.keys()]).to.deep.equal(['api', 'destination']);
    expect(param(directionsUrl(clinic(address), 'apple'), 'daddr')).to.equal(text);
    expect(param(directionsUrl(clinic(address), 'osm'), 'query')).to.equal(text);
    expect([...new URL(directionsUrl(clinic(address), 'osm')).searchParams.keys()]).to.deep.equal(['query']);
  });

  it('gives plain https links: no API key, nothing but the destination', () => {
    for (const location of [withGeo, withoutGeo])
      for (const maps of ['google', 'apple', 'osm'] as const) {
        const url = new URL(directionsUrl(location, maps));
        expect(url.protocol).to.equal('https:');
        expect(url.hash).to.equal('');
        expect([...url.searchParams.keys()].join()).to.not.match(/key|token|origin|saddr|from/i);
      }
  });

  it('does not change the location', () => {
    const location = clinic({ ...FULL }, { ...TAMPA_GEO });
    const before = JSON.stringify(location);
    for (const maps of ['google', 'apple', 'osm'] as const) directionsUrl(location, maps);
    expect(JSON.stringify(location)).to.equal(before);
  });
});

describe('links: withUtm', () => {
  it('adds the default UTM query to a URL without a query', () => {
    expect(withUtm('https://example.com/book', UTM)).to.equal(`https://example.com/book?${UTM}`);
    expect(withUtm('https://example.com/', UTM)).to.equal(`https://example.com/?${UTM}`);
    expect(withUtm('http://example.com/book/tampa', UTM)).to.equal(`http://example.com/book/tampa?${UTM}`);
  });

  it('merges the UTM pairs into an existing query, after it', () => {
    expect(withUtm('https://example.com/book?clinic=tampa', UTM)).to.equal(`https://example.com/book?clinic=tampa&${UTM}`);
    expect(withUtm('https://example.com/book?a=1&b=2', 'utm_source=x')).to.equal('https://example.com/book?a=1&b=2&utm_source=x');
  });

  it('keeps a key the URL already has, with its value, and adds the others', () => {
    expect(withUtm('https://example.com/book?utm_source=partner', UTM)).to.equal(
      'https://example.com/book?utm_source=partner&utm_medium=embed&utm_campaign=location-cta',
    );
    expect(withUtm('https://example.com/book?utm_campaign=spring&clinic=tampa', UTM)).to.equal(
      'https://example.com/book?utm_campaign=spring&clinic=tampa&utm_source=mrx-widget&utm_medium=embed',
    );
    // Keys compare decoded; an empty value is still a value.
    expect(withUtm('https://example.com/book?utm%5Fsource=partner', 'utm_source=x&utm_medium=y')).to.equal(
      'https://example.com/book?utm%5Fsource=partner&utm_medium=y',
    );
    expect(withUtm('https://example.com/book?utm_source=', 'utm_source=x')).to.equal('https://example.com/book?utm_source=');
    expect(withUtm('https://example.com/book?utm_source', 'utm_source=x')).to.equal('https://example.com/book?utm_source');
    // Keys are case-sensitive, as in URLSearchParams.
    expect(withUtm('https://example.com/book?UTM_SOURCE=partner', 'utm_source=x')).to.equal(
      'https://example.com/book?UTM_SOURCE=partner&utm_source=x',
    );
  });

  it('returns the URL unchanged when every key is already there', () => {
    const url = 'https://example.com/book?utm_source=a&utm_medium=b&utm_campaign=c#top';
    expect(withUtm(url, UTM)).to.equal(url);
    expect(withUtm('https://example.com/book?a=1&a=2', 'a=3')).to.equal('https://example.com/book?a=1&a=2');
  });

  it('keeps the fragment at the end', () => {
    expect(withUtm('https://example.com/book#top', UTM)).to.equal(`https://example.com/book?${UTM}#top`);
    expect(withUtm('https://example.com/book?clinic=tampa#slots', UTM)).to.equal(`https://example.com/book?clinic=tampa&${UTM}#slots`);
    // A '?' or '&' in the fragment is not the query.
    expect(withUtm('https://example.com/book#step?utm_source=partner&x=1', 'utm_source=a')).to.equal(
      'https://example.com/book?utm_source=a#step?utm_source=partner&x=1',
    );
    expect(withUtm('https://example.com/book?a=1#', 'b=2')).to.equal('https://example.com/book?a=1&b=2#');
  });

  it("adds no second '?' or empty pair after a trailing '?' or '&'", () => {
    expect(withUtm('https://example.com/book?', UTM)).to.equal(`https://example.com/book?${UTM}`);
    expect(withUtm('https://example.com/book?#top', UTM)).to.equal(`https://example.com/book?${UTM}#top`);
    expect(withUtm('https://example.com/book?a=1&', UTM)).to.equal(`https://example.com/book?a=1&${UTM}`);
    expect(withUtm('https://example.com/book?a=1&&', 'b=2')).to.equal('https://example.com/book?a=1&b=2');
    for (const url of [
      'https://example.com/book?',
      'https://example.com/book?a=1',
      'https://example.com/book?a=1&#x',
      'https://example.com/?#',
    ])
      expect(withUtm(url, UTM).match(/\?/g), url).to.have.length(1);
  });

  it('keeps the existing query as written: encoded characters, + and order', () => {
    expect(withUtm('https://example.com/book?q=a%20b+c&x=%26%3D&name=Jos%C3%A9', 'utm_source=x')).to.equal(
      'https://example.com/book?q=a%20b+c&x=%26%3D&name=Jos%C3%A9&utm_source=x',
    );
    expect(withUtm('https://example.com/book?z=1&a=2&z=3', 'utm_source=x')).to.equal('https://example.com/book?z=1&a=2&z=3&utm_source=x');
    const url = new URL(withUtm('https://example.com/book?q=a%20b+c&x=%26%3D', UTM));
    expect(url.searchParams.get('q')).to.equal('a b c');
    expect(url.searchParams.get('x')).to.equal('&=');
    expect(url.searchParams.get('utm_campaign')).to.equal('location-cta');
  });

  it('keeps the rest of the URL: credentials, port, path, http', () => {
    expect(withUtm('https://user:pw@example.com:8443/a/b/c.html?x=1#f', 'utm_source=y')).to.equal(
      'https://user:pw@example.com:8443/a/b/c.html?x=1&utm_source=y#f',
    );
    expect(withUtm('http://example.com/book', 'utm_source=y')).to.equal('http://example.com/book?utm_source=y');
  });

  it('returns the URL unchanged for an empty or blank utm', () => {
    for (const url of ['https://example.com/book', 'https://example.com/book?', 'https://example.com/book?a=1&#top', 'HTTPS://EXAMPLE.COM'])
      for (const utm of ['', ' ', '?', '&', '&&', '?&']) expect(withUtm(url, utm), JSON.stringify([url, utm])).to.equal(url);
  });

  it("skips pairs without '=' or without a key, and keeps the valid ones", () => {
    expect(withUtm('https://example.com/book', 'utm_source')).to.equal('https://example.com/book');
    expect(withUtm('https://example.com/book', 'mrx-widget')).to.equal('https://example.com/book');
    expect(withUtm('https://example.com/book', '=x')).to.equal('https://example.com/book');
    expect(withUtm('https://example.com/book', '=')).to.equal('https://example.com/book');
    expect(withUtm('https://example.com/book', 'a&=x&b=2&c')).to.equal('https://example.com/book?b=2');
  });

  it('accepts odd but meaningful utm strings', () => {
    // A leading '?', doubled or trailing '&'.
    expect(withUtm('https://example.com/book', `?${UTM}`)).to.equal(`https://example.com/book?${UTM}`);
    expect(withUtm('https://example.com/book', 'utm_source=a&&utm_medium=b&')).to.equal(
      'https://example.com/book?utm_source=a&utm_medium=b',
    );
    // An empty value; a value holding '='.
    expect(withUtm('https://example.com/book', 'utm_term=')).to.equal('https://example.com/book?utm_term=');
    expect(withUtm('https://example.com/book', 'utm_content=a=b')).to.equal('https://example.com/book?utm_content=a=b');
    // A repeated key: the first one wins.
    expect(withUtm('https://example.com/book', 'utm_source=a&utm_source=b')).to.equal('https://example.com/book?utm_source=a');
  });

  it('keeps encoded utm pairs as written and encodes what must be', () => {
    expect(withUtm('https://example.com/book', 'utm_campaign=spring%20sale%26more')).to.equal(
      'https://example.com/book?utm_campaign=spring%20sale%26more',
    );
    const spaced = withUtm('https://example.com/book#top', 'utm_campaign=spring sale');
    expect(spaced).to.equal('https://example.com/book?utm_campaign=spring%20sale#top');
    expect(new URL(spaced).searchParams.get('utm_campaign')).to.equal('spring sale');
    // A '#' in a value is part of the value, not a fragment.
    const hash = withUtm('https://example.com/book#top', 'utm_content=a#b');
    expect(hash).to.equal('https://example.com/book?utm_content=a%23b#top');
    expect(new URL(hash).searchParams.get('utm_content')).to.equal('a#b');
    expect(new URL(hash).hash).to.equal('#top');
    // Non-ASCII as UTF-8; the key compares decoded.
    const accented = withUtm('https://example.com/book', 'utm_campaign=año');
    expect(accented).to.equal('https://example.com/book?utm_campaign=a%C3%B1o');
    expect(new URL(accented).searchParams.get('utm_campaign')).to.equal('año');
    expect(withUtm('https://example.com/book?utm_campaign=x', 'utm%5Fcampaign=y')).to.equal('https://example.com/book?utm_campaign=x');
  });

  it('gives a URL whose parameters are the existing ones then the added ones', () => {
    const url = new URL(withUtm('https://example.com/book?clinic=tampa&utm_medium=print', UTM));
    expect([...url.searchParams]).to.deep.equal([
      ['clinic', 'tampa'],
      ['utm_medium', 'print'],
      ['utm_source', 'mrx-widget'],
      ['utm_campaign', 'location-cta'],
    ]);
  });
});

describe('links: distanceKm', () => {
  it('measures Tampa to Clearwater as about 33.5 km', () => {
    expect(distanceKm(TAMPA_GEO, CLEARWATER_GEO)).to.be.closeTo(33.5, 0.5);
  });

  it('is symmetric and zero from a point to itself', () => {
    expect(distanceKm(CLEARWATER_GEO, TAMPA_GEO)).to.be.closeTo(distanceKm(TAMPA_GEO, CLEARWATER_GEO), 1e-9);
    expect(distanceKm(TAMPA_GEO, TAMPA_GEO)).to.equal(0);
    expect(distanceKm({ lat: 0, lng: 0 }, { lat: 0, lng: 0 })).to.equal(0);
  });

  it('gives half the circumference (about 20015 km) between antipodes, never NaN', () => {
    const half = Math.PI * 6371;
    expect(distanceKm({ lat: 0, lng: 0 }, { lat: 0, lng: 180 })).to.be.closeTo(half, 1e-6);
    expect(distanceKm({ lat: 90, lng: 0 }, { lat: -90, lng: 0 })).to.be.closeTo(half, 1e-6);
    expect(distanceKm(TAMPA_GEO, { lat: -27.95, lng: 97.54 })).to.be.closeTo(20015, 1);
    // Rounding takes the haversine of these a hair over 1 (asin would give NaN).
    for (const [lat, lng] of [
      [49.1698, -90.1118],
      [-47.4985, -5.7608],
      [-47.4985, -31.7226],
      [-46.4029, -71.8724],
    ])
      expect(distanceKm({ lat, lng }, { lat: -lat, lng: lng + 180 }), `${lat},${lng}`).to.be.closeTo(half, 1e-6);
    // Near the antipode the haversine is ill-conditioned: within a metre, and never NaN from rounding.
    for (let lat = -89; lat <= 89; lat += 7.3)
      for (let lng = -179; lng <= 0; lng += 11.9)
        expect(distanceKm({ lat, lng }, { lat: -lat, lng: lng + 180 }), `${lat},${lng}`).to.be.closeTo(half, 1e-3);
  });

  it('matches known distances', () => {
    // One degree of longitude on the equator, of latitude on a meridian.
    expect(distanceKm({ lat: 0, lng: 0 }, { lat: 0, lng: 1 })).to.be.closeTo(111.195, 0.001);
    expect(distanceKm({ lat: 10, lng: 5 }, { lat: 11, lng: 5 })).to.be.closeTo(111.195, 0.001);
    // A quarter of a great circle: equator to pole, and 90° along the equator.
    expect(distanceKm({ lat: 0, lng: 30 }, { lat: 90, lng: 0 })).to.be.closeTo((Math.PI * 6371) / 2, 1e-6);
    expect(distanceKm({ lat: 0, lng: -45 }, { lat: 0, lng: 45 })).to.be.closeTo((Math.PI * 6371) / 2, 1e-6);
    // One degree of longitude at 60° is half of one on the equator (nearly: it is a great-circle arc).
    expect(distanceKm({ lat: 60, lng: 0 }, { lat: 60, lng: 1 })).to.be.closeTo(55.6, 0.1);
    // London to New York, about 5570 km.
    expect(distanceKm({ lat: 51.5, lng: -0.1 }, { lat: 40.7, lng: -74 })).to.be.closeTo(5570, 10);
  });

  it('takes the short way across the antimeridian', () => {
    expect(distanceKm({ lat: 0, lng: 179.5 }, { lat: 0, lng: -179.5 })).to.be.closeTo(111.195, 0.001);
    expect(distanceKm({ lat: 0, lng: -180 }, { lat: 0, lng: 180 })).to.be.closeTo(0, 1e-6);
  });

  it('stays accurate over short distances', () => {
    // 0.00001° of latitude is about 1.11 m.
    expect(distanceKm({ lat: 27.95, lng: -82.46 }, { lat: 27.95001, lng: -82.46 }) * 1000).to.be.closeTo(1.112, 0.001);
    expect(distanceKm(TAMPA_GEO, { lat: 27.95, lng: -82.46000001 })).to.be.greaterThan(0);
  });
});

describe('links: nearest', () => {
  type Place = { id: string; geo?: LatLng };
  const tampa: Place = { id: 'tampa', geo: TAMPA_GEO };
  const clearwater: Place = { id: 'clearwater', geo: CLEARWATER_GEO };
  const noGeo: Place = { id: 'online' };

  it('picks the item nearest to the position', () => {
    expect(nearest([tampa, clearwater], { lat: 27.96, lng: -82.5 })).to.equal(tampa);
    expect(nearest([tampa, clearwater], { lat: 27.96, lng: -82.75 })).to.equal(clearwater);
    expect(nearest([clearwater, tampa], { lat: 27.96, lng: -82.5 })).to.equal(tampa);
    expect(nearest([tampa, clearwater], CLEARWATER_GEO)).to.equal(clearwater);
  });

  it('compares by great-circle distance, not by raw degrees', () => {
    // Near the pole, 170° of longitude away (over the pole) is nearer than 4° of latitude.
    const far = { id: 'far', geo: { lat: 80, lng: 0 } };
    const overThePole = { id: 'over', geo: { lat: 89, lng: 170 } };
    expect(nearest([far, overThePole], { lat: 89, lng: 0 })).to.equal(overThePole);
    // Across the antimeridian.
    const west = { id: 'west', geo: { lat: 0, lng: -179.9 } };
    const east = { id: 'east', geo: { lat: 0, lng: 178 } };
    expect(nearest([east, west], { lat: 0, lng: 179.9 })).to.equal(west);
  });

  it('ignores items without geo', () => {
    expect(nearest([noGeo, clearwater], TAMPA_GEO)).to.equal(clearwater);
    expect(nearest([noGeo, clearwater, noGeo, tampa], TAMPA_GEO)).to.equal(tampa);
    expect(nearest([{ id: 'x', geo: undefined }, tampa], CLEARWATER_GEO)).to.equal(tampa);
  });

  it('returns null for an empty list or one without any geo', () => {
    expect(nearest([], TAMPA_GEO)).to.equal(null);
    expect(nearest([noGeo], TAMPA_GEO)).to.equal(null);
    expect(nearest([noGeo, { id: 'other' }], TAMPA_GEO)).to.equal(null);
  });

  it('keeps the first of items at the same distance', () => {
    const first = { id: 'first', geo: { ...TAMPA_GEO } };
    const second = { id: 'second', geo: { ...TAMPA_GEO } };
    expect(nearest([first, second], CLEARWATER_GEO)).to.equal(first);
    expect(nearest([second, first], CLEARWATER_GEO)).to.equal(second);
    // Equally far on either side of the position.
    const north = { id: 'north', geo: { lat: 1, lng: 0 } };
    const south = { id: 'south', geo: { lat: -1, lng: 0 } };
    expect(nearest([north, south], { lat: 0, lng: 0 })).to.equal(north);
    expect(nearest([south, north], { lat: 0, lng: 0 })).to.equal(south);
    expect(nearest([noGeo, south, north, tampa], { lat: 0, lng: 0 })).to.equal(south);
  });

  it('works for a single item, even at the antipode', () => {
    expect(nearest([tampa], CLEARWATER_GEO)).to.equal(tampa);
    expect(nearest([tampa], { lat: -27.95, lng: 97.54 })).to.equal(tampa);
  });

  it('keeps the item type and does not change the list', () => {
    const list: readonly ClinicLocation[] = Object.freeze([clinic(FULL, CLEARWATER_GEO), clinic(FULL, TAMPA_GEO), clinic(FULL)]);
    const found: ClinicLocation | null = nearest(list, TAMPA_GEO);
    expect(found).to.equal(list[1]);
    expect(list).to.have.length(3);
  });
});
