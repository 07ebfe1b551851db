import { ConfigError } from '@seatpool/kit';
import { startGateway } from './app';

startGateway(process.env).then(
  (running) => {
    const stop = () => void running.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  },
  (err) => {
    process.stderr.write(`${err instanceof ConfigError ? err.message : err?.stack ?? err}\n`);
    process.exit(err instanceof ConfigError ? 78 : 1);
  },
);
