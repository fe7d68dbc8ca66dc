/**
 * What the app's start fetches besides its scripts (the data, the basemap, the label fonts) is named by the
 * build in an inert `<template>` in the page's head (tools/corridor-plugin.ts), not as live preload links: an
 * embed the host's article loads but the reader has not reached would otherwise fetch them all. The page's first
 * script puts them in the head when the app is about to start (at once on a page, when seen in an embed), so
 * they load beside the app's own script. Imports nothing, so that script stays small.
 */
export const START_FETCHES_ID = 'start-fetches';

/** Starts the fetches the page names for the app's start; once (the template is emptied). */
export function startFetches(doc: Document = document): void {
  const template = doc.getElementById(START_FETCHES_ID);
  if (template instanceof HTMLTemplateElement) doc.head.append(template.content);
}
