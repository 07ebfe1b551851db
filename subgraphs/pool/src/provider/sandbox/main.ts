import { profileFromEnv } from './profile';
import { startSandbox } from './server';

/** `npm run start:sandbox` entry: one JSON ready line on stdout, clean shutdown on signals. */
async function main(): Promise<void> {
  const port = Number(process.env.SANDBOX_PORT || 4010);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid SANDBOX_PORT: ${process.env.SANDBOX_PORT}`);
  const sandbox = await startSandbox({ port, host: process.env.SANDBOX_HOST || '127.0.0.1', stateFile: process.env.SANDBOX_STATE_FILE || undefined, profile: profileFromEnv(process.env) });
  console.log(JSON.stringify({ msg: 'sandbox upstream ready', url: sandbox.url }));

  let closing = false;
  const shutdown = (): void => {
    if (closing) return;
    closing = true;
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((err: unknown) => {
  process.stderr.write(`${JSON.stringify({ msg: 'sandbox upstream failed', error: err instanceof Error ? err.message : String(err) })}\n`);
  process.exit(1);
});
