/** Marks the element being printed, for the page-wide rule below and the element's own print styles. */
export const PRINTING = 'data-mrx-printing';

/**
 * The page's other content is left out of the print: every element that neither
 * is nor contains the one printed. A constructed sheet, so a strict
 * Content-Security-Policy allows it; it is on the page only while printing.
 */
const hideTheRest = new CSSStyleSheet();
hideTheRest.replaceSync(`@media print { body *:not([${PRINTING}], :has([${PRINTING}])) { display: none !important; } }`);

/**
 * Opens the browser's print dialog on `element` alone (which shows what it
 * prints under `:host([data-mrx-printing])`). The page is back as it was once
 * the dialog closes.
 */
export function printAlone(element: HTMLElement): void {
  // Asked again before the last dialog closed: it is already set up.
  if (!element.hasAttribute(PRINTING)) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, hideTheRest];
    element.setAttribute(PRINTING, '');
    window.addEventListener(
      'afterprint',
      () => {
        element.removeAttribute(PRINTING);
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== hideTheRest);
      },
      { once: true },
    );
  }
  window.print();
}
