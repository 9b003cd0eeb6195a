// A React 19 page using the npm package: properties, mrx-* events, and
// re-renders that must not reset what the reader did inside the widgets.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@motionrx/widgets';
import { CONFIG } from './config.js';

function App() {
  const [renders, setRenders] = useState(0);
  const [events, setEvents] = useState([]);
  const log = (event) => setEvents((list) => [...list, `${event.type} ${JSON.stringify(event.detail)}`]);
  return (
    <main>
      <button id="rerender" onClick={() => setRenders(renders + 1)}>
        Re-render ({renders})
      </button>
      <mrx-faq-accordion heading-level="3" onmrx-faq-toggle={log}>
        <details id="why-stiff">
          <summary>Why is my back stiff in the morning?</summary>
          <p>Your back has kept still for hours.</p>
        </details>
        <details id="does-rest-help">
          <summary>Will more rest help?</summary>
          <p>Usually not.</p>
        </details>
      </mrx-faq-accordion>
      <mrx-stiffness-quiz
        clinic-name={`MotionRx (render ${renders})`}
        booking-url="https://example.com/book"
        onmrx-quiz-start={log}
      ></mrx-stiffness-quiz>
      <mrx-location-cta locations={CONFIG} variant={renders % 2 ? 'banner' : 'card'} onmrx-location-change={log}></mrx-location-cta>
      <ol id="events">
        {events.map((event, i) => (
          <li key={i}>{event}</li>
        ))}
      </ol>
    </main>
  );
}

createRoot(document.getElementById('builder')).render(<App />);
