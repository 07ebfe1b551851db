import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider } from 'react-router';
import { createApolloClient } from '../core/apollo';
import { I18nProvider } from '../core/i18n';
import { setSession } from '../core/session';
import { ToastProvider } from '../ui/Toasts';
import { BASENAME, router } from './router';

// An ended or revoked session (UNAUTHENTICATED from any operation): back to the login page,
// which returns to this very page after the operator logs in again.
const client = createApolloClient(() => {
  setSession(null);
  // The router's state holds the full path; navigate() wants it without the /admin basename.
  const path = router.state.location.pathname.replace(new RegExp(`^${BASENAME}(?=/|$)`), '') || '/';
  if (path === '/login') return;
  void client.clearStore();
  void router.navigate(`/login?expired=1&next=${encodeURIComponent(path + router.state.location.search)}`, { replace: true });
});

export function App() {
  return (
    <I18nProvider>
      <ApolloProvider client={client}>
        <ToastProvider>
          <RouterProvider router={router} />
        </ToastProvider>
      </ApolloProvider>
    </I18nProvider>
  );
}
