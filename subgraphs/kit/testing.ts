/**
 * `@seatpool/kit/testing`: helpers for tests and benchmarks only, kept out of the production
 * barrel (`@seatpool/kit`) so no service can depend on them.
 */
export * from './src/poll-until';
export * from './src/sdl-compare';
export * from './src/test-databases';
export * from './src/nats-server';
export * from './src/schema-drift';
export * from './src/statement-capture';
