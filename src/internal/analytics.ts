/**
 * Opt-in analytics (`analytics="datalayer"`): pushes `{ event: 'mrx_<name>' }`
 * to window.dataLayer, creating it if absent. Callers pass event names only:
 * health answers and outcomes never go there.
 */
export function track(analytics: string | null, name: string): void {
  if (analytics == 'datalayer') ((window as unknown as { dataLayer?: unknown[] }).dataLayer ??= []).push({ event: `mrx_${name}` });
}
