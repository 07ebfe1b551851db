import { serviceMain } from '@seatpool/kit';
import { startPool } from './app';

void serviceMain('pool', () => startPool(process.env));
