// Two-level memo: an object key (weakly held) and a primitive sub-key, for values derived from boxes and styles.

export function memo2<K extends object, S, V>(map: WeakMap<K, Map<S, V>>, key: K, sub: S, make: () => V): V {
  let perKey = map.get(key);
  if (!perKey) {
    perKey = new Map();
    map.set(key, perKey);
  }
  const hit = perKey.get(sub);
  if (hit !== undefined) return hit;
  const value = make();
  perKey.set(sub, value);
  return value;
}
