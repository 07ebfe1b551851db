import type { EntityManager } from '@mikro-orm/core';
import { AppError } from '@seatpool/kit';
import { Mother } from '../entities';
import { bad, mapLimit } from './common';
import type { PoolDeps } from './deps';
import { RegistrationRaceError, type MotherAccountService } from './mother-account.service';
import { parseImport, type ImportFormat, type RawEntry } from './mother-import-parse';
import { jwtClaims, validateName, validateNotes, validateSeatLimit, validateTeams, validateToken, type ValidMotherInput } from './mother-input';
import { resizeSeats } from './seat-resize';

export interface ImportMothersInput {
  content: string;
  format?: ImportFormat | null;
  dryRun?: boolean | null;
  delimiter?: string | null;
  motherGroupId?: string | null;
  poolGroupId?: string | null;
  seatLimit?: number | null;
}

export type LineStatus = 'valid' | 'created' | 'updated' | 'failed';
export interface ImportLine {
  line: number;
  name: string | null;
  status: LineStatus;
  motherId: string | null;
  errorCode: string | null;
  detail: string | null;
}

/** An entry that passed the local checks; `name` may still come from the token's email. */
type Candidate = Omit<ValidMotherInput, 'name'> & { name: string | null; seatLimitGiven: boolean };

/** Characters; the HTTP body limits (pool 1 MB, gateway 256 KB) are usually reached first. */
const MAX_CONTENT = 1_000_000;
const MAX_ENTRIES = 1_000;
/** Upstream tokens are JWTs of hundreds of characters; anything shorter and not a JWT is a name or a typo. */
const MIN_OPAQUE_TOKEN = 40;

/**
 * Bulk import of mothers. Every line is checked locally first (a dry run stops there and says what
 * would happen); then each token is checked upstream with bounded concurrency and the mother is
 * created, or — the same upstream account again — updated (token, expiry, teams, notes, groups),
 * never duplicated. Each line succeeds or fails on its own.
 */
export class MotherImportService {
  constructor(private readonly em: EntityManager, private readonly deps: PoolDeps, private readonly accounts: MotherAccountService) {}

  run(input: ImportMothersInput) {
    return this.deps.metrics.timed(input.dryRun ? 'import_preview' : 'import', async () => {
      if (input.content.length > MAX_CONTENT) throw bad(`content must be at most ${MAX_CONTENT} characters; split the import.`);
      const delimiter = input.delimiter ?? '---';
      if (delimiter.length > 10) throw bad('delimiter must be at most 10 characters.');
      await this.accounts.assertGroups(input.motherGroupId, input.poolGroupId);
      const raw = parseImport(input.content, input.format ?? 'auto', delimiter.trim());
      if (!raw.length) throw bad('content holds no mother.');
      if (raw.length > MAX_ENTRIES) throw bad(`At most ${MAX_ENTRIES} mothers per import (got ${raw.length}).`);
      const checked = dedupe(raw.map((r) => this.check(r, input)));
      const lines = input.dryRun
        ? await this.preview(checked)
        : await mapLimit(checked, this.deps.tuning.importConcurrency, async (c): Promise<ImportLine> => ('line' in c ? c : this.importOne(c.entry, c.candidate)));
      const count = (s: LineStatus) => lines.filter((l) => l.status === s).length;
      return { dryRun: !!input.dryRun, total: lines.length, valid: count('valid'), created: count('created'), updated: count('updated'), failed: count('failed'), lines };
    });
  }

  /** Creates or updates the mother of one entry (also the signed ingest's path). */
  async importOne(entry: RawEntry, c: Candidate, retried = false): Promise<ImportLine> {
    const line = (status: LineStatus, motherId: string, name: string | null): ImportLine => ({ line: entry.line, name, status, motherId, errorCode: null, detail: null });
    try {
      const accounts = await this.accounts.checkToken(c.token);
      const existing = await this.accounts.findExisting(c, accounts);
      if (existing) {
        await this.accounts.applyToken(existing, c, accounts);
        const patch = { ...(c.notes ? { notes: c.notes } : {}), ...(c.motherGroupId ? { motherGroupId: c.motherGroupId } : {}), ...(c.poolGroupId ? { poolGroupId: c.poolGroupId } : {}) };
        if (Object.keys(patch).length) await this.em.nativeUpdate(Mother, { id: existing }, patch);
        if (c.seatLimitGiven) await resizeSeats(this.em, existing, c.seatLimit);
        return line('updated', existing, (await this.em.findOneOrFail(Mother, { id: existing }, { fields: ['name'], disableIdentityMap: true })).name);
      }
      const name = c.name ?? c.email ?? `mother-${(c.upstreamUserId ?? accounts[0]?.accountId ?? 'unknown').slice(-12)}`;
      await this.accounts.assertNameFree(name);
      return line('created', await this.accounts.insert({ ...c, name }, accounts), name);
    } catch (err) {
      // Two lines (or imports) of the same new account raced: the loser updates the winner's mother.
      // The loser may see the race as a unique violation (RegistrationRaceError) or, when the winner
      // committed before its checks, as a taken name or team (CONFLICT): either way one retry finds
      // the winner's mother; a real conflict (another account) answers CONFLICT again.
      if (!retried && (err instanceof RegistrationRaceError || (err instanceof AppError && err.code === 'CONFLICT'))) return this.importOne(entry, c, true);
      if (!(err instanceof AppError)) throw err;
      return failed(entry, c.name, err.code, err.detail ?? err.message);
    }
  }

  /** Local checks of one entry: shape, token (JWT expiry), name, seat limit, teams. */
  check(entry: RawEntry, input: Pick<ImportMothersInput, 'motherGroupId' | 'poolGroupId' | 'seatLimit'>): { entry: RawEntry; candidate: Candidate } | ImportLine {
    if (entry.error) return failed(entry, entry.name ?? null, 'BAD_USER_INPUT', entry.error);
    try {
      if (!entry.accessToken) throw bad('The entry has no access token.');
      const expiry = entry.tokenExpiresAt ? new Date(entry.tokenExpiresAt) : null;
      if (expiry && Number.isNaN(expiry.getTime())) throw bad('tokenExpiresAt is not a date.');
      const token = validateToken(entry.accessToken, this.deps.now(), expiry);
      // A bare word (a name without its token) would pass the character check; a dry run must not call it VALID.
      if (!jwtClaims(token.token) && token.token.length < MIN_OPAQUE_TOKEN) {
        throw bad(`The entry has no access token (expected a JWT or an opaque token of at least ${MIN_OPAQUE_TOKEN} characters).`);
      }
      const seatLimit = entry.seatLimit ?? input.seatLimit ?? null;
      return {
        entry,
        candidate: {
          ...token,
          name: entry.name ? validateName(entry.name) : null,
          seatLimit: validateSeatLimit(seatLimit ?? 7),
          seatLimitGiven: seatLimit !== null,
          teams: entry.teams?.length ? validateTeams(entry.teams) : null,
          notes: validateNotes(entry.notes),
          motherGroupId: input.motherGroupId ?? null,
          poolGroupId: input.poolGroupId ?? null,
        },
      };
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      return failed(entry, entry.name ?? null, err.code, err.detail ?? err.message);
    }
  }

  /** What an import would do, without calling the upstream: VALID with "creates" or "updates <mother>". */
  private async preview(checked: ({ entry: RawEntry; candidate: Candidate } | ImportLine)[]): Promise<ImportLine[]> {
    const users = checked.flatMap((c) => ('line' in c || !c.candidate.upstreamUserId ? [] : [c.candidate.upstreamUserId]));
    const known = users.length ? await this.em.find(Mother, { upstreamUserId: { $in: users } }, { fields: ['id', 'name', 'upstreamUserId'], disableIdentityMap: true }) : [];
    const byUser = new Map(known.map((m) => [m.upstreamUserId!, m]));
    return checked.map((c) => {
      if ('line' in c) return c;
      const m = c.candidate.upstreamUserId ? byUser.get(c.candidate.upstreamUserId) : undefined;
      const name = m?.name ?? c.candidate.name ?? c.candidate.email;
      return { line: c.entry.line, name, status: 'valid', motherId: m?.id ?? null, errorCode: null, detail: m ? `updates mother ${m.name}` : 'creates a mother' };
    });
  }
}

function failed(entry: RawEntry, name: string | null, errorCode: string, detail: string): ImportLine {
  return { line: entry.line, name, status: 'failed', motherId: null, errorCode, detail };
}

/** The same account (or token) twice in one import: the later lines fail, pointing at the first. */
function dedupe<T extends { entry: RawEntry; candidate: Candidate } | ImportLine>(checked: T[]): (T | ImportLine)[] {
  const seen = new Map<string, number>();
  return checked.map((c) => {
    if ('line' in c) return c;
    const keys = [c.candidate.token, c.candidate.upstreamUserId, c.candidate.name?.toLowerCase()].filter((k): k is string => !!k);
    const first = keys.map((k) => seen.get(k)).find((n) => n !== undefined);
    if (first !== undefined) return failed(c.entry, c.candidate.name, 'CONFLICT', `The same account, token or name as line ${first}.`);
    for (const k of keys) seen.set(k, c.entry.line);
    return c;
  });
}
