import { ConfigError } from '@seatpool/kit';
import { BlockList, isIP } from 'node:net';

const SHORTHANDS: Record<string, string[]> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  private: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
};

/** `::ffff:10.0.0.1` (an IPv4 client on a dual-stack socket) is the IPv4 address it wraps. */
export function normalizeAddress(address: string): string {
  const a = address.trim().replace(/^\[|\]$/g, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a);
  return mapped ? mapped[1] : a.toLowerCase();
}

/**
 * Who the client is. The socket peer, unless that peer is a proxy we were told to trust: then
 * X-Forwarded-For is read from the right (each trusted hop appends what it saw), skipping trusted
 * hops, and the first address we do not trust is the client. A client can write anything into
 * the left of the header; it cannot make an untrusted hop look trusted.
 */
export function createClientAddress(trustedProxies: string[]) {
  const trusted = new BlockList();
  const problems: string[] = [];
  for (const entry of trustedProxies.flatMap((e) => SHORTHANDS[e.toLowerCase()] ?? [e])) {
    const [addr, bits] = entry.split('/');
    const family = isIP(addr);
    const prefix = bits === undefined ? (family === 6 ? 128 : 32) : Number(bits);
    if (!family || !Number.isInteger(prefix) || prefix < 0 || prefix > (family === 6 ? 128 : 32)) {
      problems.push(`GATEWAY_TRUSTED_PROXIES: "${entry}" is not an IP address, CIDR, "loopback" or "private"`);
      continue;
    }
    trusted.addSubnet(addr, prefix, family === 6 ? 'ipv6' : 'ipv4');
  }
  if (problems.length) throw new ConfigError(problems);
  const isTrusted = (address: string) => {
    const family = isIP(address);
    return family !== 0 && trusted.check(address, family === 6 ? 'ipv6' : 'ipv4');
  };

  return function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined): string {
    let client = socketAddress ? normalizeAddress(socketAddress) : 'unknown';
    if (!trustedProxies.length || !isTrusted(client) || !forwardedFor) return client;
    const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor).split(',').map(normalizeAddress);
    for (let i = hops.length - 1; i >= 0; i--) {
      // Garbage in the header ends the walk: we keep the last address a trusted hop vouched for.
      if (!isIP(hops[i])) break;
      client = hops[i];
      if (!isTrusted(client)) break;
    }
    return client;
  };
}
