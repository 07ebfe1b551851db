// The development GraphiQL the gateway shows at GET /graphql (never in production): bundled
// here, so nothing comes from a CDN and the page runs under the same strict CSP.
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createRoot } from 'react-dom/client';
import './graphiql.css';

const fetcher = createGraphiQLFetcher({ url: '/graphql' });
const defaultHeaders = JSON.stringify({ authorization: 'Bearer <paste the token from adminLogin>' }, null, 2);
const defaultQuery = `# seatpool API (development GraphiQL).
# 1. Run the login below with your admin password, copy the token.
# 2. Paste it into the Headers tab as "authorization": "Bearer <token>".
mutation Login {
  adminLogin(input: { password: "" }) { token expiresAt }
}

query Dashboard {
  dashboard { codeQuota mothers { total } seats { free used } codes { unused used } }
}
`;

createRoot(document.getElementById('graphiql')!).render(
  <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} defaultHeaders={defaultHeaders} isHeadersEditorEnabled shouldPersistHeaders={false} />,
);
