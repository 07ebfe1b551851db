import { ConfigError } from './config';

/** What a service's `start*` function resolves to: something that can be closed. */
export interface Closable {
  close(): Promise<void>;
}

export interface ServiceMainOptions<T extends Closable> {
  /** Runs once the service is up (e.g. users prints its generated admin password). */
  onStarted?: (running: T) => void;
  /** For tests: where messages go and how the process ends. */
  stderr?: (text: string) => void;
  exit?: (code: number) => void;
  signals?: Pick<NodeJS.Process, 'once'>;
}

/**
 * The one entry point of every service's `main.ts`: starts it; a configuration problem ends the
 * process with 78 (EX_CONFIG) and only the list of problems, anything else with 1 and the stack;
 * the first SIGINT/SIGTERM closes it (exit 0), and a failed close is reported and exits 1 instead
 * of leaving the process half-stopped.
 */
export function serviceMain<T extends Closable>(name: string, start: () => Promise<T>, opts: ServiceMainOptions<T> = {}): Promise<void> {
  const stderr = opts.stderr ?? ((text: string) => void process.stderr.write(text));
  const exit = opts.exit ?? ((code: number) => process.exit(code));
  const signals = opts.signals ?? process;
  return start().then(
    (running) => {
      opts.onStarted?.(running);
      let stopping = false;
      const stop = () => {
        if (stopping) return;
        stopping = true;
        running.close().then(
          () => exit(0),
          (err: unknown) => {
            stderr(`${name} failed to close: ${(err as Error)?.stack ?? err}\n`);
            exit(1);
          },
        );
      };
      signals.once('SIGINT', stop);
      signals.once('SIGTERM', stop);
    },
    (err: unknown) => {
      const config = err instanceof ConfigError;
      stderr(`${name} failed to start: ${config ? err.message : ((err as Error)?.stack ?? err)}\n`);
      exit(config ? 78 : 1);
    },
  );
}
