import { pollUntil } from '../testing';

describe('pollUntil (the one way tests wait)', () => {
  it('returns the first value that is not undefined, null or false, looking again until then', async () => {
    let looks = 0;
    expect(await pollUntil(() => (++looks < 3 ? undefined : { looks }), { intervalMs: 1 })).toEqual({ looks: 3 });
    expect(await pollUntil(async () => 0, { intervalMs: 1 })).toBe(0); // 0 and '' are answers, not "not yet"
  });

  it('fails after the deadline, naming what it waited for and the last value seen', async () => {
    await expect(pollUntil(() => false, { timeoutMs: 20, intervalMs: 5, what: 'the job finished' })).rejects.toThrow(
      'the job finished not reached within 20 ms (last: false)',
    );
  });

  it('passes on an error thrown by the check at once', async () => {
    await expect(pollUntil(() => { throw new Error('service exited'); })).rejects.toThrow('service exited');
  });
});
