import { expect } from 'chai';
import { CLEARWATER, EXAMPLE, TAMPA } from '../test-support/clinics.js';
import { parseConfig, type ClinicLocation } from './config.js';

// Validation of the <mrx-location-cta> JSON configuration. Inputs go through
// JSON.parse where they could come from a page (a child script, a `src` file).

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
/** Tampa with some fields replaced (`undefined` removes one). */
function tampa(changes: Record<string, unknown> = {}): Record<string, unknown> {
  const location: Record<string, unknown> = { ...copy(TAMPA), ...changes };
  for (const key of Object.keys(changes)) if (changes[key] === undefined) delete location[key];
  return location;
}
/** The errors for a config of one changed Tampa and a good Clearwater, which must be kept. */
function errorsFor(changes: Record<string, unknown>): string[] {
  const { config, errors } = parseConfig({ locations: [tampa(changes), copy(CLEARWATER)] });
  expect(config?.locations.map((location) => location.id)).to.deep.equal(['clearwater']);
  return errors;
}
/** The first location as parsed, with no errors. */
function parsedTampa(changes: Record<string, unknown>): ClinicLocation {
  const { config, errors } = parseConfig({ locations: [tampa(changes)] });
  expect(errors).to.deep.equal([]);
  return config!.locations[0];
}

describe('location config: valid input', () => {
  it("parses the spec's example to the same object, with no errors", () => {
    expect(parseConfig(JSON.parse(JSON.stringify(EXAMPLE)))).to.deep.equal({ config: EXAMPLE, errors: [] });
  });

  it('returns copies: the input is never changed nor shared', () => {
    const input = copy(EXAMPLE);
    const freeze = (value: unknown) => {
      if (value && typeof value == 'object') Object.values(Object.freeze(value)).forEach(freeze);
    };
    freeze(input);
    const { config } = parseConfig(input);
    expect(config).to.deep.equal(EXAMPLE);
    expect(config!.locations[0]).not.to.equal(input.locations[0]);
    expect(config!.locations[0].hours.mon![0]).not.to.equal(input.locations[0].hours.mon![0]);
  });

  it('keeps only the required fields of a minimal location and organization', () => {
    const minimal = { id: 'a', name: 'A', address: { street: '1 Main St', city: 'Town' }, timezone: 'UTC', hours: {} };
    expect(parseConfig({ organization: { name: 'Org' }, locations: [minimal] })).to.deep.equal({
      config: { organization: { name: 'Org' }, locations: [minimal] },
      errors: [],
    });
  });

  it('trims strings, times included', () => {
    const location = parsedTampa({
      id: ' tampa ',
      name: '\n MotionRx Tampa\t',
      address: { street: ' 100 Example Ave ', city: ' Tampa', region: 'FL ' },
      phone: ' +1 813 555 0100 ',
      timezone: ' America/New_York ',
      hours: { mon: [[' 07:00', '19:00 ']] },
      bookingUrl: ' https://example.com/book/tampa ',
    });
    expect(location).to.deep.include({
      id: 'tampa',
      name: 'MotionRx Tampa',
      phone: '+1 813 555 0100',
      timezone: 'America/New_York',
      bookingUrl: 'https://example.com/book/tampa',
    });
    expect(location.address).to.deep.equal({ street: '100 Example Ave', city: 'Tampa', region: 'FL' });
    expect(location.hours).to.deep.equal({ mon: [['07:00', '19:00']] });
  });

  it('drops optional fields that are null or blank', () => {
    const location = parsedTampa({
      address: { street: 'S', city: 'C', region: '', postalCode: null, country: '  ' },
      phone: '',
      bookingUrl: null,
      geo: null,
    });
    expect(Object.keys(location)).to.deep.equal(['id', 'name', 'address', 'timezone', 'hours']);
    expect(location.address).to.deep.equal({ street: 'S', city: 'C' });
    const { config } = parseConfig({ organization: null, locations: [TAMPA] });
    expect(config).to.deep.equal({ locations: [TAMPA] });
  });

  it('ignores unknown keys', () => {
    const location = parsedTampa({ extra: 1, address: { ...TAMPA.address, floor: 2 }, geo: { lat: 1, lng: 2, alt: 3 } });
    expect(location).to.deep.equal({ ...TAMPA, geo: { lat: 1, lng: 2 } });
    expect(parseConfig({ version: 2, organization: { name: 'Org', logo: 'x' }, locations: [TAMPA] }).config).to.deep.equal({
      organization: { name: 'Org' },
      locations: [TAMPA],
    });
  });

  it('accepts the edge values: "00:00", "24:00", overnight ranges, extreme coordinates, 3-digit phones', () => {
    const location = parsedTampa({
      hours: { fri: [['22:00', '06:00']], sat: [['00:00', '24:00']] },
      geo: { lat: -90, lng: 180 },
      phone: '911',
    });
    expect(location.hours).to.deep.equal({ fri: [['22:00', '06:00']], sat: [['00:00', '24:00']] });
    expect(location.geo).to.deep.equal({ lat: -90, lng: 180 });
    expect(location.phone).to.equal('911');
  });
});

describe('location config: each rule', () => {
  it('id: required, a letter then letters, digits, _ or -', () => {
    expect(errorsFor({ id: undefined })).to.deep.equal(['locations[0].id is required']);
    expect(errorsFor({ id: '1st' })).to.deep.equal(['locations[0].id must be a letter then letters, digits, _ or -, got "1st"']);
    expect(errorsFor({ id: 'tampa bay' })).to.deep.equal([
      'locations[0].id must be a letter then letters, digits, _ or -, got "tampa bay"',
    ]);
    expect(errorsFor({ id: '' })).to.deep.equal(['locations[0].id must be a letter then letters, digits, _ or -, got ""']);
    expect(errorsFor({ id: 7 })).to.deep.equal(['locations[0].id must be a letter then letters, digits, _ or -, got 7']);
    expect(parsedTampa({ id: 'Tampa_2-b' }).id).to.equal('Tampa_2-b');
  });

  it('name: a non-empty string', () => {
    expect(errorsFor({ name: '   ' })).to.deep.equal(['locations[0].name must be a non-empty string, got "   "']);
    expect(errorsFor({ name: null })).to.deep.equal(['locations[0].name must be a non-empty string, got null']);
    expect(errorsFor({ name: undefined })).to.deep.equal(['locations[0].name is required']);
  });

  it('address: an object with a street and a city; optional parts are strings', () => {
    expect(errorsFor({ address: '100 Example Ave, Tampa' })).to.deep.equal([
      'locations[0].address must be an object, got "100 Example Ave, Tampa"',
    ]);
    expect(errorsFor({ address: undefined })).to.deep.equal(['locations[0].address is required']);
    expect(errorsFor({ address: { street: '100 Example Ave' } })).to.deep.equal(['locations[0].address.city is required']);
    expect(errorsFor({ address: { street: '', city: 'Tampa', region: 12 } })).to.deep.equal([
      'locations[0].address.street must be a non-empty string, got ""',
      'locations[0].address.region must be a string, got 12',
    ]);
  });

  it('phone: at least 3 digits, and only digits, spaces, + - ( ) .', () => {
    const message = (value: string) => `locations[0].phone must be a phone number (3+ digits; digits, spaces, + - ( ) .), got ${value}`;
    expect(errorsFor({ phone: '12' })).to.deep.equal([message('"12"')]);
    expect(errorsFor({ phone: 'call 813 555 0100' })).to.deep.equal([message('"call 813 555 0100"')]);
    expect(errorsFor({ phone: 'tel:+18135550100' })).to.deep.equal([message('"tel:+18135550100"')]);
    expect(errorsFor({ phone: 8135550100 })).to.deep.equal([message('8135550100')]);
    expect(parsedTampa({ phone: '+1 (813) 555-0100.' }).phone).to.equal('+1 (813) 555-0100.');
  });

  it('timezone: an IANA time zone', () => {
    expect(errorsFor({ timezone: 'Mars/Olympus' })).to.deep.equal(['locations[0].timezone must be an IANA time zone, got "Mars/Olympus"']);
    expect(errorsFor({ timezone: '' })).to.deep.equal(['locations[0].timezone must be an IANA time zone, got ""']);
    expect(errorsFor({ timezone: undefined })).to.deep.equal(['locations[0].timezone is required']);
    expect(parsedTampa({ timezone: 'Europe/Madrid' }).timezone).to.equal('Europe/Madrid');
  });

  it('hours: required, an object of days', () => {
    expect(errorsFor({ hours: undefined })).to.deep.equal(['locations[0].hours is required']);
    expect(errorsFor({ hours: 'Mon-Fri 7-19' })).to.deep.equal(['locations[0].hours must be an object, got "Mon-Fri 7-19"']);
  });

  it('hours: keys are days (mon..sun), not "monday"', () => {
    expect(errorsFor({ hours: { monday: [['07:00', '19:00']], tue: [['07:00', '19:00']] } })).to.deep.equal([
      'locations[0].hours keys must be mon, tue, wed, thu, fri, sat, sun, got "monday"',
    ]);
    expect(errorsFor({ hours: { Mon: [] } })).to.deep.equal([
      'locations[0].hours keys must be mon, tue, wed, thu, fri, sat, sun, got "Mon"',
    ]);
  });

  it('hours: a day is a list of ranges', () => {
    expect(errorsFor({ hours: { mon: ['07:00', '19:00'] } })).to.deep.equal([
      'locations[0].hours.mon[0] must be two "HH:MM" times (an opening before 24:00), got "07:00"',
      'locations[0].hours.mon[1] must be two "HH:MM" times (an opening before 24:00), got "19:00"',
    ]);
    expect(errorsFor({ hours: { mon: '07:00-19:00' } })).to.deep.equal([
      'locations[0].hours.mon must be a list of ranges, got "07:00-19:00"',
    ]);
    expect(errorsFor({ hours: { sun: null } })).to.deep.equal(['locations[0].hours.sun must be a list of ranges, got null']);
  });

  it('hours: each range is two "HH:MM" times ("7am", "24:01", "12:5" are not)', () => {
    const message = (path: string, value: string) =>
      `locations[0].hours.${path} must be two "HH:MM" times (an opening before 24:00), got ${value}`;
    expect(errorsFor({ hours: { mon: [['7am', '19:00']] } })).to.deep.equal([message('mon[0]', '["7am","19:00"]')]);
    expect(
      errorsFor({
        hours: {
          tue: [
            ['08:00', '12:00'],
            ['13:00', '24:01'],
          ],
        },
      }),
    ).to.deep.equal([message('tue[1]', '["13:00","24:01"]')]);
    expect(errorsFor({ hours: { wed: [['12:5', '18:00']] } })).to.deep.equal([message('wed[0]', '["12:5","18:00"]')]);
    expect(errorsFor({ hours: { thu: [['07:00']], fri: [['07:00', '12:00', '19:00']], sat: [[7, 12]] } })).to.deep.equal([
      message('thu[0]', '["07:00"]'),
      message('fri[0]', '["07:00","12:00","19:00"]'),
      message('sat[0]', '[7,12]'),
    ]);
    // 24:00 closes a day; it cannot open one.
    expect(errorsFor({ hours: { mon: [['24:00', '02:00']] } })).to.deep.equal([message('mon[0]', '["24:00","02:00"]')]);
    expect(parsedTampa({ hours: { mon: [['18:00', '24:00']] } }).hours).to.deep.equal({ mon: [['18:00', '24:00']] });
  });

  it('the error of a second location names its index', () => {
    const hours = { mon: [['7am', '19:00']] };
    const { config, errors } = parseConfig({ locations: [TAMPA, { ...CLEARWATER, hours }] });
    expect(config?.locations).to.deep.equal([TAMPA]);
    expect(errors).to.deep.equal(['locations[1].hours.mon[0] must be two "HH:MM" times (an opening before 24:00), got ["7am","19:00"]']);
  });

  it('bookingUrl: an absolute http(s) URL, never javascript:, data: or relative', () => {
    const message = (value: string) => `locations[0].bookingUrl must be an http(s) URL, got ${JSON.stringify(value)}`;
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'ftp://example.com/',
      '/book',
      '//example.com/book',
      'example.com/book',
      'https://',
    ])
      expect(errorsFor({ bookingUrl: url }), url).to.deep.equal([message(url)]);
    expect(parsedTampa({ bookingUrl: 'HTTPS://example.com/a?b=c#d' }).bookingUrl).to.equal('HTTPS://example.com/a?b=c#d');
  });

  it('a javascript: bookingUrl in the third location is reported and that location skipped', () => {
    const bad = { ...CLEARWATER, id: 'brandon', bookingUrl: 'javascript:alert(1)' };
    const { config, errors } = parseConfig(JSON.parse(JSON.stringify({ locations: [TAMPA, CLEARWATER, bad] })));
    expect(config?.locations).to.deep.equal([TAMPA, CLEARWATER]);
    expect(errors).to.deep.equal(['locations[2].bookingUrl must be an http(s) URL, got "javascript:alert(1)"']);
  });

  it('geo: finite lat in [-90, 90] and lng in [-180, 180]', () => {
    expect(errorsFor({ geo: { lat: 91, lng: -82.46 } })).to.deep.equal(['locations[0].geo.lat must be a number from -90 to 90, got 91']);
    expect(errorsFor({ geo: { lat: 27.95, lng: -180.5 } })).to.deep.equal([
      'locations[0].geo.lng must be a number from -180 to 180, got -180.5',
    ]);
    expect(errorsFor({ geo: { lat: '27.95', lng: -82.46 } })).to.deep.equal([
      'locations[0].geo.lat must be a number from -90 to 90, got "27.95"',
    ]);
    expect(errorsFor({ geo: { lat: NaN, lng: Infinity } })).to.deep.equal([
      'locations[0].geo.lat must be a number from -90 to 90, got NaN',
      'locations[0].geo.lng must be a number from -180 to 180, got Infinity',
    ]);
    expect(errorsFor({ geo: { lat: 27.95 } })).to.deep.equal(['locations[0].geo.lng is required']);
    expect(errorsFor({ geo: [27.95, -82.46] })).to.deep.equal(['locations[0].geo.lat is required', 'locations[0].geo.lng is required']);
    expect(errorsFor({ geo: 'Tampa' })).to.deep.equal(['locations[0].geo must be an object, got "Tampa"']);
  });

  it('a location that is not an object is skipped', () => {
    const { config, errors } = parseConfig({ locations: [TAMPA, 'clearwater', null, 5] });
    expect(config?.locations).to.deep.equal([TAMPA]);
    expect(errors).to.deep.equal([
      'locations[1] must be an object, got "clearwater"',
      'locations[2] must be an object, got null',
      'locations[3] must be an object, got 5',
    ]);
  });

  it('reports every problem of a bad location, and keeps the good ones around it', () => {
    const bad = {
      id: 'brandon',
      name: '',
      address: { city: 'Brandon' },
      phone: 'x',
      timezone: 'Florida',
      hours: { mon: [['9', '17']] },
      geo: { lat: 0, lng: 200 },
    };
    const { config, errors } = parseConfig({ locations: [TAMPA, bad, CLEARWATER] });
    expect(config?.locations).to.deep.equal([TAMPA, CLEARWATER]);
    expect(errors).to.deep.equal([
      'locations[1].name must be a non-empty string, got ""',
      'locations[1].address.street is required',
      'locations[1].phone must be a phone number (3+ digits; digits, spaces, + - ( ) .), got "x"',
      'locations[1].timezone must be an IANA time zone, got "Florida"',
      'locations[1].hours.mon[0] must be two "HH:MM" times (an opening before 24:00), got ["9","17"]',
      'locations[1].geo.lng must be a number from -180 to 180, got 200',
    ]);
  });

  it('organization: an object with a name and an optional http(s) url; when bad it is dropped, not the locations', () => {
    expect(parseConfig({ organization: { name: 'Org', url: 'javascript:alert(1)' }, locations: [TAMPA] })).to.deep.equal({
      config: { locations: [TAMPA] },
      errors: ['organization.url must be an http(s) URL, got "javascript:alert(1)"'],
    });
    expect(parseConfig({ organization: { url: 'https://example.com/' }, locations: [TAMPA] }).errors).to.deep.equal([
      'organization.name is required',
    ]);
    expect(parseConfig({ organization: 'MotionRx', locations: [TAMPA] }).errors).to.deep.equal([
      'organization must be an object, got "MotionRx"',
    ]);
  });
});

describe('location config: duplicate ids', () => {
  it('keeps the first location of an id and reports the others', () => {
    const second = { ...CLEARWATER, id: 'tampa' };
    const { config, errors } = parseConfig({ locations: [TAMPA, CLEARWATER, second, { ...second, id: ' clearwater ' }] });
    expect(config?.locations).to.deep.equal([TAMPA, CLEARWATER]);
    expect(errors).to.deep.equal(['locations[2].id must be unique, got "tampa"', 'locations[3].id must be unique, got "clearwater"']);
  });

  it('an invalid location does not take its id: the next valid one with that id is kept', () => {
    const { config, errors } = parseConfig({ locations: [{ ...TAMPA, timezone: 'Nowhere' }, TAMPA] });
    expect(config?.locations).to.deep.equal([TAMPA]);
    expect(errors).to.deep.equal(['locations[0].timezone must be an IANA time zone, got "Nowhere"']);
  });
});

describe('location config: unusable input', () => {
  it('a config that is not an object: null, [], "x", 42, undefined, true', () => {
    for (const [input, got] of [
      [null, 'null'],
      [[], '[]'],
      ['x', '"x"'],
      [42, '42'],
      [true, 'true'],
    ] as const)
      expect(parseConfig(input)).to.deep.equal({ config: null, errors: [`config must be an object with "locations", got ${got}`] });
    expect(parseConfig(undefined)).to.deep.equal({ config: null, errors: ['config is required'] });
  });

  it('locations missing, not a list, or empty', () => {
    expect(parseConfig({})).to.deep.equal({ config: null, errors: ['locations is required'] });
    expect(parseConfig({ locations: { tampa: TAMPA } }).errors).to.deep.equal([
      `locations must be a list, got ${JSON.stringify({ tampa: TAMPA }).slice(0, 79)}…`,
    ]);
    expect(parseConfig({ locations: 'tampa' })).to.deep.equal({ config: null, errors: ['locations must be a list, got "tampa"'] });
    expect(parseConfig({ locations: [] })).to.deep.equal({ config: null, errors: ['locations is empty'] });
  });

  it('no valid location left: config is null and the errors say why', () => {
    expect(parseConfig({ organization: { name: 'Org' }, locations: [{ ...TAMPA, id: '' }, 1] })).to.deep.equal({
      config: null,
      errors: [
        'locations[0].id must be a letter then letters, digits, _ or -, got ""',
        'locations[1] must be an object, got 1',
        'locations has no valid location',
      ],
    });
  });
});

describe('location config: hostile input', () => {
  it('__proto__ and constructor keys pollute nothing and are ignored', () => {
    const json = JSON.stringify({ organization: { name: 'Org' }, locations: [{ ...TAMPA, hours: { mon: [['07:00', '19:00']] } }] })
      .replace('{"organization"', '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"organization"')
      .replace('{"id"', '{"__proto__":{"bookingUrl":"javascript:alert(1)","polluted":1},"id"')
      .replace('{"mon"', '{"__proto__":{"sun":[["00:00","24:00"]]},"constructor":[["00:00","24:00"]],"mon"')
      .replace('{"street"', '{"__proto__":{"polluted":1},"street"');
    const input = JSON.parse(json) as { locations: { hours: object }[] };
    expect(Object.keys(input.locations[0].hours)).to.deep.equal(['__proto__', 'constructor', 'mon']);
    const { config, errors } = parseConfig(input);
    expect(errors).to.deep.equal([]);
    expect(config).to.deep.equal({ organization: { name: 'Org' }, locations: [{ ...TAMPA, hours: { mon: [['07:00', '19:00']] } }] });
    const location = config!.locations[0];
    for (const object of [config, location, location.address, location.hours]) {
      expect(Object.getPrototypeOf(object)).to.equal(Object.prototype);
      expect(Object.keys(object!)).not.to.include('__proto__');
    }
    expect(location.bookingUrl).to.equal(TAMPA.bookingUrl);
    expect(location.hours.sun).to.equal(undefined);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).to.equal(false);
  });

  it('cuts long values in messages to about 80 characters', () => {
    const long = 'x'.repeat(1e6);
    const { errors } = parseConfig({
      locations: [tampa({ timezone: long, bookingUrl: 'javascript:' + long, hours: { mon: [[long, long]] } }), CLEARWATER],
    });
    expect(errors).to.deep.equal([
      `locations[0].timezone must be an IANA time zone, got "${'x'.repeat(78)}…`,
      `locations[0].hours.mon[0] must be two "HH:MM" times (an opening before 24:00), got ["${'x'.repeat(77)}…`,
      `locations[0].bookingUrl must be an http(s) URL, got "javascript:${'x'.repeat(67)}…`,
    ]);
    // A huge valid string is kept whole.
    expect(parsedTampa({ name: long }).name).to.equal(long);
  });

  it('never throws: deep nesting, odd values, throwing getters', () => {
    let deep: unknown = ['07:00', '19:00'];
    for (let i = 0; i < 1e5; i++) deep = [deep];
    const { errors } = parseConfig({ locations: [tampa({ hours: { mon: deep } }), CLEARWATER] });
    expect(errors).to.have.length(1);
    expect(errors[0]).to.match(/^locations\[0\]\.hours\.mon\[0\] must be two "HH:MM" times \(an opening before 24:00\), got /);

    for (const odd of [Symbol('s'), () => 1, 10n, new Date(0), /re/, new Map(), Object.create(null) as object]) {
      expect(() => parseConfig(odd)).not.to.throw();
      expect(() => parseConfig({ locations: [tampa({ name: odd, geo: odd, hours: { mon: odd } })] })).not.to.throw();
    }
    expect(parseConfig({ locations: [tampa({ name: 10n })] }).errors).to.deep.equal([
      'locations[0].name must be a non-empty string, got bigint',
      'locations has no valid location',
    ]);

    const getter = {
      get locations(): unknown[] {
        throw new Error('boom');
      },
    };
    expect(parseConfig(getter)).to.deep.equal({ config: null, errors: ['config could not be read'] });
    const trap = new Proxy(
      {},
      {
        has() {
          throw new Error('boom');
        },
      },
    );
    expect(parseConfig({ locations: [TAMPA, trap] })).to.deep.equal({ config: null, errors: ['config could not be read'] });
  });

  it('keeps markup in names as plain text: nothing is stripped or parsed', () => {
    const name = '<img src=x onerror="globalThis.mrxPwned=1">';
    expect(parsedTampa({ name }).name).to.equal(name);
    expect((globalThis as Record<string, unknown>).mrxPwned).to.equal(undefined);
  });
});
