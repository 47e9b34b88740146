// The canonical query string that signatures, content hashes and cache keys are computed over (runtime-neutral: the edge handler uses it too).

export type QueryValues = Readonly<Record<string, string | number | boolean | undefined>>;

/** The query as a canonical string: keys sorted, `sig` left out, values percent-encoded the same way always. */
export function canonicalQuery(query: QueryValues): string {
  return Object.keys(query)
    .filter((key) => key !== 'sig' && query[key] !== undefined)
    .sort()
    .map((key) => `${encodeURIComponent(key)}=${encodeURIComponent(String(query[key]))}`)
    .join('&');
}
