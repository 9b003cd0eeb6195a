import { reportError } from './errors.js';

// JSON-LD is written into a <script>, which Trusted Types guards even for
// non-executable types. The policy only accepts the exact string this module
// just serialised, so it cannot be borrowed to run anything else.
const POLICY_NAME = 'mrx-json-ld';
let policy: Pick<TrustedTypePolicy, 'createScript'> | null | undefined;
let expected: string | null = null;

function scriptText(json: string, tag: string): string | TrustedScript | null {
  const tt = (globalThis as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
  if (!tt) return json;
  if (policy === undefined) {
    try {
      policy = tt.createPolicy(POLICY_NAME, {
        createScript: (input: string) => {
          if (input !== expected) throw new TypeError(`${POLICY_NAME} only writes MotionRx structured data`);
          return input;
        },
      });
    } catch {
      policy = null;
      reportError(tag, `structured-data needs the Trusted Types policy "${POLICY_NAME}"; add it to your trusted-types directive.`);
    }
  }
  if (!policy) return null;
  expected = json;
  try {
    return policy.createScript(json);
  } finally {
    expected = null;
  }
}

/** One `<script type="application/ld+json">` in the document head, owned by one element. */
export class JsonLdBlock {
  private script: HTMLScriptElement | null = null;
  constructor(private readonly tag: string) {}

  /** Writes `data` (or removes the block when `data` is null). */
  set(data: object | null): void {
    if (!data) return this.remove();
    // "<" is escaped so answer text can never close the script element.
    const json = JSON.stringify(data).replace(/</g, '\\u003c');
    if (this.script?.isConnected && this.script.textContent === json) return;
    const text = scriptText(json, this.tag);
    if (text === null) return this.remove();
    if (!this.script) {
      this.script = document.createElement('script');
      this.script.type = 'application/ld+json';
      this.script.dataset.mrxOwner = this.tag;
    }
    (this.script as { textContent: string | TrustedScript }).textContent = text;
    if (!this.script.isConnected) document.head.append(this.script);
  }

  remove(): void {
    this.script?.remove();
    this.script = null;
  }
}
