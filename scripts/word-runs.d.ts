/** Types for `word-runs.js` (see there). */
export const RUN: number;
export function words(text: string): string[];
export function runs(text: string): Set<string>;
export function fingerprint(run: string): string;
