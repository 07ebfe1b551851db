import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { NameSequence } from '../entities';

/**
 * Daily counters for generated names. A number is taken with one `UPDATE … SET value = value + n
 * … RETURNING value` (a fresh day inserts its row; a racing insert retries the update), so two
 * callers never get the same number, and nothing commits the caller's other work.
 */
export class SequenceService {
  constructor(private readonly em: EntityManager) {}

  /** Takes `count` consecutive numbers of (`scope`, `day`); returns the first. */
  async take(scope: string, day: string, count = 1): Promise<number> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const rows: { value: number | string }[] = await this.em
        .getConnection()
        .execute('update name_sequence set value = value + ? where scope = ? and day = ? returning value', [count, scope, day], 'all');
      if (rows.length) return Number(rows[0].value) - count + 1;
      try {
        await this.em.insert(NameSequence, { scope, day, value: count });
        return 1;
      } catch (err) {
        if (!(err instanceof UniqueConstraintViolationException)) throw err;
      }
    }
    throw new Error(`sequence ${scope}/${day}: could not take a number`);
  }

  /** The last number taken (0 when none): previews show the next ones without taking them. */
  async peek(scope: string, day: string): Promise<number> {
    const row = await this.em.findOne(NameSequence, { scope, day }, { fields: ['value'], disableIdentityMap: true });
    return row?.value ?? 0;
  }
}
