/**
 * Escapes text for HTML and XML (SVG) content and double- or single-quoted attribute values: `&`, `<`, `>`,
 * `"` and `'` become `&amp;`, `&lt;`, `&gt;`, `&quot;` and `&#39;` (entities every HTML and XML parser
 * knows). The one escaper of the static page, the build-time picture and the embed code.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
