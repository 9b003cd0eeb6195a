// The Embed builder (demo/builder.html): a form, a live preview of the real
// widgets, and the snippet to paste: the script tag with its Subresource
// Integrity hash, the elements, the JSON configuration and fallback content.
// No innerHTML: the preview is built with DOM calls, the snippet is text.
import { contrast } from './contrast.js';

const form = document.getElementById('builder-form');
const preview = document.getElementById('preview');
const snippetOut = document.getElementById('snippet');
const cssOut = document.getElementById('css');
const ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
];
let sri = {};

/** Text for an HTML attribute value or element content. */
const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const slug = (text) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'clinic';
const value = (name, root = form) => root.querySelector(`[name="${name}"]`)?.value.trim() ?? '';

function input(parent, label, name, initial, type = 'text') {
  const wrapper = document.createElement('label');
  const field = Object.assign(document.createElement('input'), { name, value: initial, type });
  wrapper.append(label, field);
  parent.append(wrapper);
}

function addLocation(values = {}) {
  const box = document.createElement('fieldset');
  box.className = 'builder__location';
  const legend = document.createElement('legend');
  box.append(legend);
  input(box, 'Name', 'name', values.name ?? 'MotionRx Tampa');
  input(box, 'Street', 'street', values.street ?? '100 Example Ave');
  input(box, 'City', 'city', values.city ?? 'Tampa');
  input(box, 'State or region', 'region', values.region ?? 'FL');
  input(box, 'Postal code', 'postalCode', values.postalCode ?? '33602');
  input(box, 'Phone', 'phone', values.phone ?? '+1 813 555 0100', 'tel');
  const zone = document.createElement('label');
  const select = Object.assign(document.createElement('select'), { name: 'timezone' });
  for (const name of ZONES) select.append(new Option(name, name));
  zone.append('Time zone', select);
  box.append(zone);
  input(box, 'Weekdays open', 'weekdayOpen', values.weekdayOpen ?? '07:00', 'time');
  input(box, 'Weekdays close', 'weekdayClose', values.weekdayClose ?? '19:00', 'time');
  input(box, 'Saturday open', 'saturdayOpen', values.saturdayOpen ?? '', 'time');
  input(box, 'Saturday close', 'saturdayClose', values.saturdayClose ?? '', 'time');
  input(box, 'Booking link for this clinic', 'locationBookingUrl', values.bookingUrl ?? '', 'url');
  const remove = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Remove this location' });
  remove.addEventListener('click', () => {
    box.remove();
    renumber();
    update();
  });
  box.append(remove);
  document.getElementById('add-location').before(box);
  renumber();
}

function renumber() {
  document.querySelectorAll('.builder__location legend').forEach((legend, i) => (legend.textContent = `Location ${i + 1}`));
}

/** The location CTA's configuration from the form. */
function locationConfig() {
  const ids = new Set();
  const locations = [...document.querySelectorAll('.builder__location')].map((box) => {
    const name = value('name', box);
    let id = slug(value('city', box) || name);
    for (let n = 2; ids.has(id); n++) id = `${slug(value('city', box) || name)}-${n}`;
    ids.add(id);
    const hours = {};
    const [open, close, satOpen, satClose] = ['weekdayOpen', 'weekdayClose', 'saturdayOpen', 'saturdayClose'].map((field) =>
      value(field, box),
    );
    if (open && close) for (const day of ['mon', 'tue', 'wed', 'thu', 'fri']) hours[day] = [[open, close]];
    if (satOpen && satClose) hours.sat = [[satOpen, satClose]];
    const location = {
      id,
      name,
      address: {
        street: value('street', box),
        city: value('city', box),
        region: value('region', box),
        postalCode: value('postalCode', box),
        country: 'US',
      },
      phone: value('phone', box),
      timezone: value('timezone', box),
      hours,
    };
    const booking = value('locationBookingUrl', box);
    if (booking) location.bookingUrl = booking;
    return location;
  });
  return { organization: { name: value('clinicName') || 'Your clinic' }, locations };
}

function update() {
  const widgets = new Set([...form.querySelectorAll('input[name="widget"]:checked')].map((box) => box.value));
  const [clinic, booking, emergency, lang, base, primary, onPrimary] = [
    'clinicName',
    'bookingUrl',
    'emergencyNumber',
    'lang',
    'base',
    'primary',
    'onPrimary',
  ].map((name) => value(name));
  const config = locationConfig();
  const file = 'motionrx-widgets.iife.js';
  const lines = [
    `<script src="${escape(base.replace(/\/?$/, '/') + file)}"${sri[file] ? ` integrity="${sri[file]}" crossorigin="anonymous"` : ''} defer></script>`,
  ];
  const elements = [];

  if (widgets.has('quiz')) {
    lines.push(
      `<mrx-stiffness-quiz clinic-name="${escape(clinic)}" booking-url="${escape(booking)}" emergency-number="${escape(emergency)}" lang="${lang}">`,
      `  <p>This self-check needs JavaScript. If you have numbness around your bottom or genitals, new bladder or bowel trouble, or weakness in both legs, call ${escape(emergency)} now.</p>`,
      '</mrx-stiffness-quiz>',
    );
    const quiz = document.createElement('mrx-stiffness-quiz');
    Object.entries({ 'clinic-name': clinic, 'booking-url': booking, 'emergency-number': emergency, lang }).forEach(([name, v]) =>
      quiz.setAttribute(name, v),
    );
    elements.push(quiz);
  }
  if (widgets.has('location') && config.locations.length) {
    const first = config.locations[0];
    // JSON in a script element: "</" could end it early, so it is escaped.
    const json = JSON.stringify(config, null, 2).replace(/<\//g, '<\\/');
    lines.push(
      `<mrx-location-cta booking-url="${escape(booking)}" lang="${lang}">`,
      '  <script type="application/json">',
      ...json.split('\n').map((line) => `  ${line}`),
      '  </script>',
      `  <p>${escape(first.name)}: <a href="tel:${escape(first.phone.replace(/(?!^\+)\D/g, ''))}">${escape(first.phone)}</a> · <a href="${escape(first.bookingUrl ?? booking)}">Book a visit</a></p>`,
      '</mrx-location-cta>',
    );
    const cta = document.createElement('mrx-location-cta');
    cta.setAttribute('booking-url', booking);
    cta.setAttribute('lang', lang);
    cta.locations = config;
    elements.push(cta);
  }
  if (widgets.has('faq')) {
    lines.push(`<mrx-faq-accordion heading-level="3" lang="${lang}"></mrx-faq-accordion>`);
    const faq = document.createElement('mrx-faq-accordion');
    faq.setAttribute('heading-level', '3');
    faq.setAttribute('lang', lang);
    elements.push(faq);
  }
  snippetOut.value = lines.join('\n');
  cssOut.value = `:root {\n  --mrx-color-primary: ${primary};\n  --mrx-color-on-primary: ${onPrimary};\n  --mrx-focus-color: ${primary};\n}`;
  preview.style.setProperty('--mrx-color-primary', primary);
  preview.style.setProperty('--mrx-color-on-primary', onPrimary);
  preview.style.setProperty('--mrx-focus-color', primary);
  preview.replaceChildren(...elements);
  const problems = [];
  if (contrast(onPrimary, primary) < 4.5) problems.push(`text on primary is ${contrast(onPrimary, primary).toFixed(2)}:1`);
  if (contrast(primary, '#ffffff') < 4.5) problems.push(`primary on white is ${contrast(primary, '#ffffff').toFixed(2)}:1`);
  document.getElementById('contrast').textContent = problems.length ? `Below WCAG AA contrast (4.5:1): ${problems.join('; ')}.` : '';
}

let pending = false;
form.addEventListener('input', () => {
  if (pending) return;
  pending = true;
  requestAnimationFrame(() => {
    pending = false;
    update();
  });
});
document.getElementById('add-location').addEventListener('click', () => {
  addLocation({
    name: 'MotionRx Clearwater',
    street: '200 Sample St',
    city: 'Clearwater',
    postalCode: '33755',
    phone: '+1 727 555 0123',
    saturdayOpen: '08:00',
    saturdayClose: '12:00',
  });
  update();
});
document.getElementById('copy').addEventListener('click', async () => {
  const status = document.getElementById('copied');
  try {
    await navigator.clipboard.writeText(snippetOut.value);
    status.textContent = 'Copied.';
  } catch {
    snippetOut.select();
    status.textContent = 'Selected: press Ctrl+C (or Cmd+C) to copy.';
  }
});

addLocation();
update();
fetch('/dist/cdn/sri.json')
  .then((response) => response.json())
  .then((hashes) => {
    sri = hashes;
    update();
  })
  .catch(() => {});
