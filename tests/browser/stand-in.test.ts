import { afterEach, describe, expect, it } from 'vitest';
import '../../src/preview/stand-in.ts';
import type { MapStandIn } from '../../src/preview/stand-in.ts';

/** A one-colour SVG picture as an object URL. */
function pictureUrl(colour: string): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="36"><rect width="64" height="36" fill="${colour}"/></svg>`;
  return URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
}

/** A static page's picture, as the build writes it: the light file, and the dark one for a dark system. */
function staticPicture(light: string, dark: string): HTMLPictureElement {
  const picture = document.createElement('picture');
  picture.innerHTML = `<source srcset="${dark}" media="(prefers-color-scheme: dark)" data-theme="dark" /><img src="${light}" alt="" width="64" height="36" />`;
  return picture;
}

/** The picture's file the image shows, once it has loaded it. */
async function shown(picture: HTMLPictureElement): Promise<string> {
  const img = picture.querySelector('img') as HTMLImageElement;
  await new Promise((done) => requestAnimationFrame(done));
  if (!img.complete) await new Promise((done) => img.addEventListener('load', done, { once: true }));
  return img.currentSrc;
}

describe("the map's stand-in", () => {
  afterEach(() => document.body.replaceChildren());

  it("shows the static page's picture in the theme it is given, whatever the system's, and keeps its hub links", async () => {
    const [light, dark] = [pictureUrl('#f4f1ea'), pictureUrl('#1b1a18')];
    const picture = staticPicture(light, dark);
    const el = document.createElement('map-stand-in') as MapStandIn;
    el.picture = picture;
    el.spots = [{ id: 'almaty', x: 10, y: 10, r: 5 }];
    el.theme = 'dark';
    document.body.append(el);
    await el.updateComplete;
    expect(await shown(picture)).toBe(dark);
    expect(el.querySelectorAll('.preview-hubs a[data-hub="almaty"]')).toHaveLength(1);
    el.theme = 'light';
    await el.updateComplete;
    expect(await shown(picture)).toBe(light);
    expect(el.querySelector('picture')).toBe(picture);
  });

  it("loads the home page's picture in the reader's language where the page has none", async () => {
    const el = document.createElement('map-stand-in') as MapStandIn;
    el.language = 'ru';
    el.theme = 'dark';
    document.body.append(el);
    await el.updateComplete;
    const img = el.querySelector('img.map-preview') as HTMLImageElement;
    expect(new URL(img.src).pathname).toMatch(/\/ru\/preview-dark\.webp$/);
    // Its 2x file for screens of two device pixels per CSS pixel or more.
    expect(img.srcset).toMatch(/\/ru\/preview-dark\.webp 1x, \S+\/ru\/preview-dark@2x\.webp 2x$/);
  });
});
