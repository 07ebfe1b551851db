import { ConfigError } from '@seatpool/kit';
import { startPool } from './app';

startPool(process.env).then(
  (running) => {
    const stop = () => void running.close().then(() => process.exit(0), () => process.exit(1));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  },
  (err) => {
    process.stderr.write(`${err instanceof ConfigError ? err.message : err?.stack ?? err}\n`);
    process.exit(err instanceof ConfigError ? 78 : 1);
  },
);
