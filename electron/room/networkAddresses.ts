import { networkInterfaces } from 'node:os';

/**
 * Every IPv4 address the laptop has on a network (Wi-Fi, Ethernet, its own hotspot): the venue may
 * put phones on any of them, so the room offers them all. IPv6 link-local addresses are left out —
 * a phone cannot open them from a typed or scanned address.
 */
export function listNetworkAddresses(
  interfaces: ReturnType<typeof networkInterfaces> = networkInterfaces(),
): string[] {
  const found: string[] = [];
  for (const entries of Object.values(interfaces)) {
    for (const entry of entries ?? []) {
      if (entry.family === 'IPv4' && !entry.internal) found.push(entry.address);
    }
  }
  return found;
}

/**
 * Where the room listens and which addresses it shows. PARLEY_ROOM_HOST pins one address (tests set
 * 127.0.0.1, so they never reach the machine's network address); otherwise all of them.
 */
export function roomAddresses(
  pinnedHost: string | undefined,
  list: () => string[] = listNetworkAddresses,
): { listenHost: string; addresses: string[] } {
  if (pinnedHost) return { listenHost: pinnedHost, addresses: [pinnedHost] };
  const addresses = list();
  return { listenHost: '0.0.0.0', addresses: addresses.length ? addresses : ['127.0.0.1'] };
}
