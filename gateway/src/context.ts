import type { Identity, Lang, Logger } from '@seatpool/kit';

/** Per request at the gateway: who is calling (before signing) and how to answer them. */
export interface GatewayContext {
  requestId: string;
  lang: Lang;
  acceptLanguage?: string;
  logger: Logger;
  identity: Omit<Identity, 'iat' | 'nonce' | 'rid' | 'aud' | 'bh'>;
}
