// Two fictional clinics for the framework pages.
const hours = {
  mon: [['07:00', '19:00']],
  tue: [['07:00', '19:00']],
  wed: [['07:00', '19:00']],
  thu: [['07:00', '19:00']],
  fri: [['07:00', '19:00']],
};
export const CONFIG = {
  locations: [
    {
      id: 'tampa',
      name: 'MotionRx Tampa',
      address: { street: '100 Example Ave', city: 'Tampa' },
      phone: '+1 813 555 0100',
      timezone: 'America/New_York',
      hours,
      bookingUrl: 'https://example.com/book/tampa',
    },
    {
      id: 'clearwater',
      name: 'MotionRx Clearwater',
      address: { street: '200 Sample St', city: 'Clearwater' },
      timezone: 'America/New_York',
      hours,
      bookingUrl: 'https://example.com/book/clearwater',
    },
  ],
};
