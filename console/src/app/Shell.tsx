import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { AdminLogoutDocument } from '../gql/graphql';
import { setSession } from '../core/session';
import { Layout } from '../ui/Layout';
import { NAV } from './domains';

/** The logged-in frame; logging out ends the session on the server, then forgets the token. */
export function Shell() {
  const navigate = useNavigate();
  const client = useApolloClient();
  const [logout] = useMutation(AdminLogoutDocument);
  const onLogout = async () => {
    try {
      await logout();
    } catch {
      // the token is forgotten either way; an already-ended session is fine
    }
    setSession(null);
    await client.clearStore();
    navigate('/login?loggedOut=1', { replace: true });
  };
  return <Layout nav={NAV} onLogout={onLogout} />;
}
