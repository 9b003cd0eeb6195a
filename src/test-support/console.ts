/** Records console.error / console.warn calls during a test, so tests print nothing and can assert on messages. */
export class ConsoleSpy {
  readonly errors: string[] = [];
  readonly warnings: string[] = [];
  private readonly originalError = console.error;
  private readonly originalWarn = console.warn;

  constructor() {
    console.error = (...args: unknown[]) => void this.errors.push(args.map(String).join(' '));
    console.warn = (...args: unknown[]) => void this.warnings.push(args.map(String).join(' '));
  }

  restore(): void {
    console.error = this.originalError;
    console.warn = this.originalWarn;
  }
}
