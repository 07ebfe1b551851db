import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider } from 'react-router';
import { createApolloClient } from '../core/apollo';
import { I18nProvider } from '../core/i18n';
import { getSession, setSession } from '../core/session';
import { ToastProvider } from '../ui/Toasts';
import { router } from './router';

// An ended or revoked session (UNAUTHENTICATED from any operation): back to the login page,
// which returns to this very page after the operator logs in again.
const client = createApolloClient(() => {
  if (!getSession() && router.state.location.pathname === '/login') return;
  setSession(null);
  const here = router.state.location;
  if (here.pathname === '/login') return;
  void client.clearStore();
  void router.navigate(`/login?expired=1&next=${encodeURIComponent(here.pathname + here.search)}`, { replace: true });
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
