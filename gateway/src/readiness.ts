/** Subgraphs the gateway is ready without (webhook notifications are not on the request path). */
export const OPTIONAL_SUBGRAPHS: ReadonlySet<string> = new Set(['notify']);

/** The gateway is ready when every subgraph answers its own `/readyz` with 200. */
export async function subgraphsReady(urls: Record<string, string>): Promise<Record<string, boolean>> {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => {
      try {
        const res = await fetch(new URL('/readyz', url), { signal: AbortSignal.timeout(2_000) });
        return [name, res.ok] as const;
      } catch {
        return [name, false] as const;
      }
    }),
  );
  return Object.fromEntries(entries);
}
