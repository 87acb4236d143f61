/** A summary value as short text: strings as they are, everything else as JSON. */
export function summaryValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** The summary's key: value pairs, in the order the server wrote them. */
export function summaryEntries(summary: Record<string, unknown>): Array<[string, string]> {
  return Object.entries(summary).map(([key, value]) => [key, summaryValue(value)]);
}

/** "role: staff · active: true": one line for the grid. */
export function compactSummary(summary: Record<string, unknown>): string {
  return summaryEntries(summary)
    .map(([key, value]) => `${key}: ${value}`)
    .join(' · ');
}
