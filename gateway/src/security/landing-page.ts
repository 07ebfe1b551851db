import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';

const PAGE = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>seatpool GraphQL API</title></head>
<body>
<h1>seatpool GraphQL API</h1>
<p>POST GraphQL requests as JSON to <code>/graphql</code> on this host. Admin operations need
<code>Authorization: Bearer &lt;token&gt;</code> from <code>adminLogin</code>.</p>
<pre>curl -s http://HOST:PORT/graphql -H 'content-type: application/json' -d '{"query":"{ __typename }"}'</pre>
<p>To browse the schema, point a GraphQL IDE at this URL (its origin must be listed in
GATEWAY_CORS_ORIGINS). This page is not served in production unless GATEWAY_LANDING_PAGE is on.</p>
</body>
</html>
`;

/**
 * A static page (no script, no style, nothing fetched) instead of Apollo's embedded sandbox,
 * which loads scripts from a CDN: so the strict CSP every response carries holds here too.
 */
export function landingPage(enabled: boolean): ApolloServerPlugin {
  if (!enabled) return ApolloServerPluginLandingPageDisabled();
  return {
    async serverWillStart() {
      return { async renderLandingPage() { return { html: PAGE }; } };
    },
  };
}
