import { ConfigError } from '@seatpool/kit';
import { createClientAddress } from '../src/security/client-address';

describe('the client address', () => {
  it('is the socket peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    const of = createClientAddress([]);
    expect(of('::ffff:203.0.113.9', '1.2.3.4')).toBe('203.0.113.9');
    expect(of(undefined, '1.2.3.4')).toBe('unknown');
  });

  it('walks X-Forwarded-For from the right through trusted hops only', () => {
    const of = createClientAddress(['10.0.0.0/8', '2001:db8::/32']);
    expect(of('10.0.0.2', '198.51.100.7')).toBe('198.51.100.7');
    // The client wrote "6.6.6.6"; the proxy appended what it saw.
    expect(of('10.0.0.2', '6.6.6.6, 198.51.100.7')).toBe('198.51.100.7');
    // Two trusted hops (an LB, then an ingress) before the client.
    expect(of('10.0.0.2', ['6.6.6.6, 198.51.100.7', '10.1.2.3'])).toBe('198.51.100.7');
    expect(of('2001:db8::1', '2001:db8::5, 2001:db9::7')).toBe('2001:db9::7');
    // A request that did not come through a trusted proxy keeps its socket address.
    expect(of('203.0.113.9', '198.51.100.7')).toBe('203.0.113.9');
    // Garbage ends the walk at the last address a trusted hop vouched for.
    expect(of('10.0.0.2', 'not-an-ip')).toBe('10.0.0.2');
    expect(of('10.0.0.2', '198.51.100.7, garbage')).toBe('10.0.0.2');
    // All hops trusted: the leftmost is the best we know.
    expect(of('10.0.0.2', '10.9.9.9')).toBe('10.9.9.9');
  });

  it('understands loopback and private, and refuses what is not an address', () => {
    const of = createClientAddress(['loopback', 'private']);
    expect(of('::1', '192.168.1.20, 203.0.113.5')).toBe('203.0.113.5');
    expect(() => createClientAddress(['10.0.0.0/33', 'proxy.internal'])).toThrow(ConfigError);
  });
});
