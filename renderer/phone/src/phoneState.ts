import type { PhoneVoting } from '#shared/room/phoneRules';
import type { PointStatus } from '#shared/room/protocol';

/** Where a point is, as the phone knows it: not yet acknowledged, refused, or a server status. */
export type LocalStatus = PointStatus | 'sending' | 'refused';

export interface LocalPoint {
  id: string;
  text: string;
  stageId: string;
  name: string | null;
  party: string | null;
  status: LocalStatus;
  /** Why it was refused, in the server's words. */
  message?: string;
}

export interface PhoneState {
  token: string | null;
  points: LocalPoint[];
  draft: string;
  name: string;
  party: string;
}

export const STATUS_WORDS: Readonly<Record<LocalStatus, string>> = {
  sending: 'Sending…',
  waiting: 'Waiting for the facilitator',
  held: 'Waiting for the reveal',
  board: 'On the board',
  discarded: 'Set aside by the facilitator',
  refused: 'Not sent',
};

const EMPTY: PhoneState = { token: null, points: [], draft: '', name: '', party: '' };

/**
 * The phone keeps its token and its points in local storage, under the join code: a reload, a
 * dropped Wi-Fi or a locked screen loses nothing, and unsent points go again on reconnect.
 */
export class PhoneStore {
  state: PhoneState;

  constructor(
    private readonly storage: Storage,
    private readonly key: string,
  ) {
    this.state = { ...EMPTY, ...read(storage, key) };
  }

  private save(): void {
    try {
      this.storage.setItem(this.key, JSON.stringify(this.state));
    } catch {
      // Storage full or blocked (private mode): the page still works, it only forgets on reload.
    }
  }

  update(change: Partial<PhoneState>): void {
    this.state = { ...this.state, ...change };
    this.save();
  }

  addPoint(point: LocalPoint): void {
    this.update({ points: [...this.state.points, point] });
  }

  setStatus(id: string, status: LocalStatus, message?: string): void {
    this.update({
      points: this.state.points.map((p) => (p.id === id ? { ...p, status, message } : p)),
    });
  }

  unsent(): LocalPoint[] {
    return this.state.points.filter((p) => p.status === 'sending');
  }
}

function read(storage: Storage, key: string): Partial<PhoneState> {
  try {
    const parsed = JSON.parse(storage.getItem(key) ?? '{}') as Partial<PhoneState>;
    return typeof parsed === 'object' && parsed !== null ? parsed : {};
  } catch {
    return {};
  }
}

export function dotsLeft(voting: PhoneVoting): number {
  const used = Object.values(voting.mine).reduce((n, c) => n + c, 0);
  return Math.max(0, voting.budget - used);
}
