import { IdentityVerifier, IDENTITY_HEADER, SIGNATURE_HEADER } from '@seatpool/kit';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Placement } from '../../src/clients/pool.client';

/** A placement, null (unknown key), 'hang' (never answers) or a GraphQL error with that code. */
type Answer = Placement | null | 'hang' | { error: string };

/** Scripted answers of the fake pool; each defaults to "never heard of it". */
export interface FakePoolScript {
  placeEmail: (input: { idempotencyKey: string; email: string; motherGroupId: string | null }) => Answer | Promise<Answer>;
  placement: (key: string) => Answer | Promise<Answer>;
  abortPlacement: (key: string) => Answer | Promise<Answer>;
}

export interface FakePool {
  url: string;
  script: FakePoolScript;
  calls: { op: keyof FakePoolScript; variables: Record<string, any> }[];
  /** Requests refused for a missing or bad signature. */
  refused: number;
  close(): Promise<void>;
}

export const placed = (key: string, email: string, extra: Partial<Placement> = {}): Placement => ({
  idempotencyKey: key,
  status: 'PLACED',
  email,
  motherId: 'mother-1',
  teamId: 'team-1',
  teamName: 'Team One',
  alreadyMember: false,
  errorCode: null,
  ...extra,
});

export const withStatus = (key: string, status: Placement['status'], errorCode: string | null = null): Placement => ({
  idempotencyKey: key,
  status,
  email: 'x@example.com',
  motherId: null,
  teamId: null,
  teamName: null,
  alreadyMember: false,
  errorCode,
});

const body = (req: IncomingMessage) =>
  new Promise<any>((resolve) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => resolve(JSON.parse(data || '{}')));
  });

/**
 * A stand-in for pool's internal API: checks the signed service identity like a real subgraph and
 * answers `placeEmail` / `placement` / `abortPlacement` from the script ('hang' never answers).
 */
export async function startFakePool(secret: string): Promise<FakePool> {
  const verifier = new IdentityVerifier(secret);
  const pool: FakePool = {
    url: '',
    calls: [],
    refused: 0,
    script: { placeEmail: () => null as never, placement: () => null, abortPlacement: (key) => withStatus(key, 'ABORTED') },
    close: async () => undefined,
  };
  const server: Server = createServer(async (req, res) => {
    const identity = verifier.verify(req.headers[IDENTITY_HEADER] as string, req.headers[SIGNATURE_HEADER] as string);
    const { query, variables } = await body(req);
    const send = (payload: unknown) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(payload));
    };
    if (typeof identity === 'string' || identity.kind !== 'service' || identity.sub !== 'users') {
      pool.refused++;
      return send({ errors: [{ message: 'Authentication is required.', extensions: { code: 'UNAUTHENTICATED' } }] });
    }
    const op = (['placeEmail', 'abortPlacement', 'placement'] as const).find((name) => String(query).includes(`${name}(`))!;
    pool.calls.push({ op, variables });
    const arg = op === 'placeEmail' ? variables.input : variables.key;
    const answer = await (pool.script[op] as (a: unknown) => Answer | Promise<Answer>)(arg);
    if (answer === 'hang') return; // the connection stays open until the client gives up
    if (answer && 'error' in answer) return send({ data: null, errors: [{ message: 'failed', extensions: { code: answer.error } }] });
    send({ data: { [op]: answer } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  pool.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  pool.close = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return pool;
}
