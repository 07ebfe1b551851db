import { AppError } from '@seatpool/kit';

export const bad = (detail: string) => new AppError('BAD_USER_INPUT', { detail });
export const notFound = (detail: string) => new AppError('NOT_FOUND', { detail });
export const conflict = (detail: string) => new AppError('CONFLICT', { detail });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An endpoint id argument: null when it cannot even be one (answers NOT_FOUND or null, never a SQL error). */
export const endpointIdOf = (id: string) => (UUID.test(id) ? id.toLowerCase() : null);
