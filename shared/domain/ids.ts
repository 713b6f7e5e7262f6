// Branded ids: a CardId can never be passed where a SessionId is expected, which catches
// whole classes of "wrong table" bugs at compile time for free.
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type WorkshopId = Brand<string, 'WorkshopId'>;
export type SessionId = Brand<string, 'SessionId'>;
export type PropositionId = Brand<string, 'PropositionId'>;
export type CardId = Brand<string, 'CardId'>;

// shared/ is compiled without DOM or Node types (it must run in both), so the one platform
// function it needs is declared here: crypto.randomUUID exists in every window and in Node 20.
const platformCrypto = (globalThis as unknown as { crypto: { randomUUID(): string } }).crypto;

/** A random, URL-safe id. */
export function newId<T extends string>(): T {
  return platformCrypto.randomUUID() as T;
}

/**
 * What every primary id looks like: the routes (`#/session/<id>`) accept exactly this, so a row
 * with any other id could be stored but never opened. newId's UUIDs match it.
 */
export const ID_SOURCE = '[\\w-]{1,64}';
export const ID_PATTERN = new RegExp(`^${ID_SOURCE}$`);
