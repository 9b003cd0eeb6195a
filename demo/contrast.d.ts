/** WCAG contrast ratio of two "#rrggbb" colours, 1 to 21. */
export declare function contrast(a: string, b: string): number;
