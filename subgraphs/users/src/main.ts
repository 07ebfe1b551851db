import { serviceMain } from '@seatpool/kit';
import { startUsers } from './app';

void serviceMain('users', () => startUsers(process.env), {
  onStarted: (users) => {
    if (!users.generatedAdminPassword) return;
    process.stdout.write(
      // One line, so `npm start` can lift it out of the log stream and print it in its banner.
      `ADMIN PASSWORD (generated, shown once; set ADMIN_PASSWORD before the first start to choose your own): ${users.generatedAdminPassword}\n`,
    );
  },
});
