// Types for bench/lib/stats.js (plain ESM JavaScript), for the TypeScript tests that import it.

export type Unit = 'bytes' | 'ms' | 'mb' | 'count';
export interface Metric {
  key: string;
  label: string;
  unit: Unit;
  group: string;
}
export type Run = Record<string, number | null>;
export interface Summary {
  median: number | null;
  min: number | null;
  max: number | null;
  n: number;
}
export interface TargetCheck {
  id: string;
  text: string;
  met: boolean | null;
  detail: string;
}

export const METRICS: Metric[];
export const CORE_METRICS: string[];
export function median(xs: number[]): number;
export function summarise(runs: Run[]): Record<string, Summary>;
export function format(v: number | null | undefined, unit: Unit): string;
export function notBuilt(page: { runs: Run[] }): boolean;
export interface SoakFigures {
  before: Record<string, number | null>;
  after: Record<string, number | null>;
  selections: number;
  changes: number;
  /** Feature-state entries once every item had been selected (or at the last selection, if fewer). */
  featureStatesTouchedAll?: number | null;
  /** How many items the soak selects in turn. */
  items?: number;
}
export interface LighthouseFigures {
  preset: string;
  /** Which page: ours (the default), same-style or bare. */
  page?: string;
  score: number | null;
  error: string | null;
}
export interface ArticleFigures extends LighthouseFigures {
  /** The host article's variant: plain (no map), ours, ours-top, bare, bare-top. */
  variant: string;
  tbtMs: number | null;
  cls: number | null;
}
export const FRESH_TARGETS: string[];
export const SOAK_COUNTS: [string, string][];
export const PROGRAMS_AT_START: number;
export function checkTargets(
  pages: Record<string, { summary: Record<string, Summary>; runs: Run[] } | undefined>,
  extra?: {
    soak?: SoakFigures | null;
    lighthouse?: LighthouseFigures[] | null;
    article?: ArticleFigures[] | null;
  },
): TargetCheck[];
