import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ClinicLocation, LocationConfig } from '../src/location-cta/config.js';
import type { Hours } from '../src/location-cta/hours.js';
import type { MrxLocationCta } from '../src/location-cta/location-cta.js';
import { CLEARWATER, TAMPA } from '../src/test-support/clinics.js';
import { until, upgraded } from './support/drive.js';

interface Args {
  variant?: string;
  maps?: string;
  location?: string;
  utm?: string;
  lang?: string;
  config: LocationConfig;
}

const SNIPPET = `Paste into any page (after the script tag from the README), with your clinics in the JSON:

\`\`\`html
<mrx-location-cta variant="card">
  <script type="application/json">
    { "locations": [ { "id": "tampa", "name": "MotionRx Tampa",
      "address": { "street": "100 Example Ave", "city": "Tampa", "region": "FL", "postalCode": "33602", "country": "US" },
      "phone": "+1 813 555 0100", "timezone": "America/New_York",
      "hours": { "mon": [["07:00", "19:00"]], "sat": [["08:00", "12:00"]] },
      "bookingUrl": "https://example.com/book/tampa" } ] }
  </script>
  <p>MotionRx Tampa: <a href="tel:+18135550100">(813) 555-0100</a></p>
</mrx-location-cta>
\`\`\`

Or point \`src\` at a JSON file with the same shape. The paragraph inside shows until the configuration is read, and without JavaScript.`;

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const ZONE = 'America/New_York';
/** Now in New York: weekday index (0 = Sunday) and hour. */
function nowInZone(): { day: number; hour: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: ZONE, weekday: 'short', hour: 'numeric', hourCycle: 'h23' })
      .formatToParts(Date.now())
      .map((p) => [p.type, p.value]),
  );
  return { day: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday), hour: Number(parts.hour) };
}
const pad = (hour: number) => `${String(hour).padStart(2, '0')}:00`;
/** Hours that make a clinic open now (for a few more hours) whenever the story is viewed. */
function openNow(): Hours {
  const { day, hour } = nowInZone();
  return { [DAYS[day]]: [[pad(Math.max(0, hour - 1)), hour + 3 >= 24 ? '24:00' : pad(hour + 3)]] };
}
/** Hours that make a clinic closed now: open only the day after tomorrow. */
function closedNow(): Hours {
  return { [DAYS[(nowInZone().day + 2) % 7]]: [['09:00', '17:00']] };
}
const ST_PETE: ClinicLocation = {
  id: 'st-pete',
  name: 'MotionRx St. Petersburg',
  address: { street: '300 Sample Blvd', city: 'St. Petersburg', region: 'FL', postalCode: '33701', country: 'US' },
  phone: '+1 727 555 0199',
  timezone: ZONE,
  hours: TAMPA.hours,
  bookingUrl: 'https://example.com/book/st-pete',
  geo: { lat: 27.77, lng: -82.64 },
};
const org = { name: 'MotionRx Physical Therapy', url: 'https://example.com/' };
const config = (...locations: ClinicLocation[]): LocationConfig => ({ organization: org, locations });

const meta: Meta<Args> = {
  title: 'Widgets/Location CTA',
  component: 'mrx-location-cta',
  tags: ['autodocs'],
  parameters: { docs: { description: { component: SNIPPET } } },
  args: { config: config(TAMPA) },
  argTypes: { config: { control: 'object', description: 'The `locations` property (the JSON configuration)' } },
  render: ({ variant, maps, location, utm, lang, config }) =>
    html`<mrx-location-cta
      .locations=${config}
      variant=${ifDefined(variant)}
      maps=${ifDefined(maps)}
      location=${ifDefined(location)}
      utm=${ifDefined(utm)}
      lang=${ifDefined(lang)}
    ></mrx-location-cta>`,
};
export default meta;
type Story = StoryObj<Args>;

const cta = (canvas: HTMLElement) => upgraded<MrxLocationCta>(canvas, 'mrx-location-cta', '[part~="status"]');

/** One location as a card: headline, name, address, open-now status, call, directions, book. */
export const Card: Story = {};

/** `variant="banner"`: a strip for inside an article. */
export const Banner: Story = { args: { variant: 'banner' } };

/** Several locations: a labelled list and "Find the nearest clinic". */
export const SeveralLocations: Story = { args: { config: config(TAMPA, CLEARWATER, ST_PETE), location: 'clearwater' } };

/** Open now, whenever you look: "Open now, closes …". */
export const OpenNow: Story = { args: { config: config({ ...TAMPA, hours: openNow() }) } };

/** Closed now, whenever you look: "Closed, opens …". */
export const ClosedNow: Story = { args: { config: config({ ...TAMPA, hours: closedNow() }) } };

/**
 * "Find the nearest clinic", pressed by the play function. The browser asks
 * for the position (allow it, or see the message a refusal gets); the
 * nearest clinic is chosen and announced. The position is never stored or sent.
 */
export const NearestClinic: Story = {
  args: { config: config(TAMPA, CLEARWATER, ST_PETE) },
  play: async ({ canvasElement }) => {
    const el = await cta(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="nearest"]')!.click();
    const note = () => el.shadowRoot!.querySelector('[part~="note"]')!.textContent.trim();
    await until(() => !!note() && !note().endsWith('…'), 20000);
  },
};

/** The Spanish copy: "Abierto ahora" / "Cerrado". */
export const Spanish: Story = { args: { lang: 'es', config: config(TAMPA, CLEARWATER) } };

/** Configuration from `src` (the demo's clinics.json), fetched once. */
export const FromSrc: Story = {
  render: () =>
    html`<mrx-location-cta src="demo/clinics.json"
      ><p>MotionRx Tampa: <a href="tel:+18135550100">(813) 555-0100</a></p></mrx-location-cta
    >`,
};

/** Bad configuration: one console.error per problem naming path and value; the author's fallback stays. */
export const BadConfig: Story = {
  tags: ['expect-errors'],
  render: () =>
    html`<mrx-location-cta>
      <script type="application/json">
        {
          "locations": [
            {
              "id": "tampa",
              "name": "MotionRx Tampa",
              "address": { "street": "100 Example Ave", "city": "Tampa" },
              "timezone": "Mars/Olympus_Mons",
              "hours": { "mon": [["7am", "19:00"]] }
            }
          ]
        }
      </script>
      <p>MotionRx Tampa: <a href="tel:+18135550100">(813) 555-0100</a> · <a href="https://example.com/book/tampa">Book a visit</a></p>
    </mrx-location-cta>`,
};
