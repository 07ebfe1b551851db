// The front-end domains, in one list: the shell builds routes, navigation, messages and the
// global search from what each domain registers in its own folder.
import type { DomainModule } from '../core/domain';
import { registerMessages } from '../core/i18n';
import { notifyDomain } from '../domains/notify';
import { poolDomain } from '../domains/pool';
import { statsDomain } from '../domains/stats';
import { usersDomain } from '../domains/users';

export const DOMAINS: DomainModule[] = [statsDomain, poolDomain, usersDomain, notifyDomain];
for (const d of DOMAINS) registerMessages(d.messages);

export const NAV = DOMAINS.flatMap((d) => d.nav).sort((a, b) => a.order - b.order);
export const SEARCH = DOMAINS.flatMap((d) => d.search ?? []).sort((a, b) => a.order - b.order);
