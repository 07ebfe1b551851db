import { type Reply, type Route, parseObject, reply, route, upstreamError } from './http';
import type { Role, SandboxState, TokenRecord, Workspace } from './state';
import { allMembers, inviteEmails, inviteView, memberView, normalizeEmail, page, removeUser, seatsInUse } from './workspace';

export interface UpstreamCtx {
  state: SandboxState;
  token: TokenRecord;
  params: Record<string, string>;
  query: URLSearchParams;
  /** Value of the `chatgpt-account-id` header, if any. */
  accountHeader?: string;
  body: Buffer;
}

export type UpstreamRoute = Route<(ctx: UpstreamCtx) => Reply>;

const INVITABLE_ROLES: readonly Role[] = ['standard-user', 'account-admin'];

/** Looks up the workspace a call is scoped to; the same 404 for "unknown" and "not yours" so ids do not leak. */
function resolve(ctx: UpstreamCtx, accountId: string | undefined): Workspace | Reply {
  const ws = accountId ? ctx.state.workspaces.get(accountId) : undefined;
  if (!ws || !ctx.token.accountIds.includes(ws.id)) return upstreamError(404, 'account_not_found');
  if (ws.deactivated) return upstreamError(403, 'account_deactivated');
  return ws;
}

/** A route whose workspace comes from `:id` in the path (or `?account_id=` / header for subscriptions). */
function scoped(method: string, template: string, fn: (ctx: UpstreamCtx, ws: Workspace) => Reply): UpstreamRoute {
  return route(method, template, (ctx: UpstreamCtx) => {
    const id = ctx.params.id ?? ctx.query.get('account_id') ?? ctx.accountHeader;
    const ws = resolve(ctx, id);
    return 'status' in ws ? ws : fn(ctx, ws);
  });
}

function accountsMap(state: SandboxState, token: TokenRecord): Record<string, unknown> {
  const accounts: Record<string, unknown> = {};
  for (const id of token.accountIds) {
    const ws = state.workspaces.get(id);
    if (!ws) continue;
    accounts[id] = {
      account: { account_id: ws.id, name: ws.name, plan_type: 'team', is_deactivated: ws.deactivated },
      entitlement: {
        subscription_plan: 'chatgptteamplan',
        has_active_subscription: !ws.deactivated,
        expires_at: ws.expiresAt.toISOString(),
      },
    };
  }
  return accounts;
}

function postInvites(ctx: UpstreamCtx, ws: Workspace): Reply {
  const body = parseObject(ctx.body);
  if (!body) return upstreamError(400, 'invalid_request', 'body must be a JSON object');
  const emails = body.email_addresses;
  if (!Array.isArray(emails) || emails.length === 0) return upstreamError(400, 'invalid_request', 'email_addresses must be a non-empty array');
  const role = body.role ?? 'standard-user';
  if (!INVITABLE_ROLES.includes(role as Role)) return upstreamError(400, 'invalid_request', `role must be one of ${INVITABLE_ROLES.join(', ')}`);
  const out = inviteEmails(ws, emails, role as Role);
  if (out.account_invites.length === 0 && out.errored_emails.some((e) => e.error === 'seat_limit_reached')) {
    return upstreamError(422, 'seat_limit_reached', `No seats available: ${seatsInUse(ws)} of ${ws.seats} seats in use`);
  }
  return reply(200, out);
}

function deleteInvite(ctx: UpstreamCtx, ws: Workspace): Reply {
  const body = parseObject(ctx.body);
  if (!body) return upstreamError(400, 'invalid_request', 'body must be a JSON object');
  const email = normalizeEmail(body.email_address);
  if (!email) return upstreamError(400, 'invalid_request', 'email_address is required');
  if (!ws.invites.delete(email)) return upstreamError(404, 'invite_not_found');
  return reply(200, { success: true });
}

function renameWorkspace(ctx: UpstreamCtx, ws: Workspace): Reply {
  const body = parseObject(ctx.body);
  const name = typeof body?.name === 'string' ? body.name.trim() : '';
  if (!name || name.length > 200) return upstreamError(400, 'invalid_request', 'name must be a non-empty string of at most 200 chars');
  ws.name = name;
  return reply(200, { success: true, name });
}

export const upstreamRoutes: UpstreamRoute[] = [
  route('GET', '/backend-api/accounts/check/v4-2023-04-27', (ctx: UpstreamCtx) =>
    reply(200, { accounts: accountsMap(ctx.state, ctx.token) }),
  ),
  route('GET', '/backend-api/me', (ctx: UpstreamCtx) =>
    reply(200, { id: ctx.token.userId, email: ctx.token.email, accounts: accountsMap(ctx.state, ctx.token) }),
  ),
  scoped('PATCH', '/backend-api/accounts/:id', renameWorkspace),
  scoped('POST', '/backend-api/accounts/:id/invites', postInvites),
  scoped('GET', '/backend-api/accounts/:id/invites', (ctx, ws) =>
    reply(200, page([...ws.invites.values()].map(inviteView), ctx.query, (i) => i.email_address)),
  ),
  scoped('DELETE', '/backend-api/accounts/:id/invites', deleteInvite),
  scoped('GET', '/backend-api/accounts/:id/users', (ctx, ws) =>
    reply(200, page(allMembers(ws).map(memberView), ctx.query, (m) => `${m.email} ${m.name}`)),
  ),
  scoped('DELETE', '/backend-api/accounts/:id/users/:userId', (ctx, ws) => {
    const r = removeUser(ws, ctx.params.userId ?? '');
    if (r === 'owner') return upstreamError(403, 'cannot_remove_owner', 'The account owner cannot be removed');
    if (r === 'not_found') return upstreamError(404, 'user_not_found');
    return reply(200, { success: true });
  }),
  scoped('GET', '/backend-api/subscriptions', (_ctx, ws) =>
    reply(200, {
      seats_entitled: ws.seats,
      seats_in_use: seatsInUse(ws),
      plan_type: 'team',
      active_until: ws.expiresAt.toISOString(),
      will_renew: true,
    }),
  ),
];
