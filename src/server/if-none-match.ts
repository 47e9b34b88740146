// If-None-Match matching as RFC 9110 §13.1.2 says (runtime-neutral: the edge handler uses it too).

/** The opaque tags of an If-None-Match list (W/ dropped: If-None-Match uses the weak comparison), or '*'. */
export function parseIfNoneMatch(header: string): '*' | readonly string[] {
  if (header.trim() === '*') return '*';
  const tags: string[] = [];
  const pattern = /\s*(?:W\/)?("[^"]*")\s*(?:,|$)/gy;
  for (let match = pattern.exec(header); match; match = pattern.exec(header)) {
    tags.push(match[1]!);
    if (pattern.lastIndex >= header.length) break;
  }
  return tags;
}

/** True when the request's If-None-Match matches the current ETag, so the answer is 304. */
export function notModified(ifNoneMatch: string | string[] | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  const header = Array.isArray(ifNoneMatch) ? ifNoneMatch.join(', ') : ifNoneMatch;
  const tags = parseIfNoneMatch(header);
  return tags === '*' || tags.includes(etag);
}
