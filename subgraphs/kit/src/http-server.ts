import type { Server } from 'node:http';

/** Stops accepting connections, drops the open (keep-alive) ones and waits until the server is closed. */
export async function closeHttpServer(server: Server): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  await closed;
}
