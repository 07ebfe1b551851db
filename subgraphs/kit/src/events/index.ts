export * from './envelope';
export * from './nats-bus';
export * from './outbox-relay';
export * from './processed-event.entity';
export * from './handle-once';
export * from './nats-outbox-relay';
export * from './durable-consumer';
