import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** setTimeout's longest delay (about 24.8 days); a longer one would fire at once. */
const MAX_DELAY = 2 ** 31 - 1;

/**
 * The clock of the open-now status. Each update renders for one instant,
 * `now`, read as it starts; after it, one timer waits for the next change of
 * status (`nextChange(now)`, an epoch milliseconds instant, or undefined when
 * the status never changes) and updates the host then. A page coming back
 * into view updates too (background tabs throttle timers). No timer while
 * detached, no timer per second.
 */
export class StatusClock implements ReactiveController {
  /** The instant the current update shows (epoch milliseconds). */
  now = Date.now();
  #timer?: ReturnType<typeof setTimeout>;
  readonly #tick = () => this.host.requestUpdate();

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly nextChange: (now: number) => number | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#tick);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#tick);
    clearTimeout(this.#timer);
  }

  hostUpdate(): void {
    this.now = Date.now();
  }

  hostUpdated(): void {
    clearTimeout(this.#timer);
    const changeAt = this.nextChange(this.now);
    if (changeAt !== undefined && this.host.isConnected) this.#timer = setTimeout(this.#tick, Math.min(changeAt - this.now, MAX_DELAY));
  }
}
