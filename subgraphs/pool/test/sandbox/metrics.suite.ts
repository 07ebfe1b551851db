import { startSandbox } from '../../src/provider/sandbox/server';

describe('sandbox /metrics', () => {
  it('serves Prometheus text with the upstream calls it answered, by route template and status', async () => {
    const sb = await startSandbox({ port: 0 });
    try {
      const created = await fetch(`${sb.url}/_sandbox/accounts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      const { accessToken, accountIds } = (await created.json()) as { accessToken: string; accountIds: string[] };
      expect((await fetch(`${sb.url}/backend-api/accounts/${accountIds[0]}/users`, { headers: { authorization: `Bearer ${accessToken}` } })).status).toBe(200);
      expect((await fetch(`${sb.url}/backend-api/accounts/${accountIds[0]}/users`)).status).toBe(401);
      expect((await fetch(`${sb.url}/backend-api/no/such/route`, { headers: { authorization: `Bearer ${accessToken}` } })).status).toBe(404);

      const res = await fetch(`${sb.url}/metrics`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
      const text = await res.text();
      const series = (route: string, status: number) =>
        new RegExp(`^seatpool_sandbox_upstream_requests_total\\{method="GET",route="${route.replace(/[/.]/g, '\\$&')}",status="${status}",service="sandbox"\\} 1$`, 'm');
      expect(text).toMatch(series('/backend-api/accounts/:id/users', 200));
      expect(text).toMatch(series('/backend-api/accounts/:id/users', 401));
      expect(text).toMatch(series('unmatched', 404));
      expect(text).toMatch(/^seatpool_process_cpu_seconds_total\{service="sandbox"\} /m);
      expect(text).not.toContain(accessToken);
    } finally {
      await sb.close();
    }
  });
});
