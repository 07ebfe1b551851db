import { randomUUID } from 'node:crypto';
import { type Invite, type Member, type Role, type Workspace, nameFromEmail, newUserId } from './state';

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Lower-cased, trimmed email, or null when it is not a plausible address. */
export function normalizeEmail(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const email = v.trim().toLowerCase();
  return email.length <= 254 && EMAIL_RE.test(email) ? email : null;
}

/** Seats taken: non-owner members plus pending invites. */
export const seatsInUse = (ws: Workspace): number => ws.members.size + ws.invites.size;

export const allMembers = (ws: Workspace): Member[] => [ws.owner, ...ws.members.values()];

export const isMember = (ws: Workspace, email: string): boolean => email === ws.owner.email || ws.members.has(email);

export interface InviteOutcome {
  account_invites: Array<{ id: string; email_address: string; role: Role }>;
  errored_emails: Array<{ email: string; error: string }>;
}

/** Applies one invite batch in request order; earlier emails win the remaining seats. */
export function inviteEmails(ws: Workspace, rawEmails: unknown[], role: Role): InviteOutcome {
  const out: InviteOutcome = { account_invites: [], errored_emails: [] };
  const seen = new Set<string>();
  for (const raw of rawEmails) {
    const email = normalizeEmail(raw);
    if (email === null) {
      out.errored_emails.push({ email: typeof raw === 'string' ? raw : String(raw), error: 'invalid_email' });
      continue;
    }
    if (seen.has(email)) continue;
    seen.add(email);
    if (isMember(ws, email)) {
      out.errored_emails.push({ email, error: 'user_already_member' });
      continue;
    }
    let invite = ws.invites.get(email); // existing invite: a resend, no extra seat
    if (!invite) {
      if (seatsInUse(ws) >= ws.seats) {
        out.errored_emails.push({ email, error: 'seat_limit_reached' });
        continue;
      }
      invite = { id: randomUUID(), email_address: email, role, created_time: new Date().toISOString() };
      ws.invites.set(email, invite);
    }
    out.account_invites.push({ id: invite.id, email_address: invite.email_address, role: invite.role });
  }
  return out;
}

/** Turns a pending invite into a member (the invitee clicked the link). */
export function acceptInvite(ws: Workspace, email: string): Member | null {
  const invite = ws.invites.get(email);
  if (!invite) return null;
  ws.invites.delete(email);
  const member: Member = { id: newUserId(), email, name: nameFromEmail(email), role: invite.role };
  ws.members.set(email, member);
  return member;
}

/** Adds a member directly; a pending invite for the same email is consumed (its seat is reused). */
export function addMember(ws: Workspace, email: string): Member {
  const role: Role = ws.invites.get(email)?.role ?? 'standard-user';
  ws.invites.delete(email);
  const member: Member = { id: newUserId(), email, name: nameFromEmail(email), role };
  ws.members.set(email, member);
  return member;
}

export function removeUser(ws: Workspace, userId: string): 'ok' | 'owner' | 'not_found' {
  if (userId === ws.owner.id) return 'owner';
  for (const [email, m] of ws.members) {
    if (m.id === userId) {
      ws.members.delete(email);
      return 'ok';
    }
  }
  return 'not_found';
}

export const inviteView = (i: Invite): Invite => ({ id: i.id, email_address: i.email_address, role: i.role, created_time: i.created_time });
export const memberView = (m: Member): Member => ({ id: m.id, email: m.email, name: m.name, role: m.role });

const DEFAULT_LIMIT = 25;
const MAX_LIMIT = 100;

/** `offset`/`limit`/`query` paging like the real list endpoints; bad values fall back to defaults. */
export function page<T>(items: T[], q: URLSearchParams, text: (t: T) => string): { items: T[]; total: number } {
  const offset = nonNegInt(q.get('offset')) ?? 0;
  const limit = Math.min(Math.max(nonNegInt(q.get('limit')) ?? DEFAULT_LIMIT, 1), MAX_LIMIT);
  const needle = (q.get('query') ?? '').trim().toLowerCase();
  const filtered = needle ? items.filter((t) => text(t).toLowerCase().includes(needle)) : items;
  return { items: filtered.slice(offset, offset + limit), total: filtered.length };
}

function nonNegInt(v: string | null): number | undefined {
  if (v === null || v.trim() === '') return undefined;
  const n = Number(v);
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}
