/** Fitting texts to a width: the exported picture's (measured on its canvas) and the preview cards' (tools/cards/). */

/**
 * Breaks a text into lines no wider than `max`, as `width` measures them: at spaces, or between characters for
 * a word too long (or a run of Chinese, which has no spaces).
 */
export function wrapBy(width: (s: string) => number, text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => width(s) <= max;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    if (fits(word)) {
      line = word;
      continue;
    }
    // A word (or a run of Chinese, which has no spaces) wider than the line: break between characters.
    for (const ch of Array.from(word)) {
      if (line && !fits(line + ch)) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Breaks a text into lines no wider than `max` on `ctx`'s canvas, in its current font. */
export function wrap(ctx: CanvasRenderingContext2D, text: string, max: number): string[] {
  return wrapBy((s) => ctx.measureText(s).width, text, max);
}

/** A text cut with an ellipsis to fit `max`. */
export function ellipsize(ctx: CanvasRenderingContext2D, text: string, max: number): string {
  if (ctx.measureText(text).width <= max) return text;
  const chars = Array.from(text);
  while (chars.length > 0 && ctx.measureText(`${chars.join('')}…`).width > max) chars.pop();
  return `${chars.join('')}…`;
}
