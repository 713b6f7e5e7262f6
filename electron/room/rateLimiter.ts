/** How many messages a phone may send at once, and how fast the allowance comes back. */
export interface RateLimit {
  burst: number;
  perSecond: number;
}

/**
 * A token bucket per phone: a burst of taps is fine, a script flooding the laptop is not. Time is
 * passed in so tests need no clock.
 */
export class RateLimiter {
  private tokens: number;
  private last: number;

  constructor(
    private readonly limit: RateLimit,
    now: number,
  ) {
    this.tokens = limit.burst;
    this.last = now;
  }

  take(now: number): boolean {
    const elapsed = Math.max(0, now - this.last) / 1000;
    this.tokens = Math.min(this.limit.burst, this.tokens + elapsed * this.limit.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
