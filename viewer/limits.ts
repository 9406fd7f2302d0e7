/**
 * The viewer's size limits, in a module of their own without zod, so the page's boot script
 * (viewer/app/boot.ts), which must stay a few hundred bytes, can read them.
 */
export const MAX_TOP = 2000;
export const DEFAULT_TOP = 250;
