import { randomBytes, randomUUID } from 'node:crypto';

export type Role = 'account-owner' | 'account-admin' | 'standard-user';

export interface Member {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export interface Invite {
  id: string;
  email_address: string;
  role: Role;
  created_time: string;
}

export interface Workspace {
  id: string;
  name: string;
  seats: number;
  deactivated: boolean;
  expiresAt: Date;
  /** Listed as a member but never counted against `seats` (mirrors ChatGPT Team billing). */
  owner: Member;
  /** Non-owner members and pending invites, keyed by lower-cased email; Map keeps insertion order. */
  members: Map<string, Member>;
  invites: Map<string, Invite>;
}

export interface TokenRecord {
  accessToken: string;
  userId: string;
  email: string;
  accountIds: string[];
  revoked: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const TOKEN_TTL_S = 30 * 24 * 60 * 60;

export const newUserId = (): string => `user-${randomBytes(12).toString('hex')}`;
export const nameFromEmail = (email: string): string => email.split('@')[0] ?? email;

const b64json = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');

/** JWT-shaped (decodable header/payload, random signature) so clients can read `exp` and the user id. */
function mintAccessToken(userId: string, email: string, nowMs: number): string {
  const iat = Math.floor(nowMs / 1000);
  const payload = {
    iss: 'https://auth.openai.com',
    sub: userId,
    iat,
    exp: iat + TOKEN_TTL_S,
    email,
    'https://api.openai.com/auth': { user_id: userId },
    'https://api.openai.com/profile': { email, email_verified: true },
  };
  return [b64json({ alg: 'RS256', typ: 'JWT', kid: 'sandbox' }), b64json(payload), randomBytes(32).toString('base64url')].join('.');
}

/** All mutable state of one sandbox server instance. */
export class SandboxState {
  readonly workspaces = new Map<string, Workspace>();
  readonly tokens = new Map<string, TokenRecord>();
  /** `METHOD template` → number of upstream requests that matched it. */
  readonly requestCounts = new Map<string, number>();
  /** accountId → number of `POST .../invites` attempts (including faulted/rejected ones). */
  readonly invitePosts = new Map<string, number>();
  private workspaceSeq = 0;

  createAccounts(opts: { seats: number; teams: number; name?: string }): { token: TokenRecord; workspaces: Workspace[] } {
    const now = Date.now();
    const short = randomBytes(4).toString('hex');
    const userId = newUserId();
    const email = `owner-${short}@sandbox.test`;
    const workspaces: Workspace[] = [];
    for (let i = 0; i < opts.teams; i++) {
      const ws: Workspace = {
        id: randomUUID(),
        name: opts.name ?? `Sandbox Team ${++this.workspaceSeq}`,
        seats: opts.seats,
        deactivated: false,
        expiresAt: new Date(now + 30 * DAY_MS),
        owner: { id: userId, email, name: `Owner ${short}`, role: 'account-owner' },
        members: new Map(),
        invites: new Map(),
      };
      this.workspaces.set(ws.id, ws);
      workspaces.push(ws);
    }
    const token: TokenRecord = {
      accessToken: mintAccessToken(userId, email, now),
      userId,
      email,
      accountIds: workspaces.map((w) => w.id),
      revoked: false,
    };
    this.tokens.set(token.accessToken, token);
    return { token, workspaces };
  }

  /** A fresh token for the owner of `accountId` (same user, same workspaces): token rotation. */
  reissueToken(accountId: string): TokenRecord | null {
    const old = [...this.tokens.values()].find((t) => t.accountIds.includes(accountId));
    if (!old) return null;
    const token: TokenRecord = { ...old, accessToken: mintAccessToken(old.userId, old.email, Date.now()), revoked: false };
    this.tokens.set(token.accessToken, token);
    return token;
  }

  countRequest(method: string, template: string, accountId?: string): void {
    const key = `${method} ${template}`;
    this.requestCounts.set(key, (this.requestCounts.get(key) ?? 0) + 1);
    if (method === 'POST' && template.endsWith('/invites') && accountId) {
      this.invitePosts.set(accountId, (this.invitePosts.get(accountId) ?? 0) + 1);
    }
  }

  resetCounts(): void {
    this.requestCounts.clear();
    this.invitePosts.clear();
  }

  reset(): void {
    this.workspaces.clear();
    this.tokens.clear();
    this.resetCounts();
    this.workspaceSeq = 0;
  }
}
