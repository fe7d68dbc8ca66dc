// Types for bench/lib/variants.js (plain ESM JavaScript), for the TypeScript tests that import it.

export function blankPicture(webp: Uint8Array): Promise<Uint8Array>;
export const INTERFACE_HIDDEN_FILE: string;
export const INTERFACE_PARTS: readonly string[];
export const INTERFACE_HIDDEN_CSS: string;
export function withoutInterface(html: string): string;
