// The subgraphs the supergraph is composed of. The URLs are the local defaults baked into the
// committed supergraph; a deployment may route elsewhere through the gateway's configuration.
export const SUBGRAPHS = [
  { name: 'users', url: 'http://127.0.0.1:4001/graphql' },
  { name: 'pool', url: 'http://127.0.0.1:4002/graphql' },
  { name: 'stats', url: 'http://127.0.0.1:4003/graphql' },
  { name: 'notify', url: 'http://127.0.0.1:4004/graphql' },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];
