/**
 * A DataLoader batch function over a look-up that answers a Map: the values in key order (as
 * DataLoader wants), `fallback()` for a key the look-up did not find.
 */
export const inOrder =
  <K, V>(fetch: (keys: readonly K[]) => Promise<Map<K, V>>, fallback: () => V) =>
  async (keys: readonly K[]): Promise<V[]> => {
    const found = await fetch(keys);
    return keys.map((key) => found.get(key) ?? fallback());
  };
