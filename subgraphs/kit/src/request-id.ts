import { randomUUID } from 'node:crypto';

const SANE = /^[A-Za-z0-9._:-]{8,128}$/;

/** Keeps a well-formed incoming request id (so a trace spans services) or makes a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && SANE.test(value) ? value : randomUUID();
}
