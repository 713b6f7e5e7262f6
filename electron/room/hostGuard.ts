/**
 * Host and Origin checks against DNS rebinding (docs/room.md, "Trust"): a web page a phone has open
 * could point its own host name at the laptop's address and talk to the room as if it were the
 * phone page. Its requests then carry that host name, so the room answers only to the addresses it
 * advertises, and takes WebSocket connections only from its own page's origin.
 */
export interface HostGuard {
  isAllowedHost(hostHeader: string | undefined): boolean;
  isAllowedOrigin(origin: string | undefined, hostHeader: string | undefined): boolean;
}

export function createHostGuard(addresses: readonly string[], port: number): HostGuard {
  const allowed = new Set<string>();
  for (const address of [...addresses, '127.0.0.1', 'localhost']) {
    const host = address.includes(':') ? `[${address}]` : address;
    allowed.add(`${host}:${port}`.toLowerCase());
  }
  const isAllowedHost = (hostHeader: string | undefined) =>
    hostHeader !== undefined && allowed.has(hostHeader.toLowerCase());
  return {
    isAllowedHost,
    isAllowedOrigin(origin, hostHeader) {
      if (!origin || !isAllowedHost(hostHeader)) return false;
      return origin.toLowerCase() === `http://${hostHeader!.toLowerCase()}`;
    },
  };
}
