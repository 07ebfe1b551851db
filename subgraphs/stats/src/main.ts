import { serviceMain } from '@seatpool/kit';
import { startStats } from './app';

void serviceMain('stats', () => startStats(process.env));
