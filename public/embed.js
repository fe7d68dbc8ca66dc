/*
 * Corridor Map parent script: sizes every Corridor Map iframe on a host page to its content.
 * Paste once per page:  <script src="https://YOUR-SITE/embed.js" async></script>
 * It listens for the map's own height message, accepts it only from the window of an iframe on this page
 * whose address has the message's origin, and sets that iframe's height. It sends nothing and loads nothing.
 */
(() => {
  if (window.__corridorMapEmbed) return;
  window.__corridorMapEmbed = true;
  window.addEventListener('message', (event) => {
    const m = event.data;
    if (!m || typeof m !== 'object' || m.type !== 'corridor-map:height') return;
    const height = Number(m.height);
    if (!Number.isFinite(height) || height < 50 || height > 20000) return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow !== event.source) continue;
      let origin = '';
      try {
        origin = new URL(frame.src, location.href).origin;
      } catch {
        return;
      }
      if (origin !== event.origin) return;
      frame.style.height = `${Math.ceil(height)}px`;
      frame.setAttribute('height', String(Math.ceil(height)));
    }
  });
})();
