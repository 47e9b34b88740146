// Dates from front matter or manifests shown the way the templates expect them: `Nov 26, 2026`.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-11-26` (or a Date) as `Nov 26, 2026`; anything else unchanged. */
export function displayDate(value: unknown): unknown {
  const iso = value instanceof Date ? value.toISOString() : typeof value === 'string' ? value : undefined;
  const m = iso === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(iso);
  if (!m) return value;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${month} ${Number(m[3])}, ${m[1]}` : value;
}
