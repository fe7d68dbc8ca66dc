/**
 * What a page must never contain, found under `root` (shadow roots too): handler attributes, `autofocus`,
 * script links, the `<img src=x>` of a payload, frames and objects, scripts in shadow roots; and, when `root`
 * is the whole document, inline scripts (the one data block the build writes, the home page's schema.org
 * Dataset in `<head>`, is not a script). Self-contained, so the e2e harness can run it in a page
 * (`page.evaluate(injectedIn)`) and the component tests call it directly.
 */
export function injectedIn(root: Document | Element = document): string[] {
  const found: string[] = [];
  const visit = (node: Document | Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      for (const a of el.getAttributeNames()) {
        if (/^on/i.test(a)) found.push(`<${el.localName} ${a}>`);
        if (a === 'autofocus') found.push(`<${el.localName} autofocus>`);
      }
      const href = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
      if (/^\s*(javascript|data|vbscript):/i.test(href)) found.push(`<${el.localName} href=${href}>`);
      if (el.localName === 'img' && el.getAttribute('src') === 'x') found.push('<img src=x>');
      if (['iframe', 'object', 'embed'].includes(el.localName)) found.push(`<${el.localName}>`);
      if (el.localName === 'script' && node instanceof ShadowRoot) found.push('<script> in a shadow root');
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  if (root instanceof Document) {
    const scripts = [...root.scripts].filter(
      (s) => !s.src && !(s.type === 'application/ld+json' && s.parentElement === root.head),
    );
    if (scripts.length > 0) found.push(`${scripts.length} inline <script>`);
  }
  return found;
}
