import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { getSession } from './session';
import { problemOf } from './errors';
import { currentLanguage } from './i18n';

type WithHash = { __meta__?: { hash?: string } };

/**
 * The console's client: every operation goes by its codegen sha256 (the gateway knows the
 * manifest, so no text is sent and nothing unregistered runs); the session token and the page
 * language ride along; UNAUTHENTICATED anywhere means the session ended.
 */
export function createApolloClient(onUnauthenticated: () => void) {
  const auth = new ApolloLink((operation, forward) => {
    const session = getSession();
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: {
        ...headers,
        'accept-language': currentLanguage(),
        ...(session ? { authorization: `Bearer ${session.token}` } : {}),
      },
    }));
    return forward(operation);
  });
  const expired = new ErrorLink(({ error, operation }) => {
    if (operation.operationName === 'AdminLogin') return;
    // A 401 arrives as a ServerError whose body holds the GraphQL error; problemOf reads both shapes.
    if (problemOf(error).code === 'UNAUTHENTICATED') onUnauthenticated();
  });
  const persisted = new PersistedQueryLink({
    generateHash: (document) => {
      const hash = (document as unknown as WithHash).__meta__?.hash;
      if (!hash) throw new Error('document without a persisted hash (run npm run codegen)');
      return hash;
    },
    useGETForHashedQueries: false,
  });
  return new ApolloClient({
    link: ApolloLink.from([expired, auth, persisted, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
