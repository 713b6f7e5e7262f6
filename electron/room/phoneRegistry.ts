import type { PhoneSummary, PointStatus } from '#shared/room/protocol';

import { makePhoneId, makePhoneToken } from './joinCode';
import { RateLimiter, type RateLimit } from './rateLimiter';

/** What the room remembers about one phone during one opening (nothing outlives the opening). */
export interface Phone {
  id: string;
  token: string;
  joinedAt: number;
  name: string | null;
  sockets: Set<PhoneSocket>;
  limiter: RateLimiter;
  /** Where each of its points is, by the phone's own id, so a retry is answered, not repeated. */
  points: Map<string, PointStatus>;
  /** Submissions sent to the facilitator's window and not yet answered: id → kind. */
  pending: Map<string, 'point' | 'other'>;
}

/** The part of a socket the registry needs (ws's WebSocket has these). */
export interface PhoneSocket {
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

/** The phones of one opening, found by token (from a phone) or by id (from the facilitator). */
export class PhoneRegistry {
  private readonly byToken = new Map<string, Phone>();
  private readonly byId = new Map<string, Phone>();

  constructor(
    private readonly maxPhones: number,
    private readonly rate: RateLimit,
  ) {}

  get size(): number {
    return this.byId.size;
  }

  byPhoneId(id: string): Phone | undefined {
    return this.byId.get(id);
  }

  /** The phone that holds this token, or a new phone; null when the room is full. */
  join(token: string | undefined, now: number): Phone | null {
    const known = token ? this.byToken.get(token) : undefined;
    if (known) return known;
    if (this.byId.size >= this.maxPhones) return null;
    const phone: Phone = {
      id: makePhoneId(),
      token: makePhoneToken(),
      joinedAt: now,
      name: null,
      sockets: new Set(),
      limiter: new RateLimiter(this.rate, now),
      points: new Map(),
      pending: new Map(),
    };
    this.byToken.set(phone.token, phone);
    this.byId.set(phone.id, phone);
    return phone;
  }

  /** Forgets a phone: its token stops working, so a removed phone cannot simply carry on. */
  remove(phone: Phone): void {
    this.byToken.delete(phone.token);
    this.byId.delete(phone.id);
  }

  all(): Phone[] {
    return [...this.byId.values()];
  }

  summaries(): PhoneSummary[] {
    return this.all().map((p) => ({
      id: p.id,
      connected: p.sockets.size > 0,
      joinedAt: p.joinedAt,
      name: p.name,
    }));
  }
}
