// Types for bench/lib/variants.js (plain ESM JavaScript), for the TypeScript tests that import it.

export const INTERFACE_HIDDEN_FILE: string;
export const INTERFACE_PARTS: readonly string[];
export const INTERFACE_HIDDEN_CSS: string;
export function withoutInterface(html: string): string;
export function copySite(
  from: string,
  to: string,
  alter: (dir: string) => Promise<void> | void,
): Promise<void>;
export function blankPictures(dir: string): Promise<void>;
export function hideInterface(dir: string): void;
