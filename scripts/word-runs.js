/**
 * Runs of eight words, the unit of the own-words check: a summary that shares eight words in a row with a
 * source article copied a phrase rather than stating a shared fact. Articles are kept only as fingerprints
 * (`tests/fixtures/source-fingerprints.json`, made by `scripts/fingerprint-sources.js`), so the check needs
 * no article text in the repository.
 */
import { createHash } from 'node:crypto';

/** Words in a run: longer than any proper name in the data. */
export const RUN = 8;

/** Lower-cased letters and digits, split on anything else. */
export const words = (text) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Every run of RUN consecutive words, joined by single spaces. */
export function runs(text) {
  const w = words(text);
  const out = new Set();
  for (let i = 0; i + RUN <= w.length; i++) out.add(w.slice(i, i + RUN).join(' '));
  return out;
}

/** A run's fingerprint: the first 16 hex digits of its SHA-256 (64 bits: no accidental match in practice). */
export const fingerprint = (run) => createHash('sha256').update(run).digest('hex').slice(0, 16);
