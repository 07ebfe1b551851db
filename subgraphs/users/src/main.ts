import { ConfigError } from '@seatpool/kit';
import { startUsers } from './app';

startUsers(process.env).then(
  (users) => {
    if (users.generatedAdminPassword) {
      process.stdout.write(
        // One line, so `npm start` can lift it out of the log stream and print it in its banner.
        `ADMIN PASSWORD (generated, shown once; set ADMIN_PASSWORD before the first start to choose your own): ${users.generatedAdminPassword}\n`,
      );
    }
    let stopping = false;
    const stop = () => {
      if (stopping) return;
      stopping = true;
      users.close().then(() => process.exit(0), () => process.exit(1));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  },
  (err) => {
    process.stderr.write(`users failed to start: ${err instanceof ConfigError ? err.message : (err as Error).message}\n`);
    process.exit(err instanceof ConfigError ? 78 : 1);
  },
);
