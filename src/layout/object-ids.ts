// Small numbers naming objects (for cache keys), held weakly: an object gets the next number the first time it is asked for.
export function objectIds<T extends object>(): (value: T) => number {
  const ids = new WeakMap<T, number>();
  let next = 1;
  return (value) => {
    let id = ids.get(value);
    if (id === undefined) {
      id = next++;
      ids.set(value, id);
    }
    return id;
  };
}
