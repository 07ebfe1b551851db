import { serviceMain } from '@seatpool/kit';
import { startGateway } from './app';

void serviceMain('gateway', () => startGateway(process.env));
