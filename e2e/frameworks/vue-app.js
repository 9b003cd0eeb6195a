// A Vue 3 page using the npm package (render functions: the strict CSP forbids
// Vue's runtime template compiler): properties, mrx-* events, and re-renders
// that must not reset what the reader did inside the widgets.
import { createApp, h, ref } from 'vue';
import '@motionrx/widgets';
import { CONFIG } from './config.js';

createApp({
  setup() {
    const renders = ref(0);
    const events = ref([]);
    const log = (event) => events.value.push(`${event.type} ${JSON.stringify(event.detail)}`);
    return () =>
      h('main', [
        h('button', { id: 'rerender', onClick: () => renders.value++ }, `Re-render (${renders.value})`),
        h('mrx-faq-accordion', { 'heading-level': '3', onMrxFaqToggle: log }, [
          h('details', { id: 'why-stiff' }, [
            h('summary', 'Why is my back stiff in the morning?'),
            h('p', 'Your back has kept still for hours.'),
          ]),
          h('details', { id: 'does-rest-help' }, [h('summary', 'Will more rest help?'), h('p', 'Usually not.')]),
        ]),
        h('mrx-stiffness-quiz', {
          'clinic-name': `MotionRx (render ${renders.value})`,
          'booking-url': 'https://example.com/book',
          onMrxQuizStart: log,
        }),
        h('mrx-location-cta', { locations: CONFIG, variant: renders.value % 2 ? 'banner' : 'card', onMrxLocationChange: log }),
        h(
          'ol',
          { id: 'events' },
          events.value.map((event) => h('li', event)),
        ),
      ]);
  },
}).mount('#builder');
