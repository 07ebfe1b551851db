import { serviceMain } from '@seatpool/kit';
import { startNotify } from './app';

void serviceMain('notify', () => startNotify(process.env));
