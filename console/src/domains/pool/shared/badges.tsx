import { useI18n } from '../../../core/i18n';
import type { ChildAccountStatus, MotherHealth, MotherStatus, SeatStatus } from '../../../gql/graphql';

const STATUS_CLASS: Record<MotherStatus, string> = { ACTIVE: 'badge-ok', INVALID: 'badge-err', DISABLED: 'badge-warn' };
const HEALTH_CLASS: Record<MotherHealth, string> = { HEALTHY: 'badge-ok', FAILING: 'badge-err', UNKNOWN: '' };
const SEAT_CLASS: Record<SeatStatus, string> = { FREE: 'badge-ok', HELD: 'badge-warn', USED: '' };
const CHILD_CLASS: Record<ChildAccountStatus, string> = { ACTIVE: 'badge-ok', INVITED: 'badge-warn', MISSING: 'badge-err' };

export function MotherStatusBadge({ status }: { status: MotherStatus }) {
  const { t } = useI18n();
  return <span className={`badge ${STATUS_CLASS[status]}`}>{t(`pool.status.${status}`)}</span>;
}

export function HealthBadge({ health }: { health: MotherHealth }) {
  const { t } = useI18n();
  return <span className={`badge ${HEALTH_CLASS[health]}`}>{t(`pool.health.${health}`)}</span>;
}

export function SeatBadge({ status }: { status: SeatStatus }) {
  const { t } = useI18n();
  return <span className={`badge ${SEAT_CLASS[status]}`}>{t(`pool.seat.${status}`)}</span>;
}

export function ChildStatusBadge({ status }: { status: ChildAccountStatus }) {
  const { t } = useI18n();
  return <span className={`badge ${CHILD_CLASS[status]}`}>{t(`pool.child.status.${status}`)}</span>;
}

/** A yes/no cell as a word (not a symbol), so it reads the same to everyone. */
export function YesNo({ value }: { value: boolean }) {
  const { t } = useI18n();
  return <span className={value ? 'badge badge-ok' : 'badge'}>{value ? t('common.yes') : t('common.no')}</span>;
}
