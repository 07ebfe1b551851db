import { ConfigError } from '@seatpool/kit';
import { startUsers } from './app';

startUsers(process.env).then(
  (users) => {
    if (users.generatedAdminPassword) {
      process.stdout.write(
        `\n=== seatpool: admin account created ===\npassword: ${users.generatedAdminPassword}\n` +
          'Shown this once only. Store it now; set ADMIN_PASSWORD before the first start to choose your own.\n\n',
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
