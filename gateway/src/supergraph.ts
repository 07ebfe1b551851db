import { readFileSync } from 'node:fs';

/** Subgraph names and URLs as recorded in the composed supergraph (`@join__graph`). */
export function subgraphUrls(supergraphSdl: string): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const m of supergraphSdl.matchAll(/@join__graph\(name:\s*"([^"]+)",\s*url:\s*"([^"]+)"\)/g)) urls[m[1]] = m[2];
  return urls;
}

export function readSupergraph(file: string): string {
  return readFileSync(file, 'utf8');
}
