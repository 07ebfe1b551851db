/**
 * The operator's session token. It lives in sessionStorage (one tab, gone with the tab; never in
 * localStorage or a cookie) and in memory; listeners hear when it changes (login, logout, expiry).
 */
const KEY = 'seatpool.session';

export interface Session {
  token: string;
  expiresAt: string;
}

let memory: Session | null | undefined;
const listeners = new Set<() => void>();

export function getSession(): Session | null {
  if (memory !== undefined) return memory;
  try {
    const raw = sessionStorage.getItem(KEY);
    memory = raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    memory = null;
  }
  if (memory && Date.parse(memory.expiresAt) <= Date.now()) memory = null;
  return memory;
}

export function setSession(session: Session | null) {
  memory = session;
  try {
    if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
    else sessionStorage.removeItem(KEY);
  } catch {
    // storage blocked: the session lives in memory only
  }
  for (const l of listeners) l();
}

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
