import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../context';
import { rootFields } from '../limits/root-fields';
import { ALL_SESSIONS, type SessionCache } from './session-cache';

/**
 * Users' session-ending mutations, as they pass through the gateway: the session cache forgets
 * the sessions they end (here and, through Redis, on every replica) before the client hears back.
 */
export function sessionRevocationPlugin(cache: SessionCache): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      let ended: string[] = [];
      return {
        async didResolveOperation(rc) {
          if (rc.operation?.operation !== 'mutation') return;
          for (const field of rootFields(rc.document, rc.operation, rc.request.variables ?? {})) {
            const input = (field.args.input ?? {}) as { sessionId?: unknown };
            if (field.name === 'adminLogout' && rc.contextValue.identity.kind === 'admin') ended.push(rc.contextValue.identity.sub);
            else if (field.name === 'revokeAdminSession') ended.push(typeof input.sessionId === 'string' ? input.sessionId : ALL_SESSIONS);
            else if (field.name === 'revokeOtherAdminSessions' || field.name === 'changeAdminPassword') ended.push(ALL_SESSIONS);
          }
        },
        async willSendResponse() {
          // Also after errors: forgetting a live session costs one more users call, nothing else.
          const once = [...new Set(ended)];
          ended = [];
          await Promise.all(once.map((id) => cache.revoke(id)));
        },
      };
    },
  };
}
