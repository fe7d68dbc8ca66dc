import { heightMessages } from './messages.ts';

/**
 * Tells the parent page the document's height whenever it changes. Height messages carry no data of the
 * reader's, so they go to any parent origin (`'*'`), as pym.js and Datawrapper do.
 * Returns a function that stops reporting.
 */
export function reportHeight(id: string, target: Window = window.parent): () => void {
  let last = -1;
  const send = () => {
    const height = document.documentElement.getBoundingClientRect().height;
    if (Math.abs(height - last) < 1) return;
    last = height;
    for (const m of heightMessages(id, height)) target.postMessage(m, '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(document.documentElement);
  observer.observe(document.body);
  send();
  return () => observer.disconnect();
}
