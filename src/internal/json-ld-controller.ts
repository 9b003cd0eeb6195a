import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { JsonLdBlock } from './structured-data.js';

/** Writes the element's JSON-LD into `blocks` (reusing them), removes the rest, and returns the blocks in use. */
export type JsonLdWriter = (blocks: JsonLdBlock[]) => JsonLdBlock[];

/**
 * Keeps an element's JSON-LD blocks in the document head in step with what it
 * shows. Structured data is off by default, so the code that writes it (given
 * by `load`) is only downloaded when `enabled()` first says so. Syncs after an
 * update that changed `enabled()`; call `sync()` when the content changes;
 * disconnecting removes the blocks.
 */
export class JsonLdController implements ReactiveController {
  #blocks: JsonLdBlock[] = [];
  #wasEnabled?: boolean;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly enabled: () => boolean,
    private readonly load: () => Promise<JsonLdWriter>,
  ) {
    host.addController(this);
  }

  sync(): void {
    if (!this.enabled()) return this.#removeAll();
    void this.load().then((write) => {
      if (this.enabled() && this.host.isConnected) this.#blocks = write(this.#blocks);
    });
  }

  hostUpdated(): void {
    if (this.enabled() === this.#wasEnabled) return;
    this.#wasEnabled = this.enabled();
    this.sync();
  }

  hostDisconnected(): void {
    this.#removeAll();
  }

  #removeAll(): void {
    for (const block of this.#blocks) block.remove();
    this.#blocks = [];
  }
}
