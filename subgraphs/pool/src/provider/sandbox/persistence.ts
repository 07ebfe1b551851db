import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { SandboxState, TokenRecord, Workspace } from './state';

type SavedWorkspace = Omit<Workspace, 'members' | 'invites' | 'expiresAt'> & {
  expiresAt: string;
  members: Workspace['members'] extends Map<string, infer M> ? M[] : never;
  invites: Workspace['invites'] extends Map<string, infer I> ? I[] : never;
};

/**
 * Keeps the sandbox's accounts across restarts of `npm start` (a demo mother's token must still
 * work tomorrow). Faults and request counters are deliberately not kept.
 */
export function loadState(state: SandboxState, file: string): void {
  if (!existsSync(file)) return;
  const saved = JSON.parse(readFileSync(file, 'utf8')) as { workspaces: SavedWorkspace[]; tokens: TokenRecord[] };
  for (const w of saved.workspaces) {
    state.workspaces.set(w.id, {
      ...w,
      expiresAt: new Date(w.expiresAt),
      members: new Map(w.members.map((m) => [m.email, m])),
      invites: new Map(w.invites.map((i) => [i.email_address, i])),
    });
  }
  for (const t of saved.tokens) state.tokens.set(t.accessToken, t);
}

export function saveState(state: SandboxState, file: string): void {
  const workspaces = [...state.workspaces.values()].map((w) => ({
    ...w,
    expiresAt: w.expiresAt.toISOString(),
    members: [...w.members.values()],
    invites: [...w.invites.values()],
  }));
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, JSON.stringify({ workspaces, tokens: [...state.tokens.values()] }), { mode: 0o600 });
  renameSync(tmp, file); // atomic replace: a crash never leaves half a file
}
