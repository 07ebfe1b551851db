import { type FaultBook, parseFault } from './faults';
import type { ServiceModel } from './profile';
import { type Reply, type Route, controlError, intField, parseObject, reply, route } from './http';
import type { SandboxState, Workspace } from './state';
import { acceptInvite, addMember, allMembers, inviteView, isMember, memberView, normalizeEmail, seatsInUse } from './workspace';

export interface ControlCtx {
  state: SandboxState;
  faults: FaultBook;
  service: ServiceModel;
  params: Record<string, string>;
  body: Buffer;
}

export type ControlRoute = Route<(ctx: ControlCtx) => Reply>;

const OK = reply(200, { ok: true });
const badBody = controlError(400, 'invalid_body', 'body must be a JSON object');

/** Control routes on one workspace; `fn` gets the parsed body (invalid JSON → 400 before it runs). */
function onWorkspace(method: string, template: string, fn: (ws: Workspace, body: Record<string, unknown>, ctx: ControlCtx) => Reply): ControlRoute {
  return route(method, template, (ctx: ControlCtx) => {
    const ws = ctx.state.workspaces.get(ctx.params.id ?? '');
    if (!ws) return controlError(404, 'account_not_found');
    const body = method === 'GET' ? {} : parseObject(ctx.body);
    return body ? fn(ws, body, ctx) : badBody;
  });
}

/** Same as `onWorkspace` but also requires a valid `email` in the body. */
function withEmail(template: string, fn: (ws: Workspace, email: string, body: Record<string, unknown>) => Reply): ControlRoute {
  return onWorkspace('POST', template, (ws, body) => {
    const email = normalizeEmail(body.email);
    return email ? fn(ws, email, body) : controlError(400, 'invalid_email', 'body.email must be a valid email');
  });
}

function createAccounts(ctx: ControlCtx): Reply {
  const body = parseObject(ctx.body);
  if (!body) return badBody;
  const seats = intField(body.seats, 1, 500, 7);
  const teams = intField(body.teams, 1, 10, 1);
  if (seats === undefined) return controlError(400, 'invalid_seats', 'seats must be an integer in 1..500');
  if (teams === undefined) return controlError(400, 'invalid_teams', 'teams must be an integer in 1..10');
  const { name } = body;
  if (name !== undefined && (typeof name !== 'string' || !name.trim() || name.length > 200)) {
    return controlError(400, 'invalid_name', 'name must be a non-empty string of at most 200 chars');
  }
  const { token, workspaces } = ctx.state.createAccounts({ seats, teams, name: name?.trim() });
  return reply(201, { accessToken: token.accessToken, accountIds: workspaces.map((w) => w.id), userId: token.userId, email: token.email });
}

function setDeactivated(value: boolean): ControlRoute {
  return onWorkspace('POST', `/_sandbox/accounts/:id/${value ? 'deactivate' : 'reactivate'}`, (ws) => {
    ws.deactivated = value;
    return OK;
  });
}

function requestCounts(state: SandboxState, service: ServiceModel): Reply {
  const counts = Object.fromEntries(state.requestCounts);
  const total = [...state.requestCounts.values()].reduce((a, b) => a + b, 0);
  const load = { peakActive: service.peakActive, maxQueueMs: service.maxQueueMs, profile: service.profile };
  return reply(200, { total, counts, invitePosts: Object.fromEntries(state.invitePosts), load });
}

const health = (): Reply => OK;

export const controlRoutes: ControlRoute[] = [
  route('GET', '/healthz', health),
  route('GET', '/readyz', health),
  route('POST', '/_sandbox/accounts', createAccounts),
  onWorkspace('GET', '/_sandbox/accounts/:id', (ws) =>
    reply(200, {
      id: ws.id,
      name: ws.name,
      members: allMembers(ws).map(memberView),
      invites: [...ws.invites.values()].map(inviteView),
      seats: ws.seats,
      seatsInUse: seatsInUse(ws),
      deactivated: ws.deactivated,
    }),
  ),
  withEmail('/_sandbox/accounts/:id/accept', (ws, email) => {
    const member = acceptInvite(ws, email);
    return member ? reply(200, { member: memberView(member) }) : controlError(404, 'invite_not_found');
  }),
  withEmail('/_sandbox/accounts/:id/members', (ws, email, body) => {
    if (isMember(ws, email)) return controlError(409, 'user_already_member');
    // Off-system additions still respect the seat limit unless the test forces over-allocation.
    if (!ws.invites.has(email) && seatsInUse(ws) >= ws.seats && body.force !== true) {
      return controlError(409, 'seat_limit_reached', 'workspace is full; pass "force": true to exceed it');
    }
    return reply(201, { member: memberView(addMember(ws, email)) });
  }),
  withEmail('/_sandbox/accounts/:id/leave', (ws, email) => {
    if (email === ws.owner.email) return controlError(409, 'owner_cannot_leave');
    return ws.members.delete(email) ? OK : controlError(404, 'user_not_found');
  }),
  onWorkspace('POST', '/_sandbox/accounts/:id/tokens', (ws, _body, ctx) => {
    const token = ctx.state.reissueToken(ws.id);
    return token ? reply(201, { accessToken: token.accessToken }) : controlError(404, 'token_not_found');
  }),
  setDeactivated(true),
  setDeactivated(false),
  route('POST', '/_sandbox/tokens/revoke', (ctx: ControlCtx) => {
    const body = parseObject(ctx.body);
    if (!body) return badBody;
    const token = typeof body.accessToken === 'string' ? ctx.state.tokens.get(body.accessToken) : undefined;
    if (!token) return controlError(404, 'token_not_found');
    token.revoked = true;
    return OK;
  }),
  route('POST', '/_sandbox/faults', (ctx: ControlCtx) => {
    const body = parseObject(ctx.body);
    if (!body) return badBody;
    const fault = parseFault(body);
    if (typeof fault === 'string') return controlError(400, 'invalid_fault', fault);
    ctx.faults.add(fault);
    return reply(201, { id: fault.id });
  }),
  route('GET', '/_sandbox/faults', (ctx: ControlCtx) => reply(200, { faults: ctx.faults.list() })),
  route('DELETE', '/_sandbox/faults', (ctx: ControlCtx) => {
    ctx.faults.clear();
    return OK;
  }),
  route('DELETE', '/_sandbox/faults/:faultId', (ctx: ControlCtx) =>
    ctx.faults.remove(ctx.params.faultId ?? '') ? OK : controlError(404, 'fault_not_found'),
  ),
  route('GET', '/_sandbox/requests', (ctx: ControlCtx) => requestCounts(ctx.state, ctx.service)),
  route('DELETE', '/_sandbox/requests', (ctx: ControlCtx) => {
    ctx.state.resetCounts();
    ctx.service.resetStats();
    return OK;
  }),
  route('POST', '/_sandbox/reset', (ctx: ControlCtx) => {
    ctx.state.reset();
    ctx.faults.clear();
    return OK;
  }),
];
