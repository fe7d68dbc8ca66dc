/** What has a date of last checking: the data set's projects and routes, as authored or as the page gets them. */
interface Checked {
  projects: readonly { properties: { lastVerified: string } }[];
  routes: readonly { lastVerified: string }[];
}

/**
 * The date the data was last checked: the latest `lastVerified` of any project or route (partial ISO, as
 * authored). Partial ISO dates of the same year sort correctly as text (`2025` < `2025-06` < `2025-06-17`).
 */
export function dataAsOf(data: Checked): string {
  const dates = [
    ...data.projects.map((p) => p.properties.lastVerified),
    ...data.routes.map((r) => r.lastVerified),
  ];
  return dates.reduce((a, b) => (b > a ? b : a), '');
}
