import {
  ServerToPhone,
  type ConsentOpen,
  type HostToServer,
  type PhoneSubmission,
  type PhoneView,
  type ScoringOpen,
  type ServerToHost,
  type VotingOpen,
} from '#shared/room/protocol';

import type { Phone, PhoneRegistry, PhoneSocket } from './phoneRegistry';

export interface RoomRounds {
  voting: VotingOpen | null;
  consent: ConsentOpen | null;
  scoring: ScoringOpen | null;
}

export const ROOM_CLOSED_MESSAGE =
  'The facilitator has closed the room. Thank you for taking part.';
export const PHONE_REMOVED_MESSAGE = 'The facilitator has taken this phone out of the room.';

/**
 * The room's memory for one opening: who has joined, what phones are shown, which rounds are open,
 * where each point is. The facilitator's window stays the authority; this only relays and remembers.
 */
export class Room {
  rounds: RoomRounds = { voting: null, consent: null, scoring: null };

  constructor(
    readonly joinCode: string,
    readonly registry: PhoneRegistry,
    private view: PhoneView,
    private readonly toHost: (message: ServerToHost) => void,
    readonly now: () => number,
    private readonly onPhonesChanged: () => void,
  ) {}

  /**
   * Every message to a phone passes the strict schema on its way out: a field that is not on the
   * list of what a phone may see fails here, in our tests, rather than reaching a phone.
   */
  sendTo(socket: PhoneSocket, message: ServerToPhone): void {
    socket.send(JSON.stringify(ServerToPhone.parse(message)));
  }

  private sendToPhone(phone: Phone, message: ServerToPhone): void {
    const text = JSON.stringify(ServerToPhone.parse(message));
    for (const socket of phone.sockets) socket.send(text);
  }

  private broadcast(message: ServerToPhone): void {
    const text = JSON.stringify(ServerToPhone.parse(message));
    for (const phone of this.registry.all()) for (const socket of phone.sockets) socket.send(text);
  }

  welcome(phone: Phone, socket: PhoneSocket): void {
    this.sendTo(socket, {
      type: 'welcome',
      token: phone.token,
      view: this.view,
      points: [...phone.points].map(([id, status]) => ({ id, status })),
    });
    if (this.rounds.voting) this.sendTo(socket, { type: 'voting', open: this.rounds.voting });
    if (this.rounds.consent) this.sendTo(socket, { type: 'consent', open: this.rounds.consent });
    if (this.rounds.scoring) this.sendTo(socket, { type: 'scoring', open: this.rounds.scoring });
    // The window answers with this phone's own dots or stance, which only it knows.
    this.toHost({ type: 'phone-ready', phoneId: phone.id });
    this.onPhonesChanged();
  }

  forward(phone: Phone, submission: PhoneSubmission): void {
    phone.pending.set(submission.id, submission.type === 'point' ? 'point' : 'other');
    this.toHost({ type: 'submission', phoneId: phone.id, submission });
  }

  socketClosed(phone: Phone, socket: PhoneSocket): void {
    phone.sockets.delete(socket);
    this.onPhonesChanged();
  }

  fromHost(message: HostToServer): void {
    switch (message.type) {
      case 'view':
        this.view = message.view;
        this.broadcast({ type: 'view', view: message.view });
        return;
      case 'ack':
      case 'refuse':
      case 'point-status':
        this.answer(message);
        return;
      case 'voting':
      case 'consent':
      case 'scoring':
        this.round(message);
        return;
      case 'remove': {
        const phone = this.registry.byPhoneId(message.phoneId);
        if (!phone) return;
        this.sendToPhone(phone, { type: 'removed', message: PHONE_REMOVED_MESSAGE });
        for (const socket of phone.sockets) socket.close(4002, 'removed');
        this.registry.remove(phone);
        this.onPhonesChanged();
        return;
      }
    }
  }

  private answer(message: Extract<HostToServer, { type: 'ack' | 'refuse' | 'point-status' }>) {
    const phone = this.registry.byPhoneId(message.phoneId);
    if (!phone) return;
    if (message.type === 'refuse') {
      phone.pending.delete(message.id);
      this.sendToPhone(phone, {
        type: 'refused',
        id: message.id,
        code: message.code,
        message: message.message,
      });
      return;
    }
    if (message.type === 'point-status') {
      phone.points.set(message.id, message.status);
      this.sendToPhone(phone, { type: 'point-status', id: message.id, status: message.status });
      return;
    }
    const kind = phone.pending.get(message.id);
    phone.pending.delete(message.id);
    if (kind === 'point' && message.status) phone.points.set(message.id, message.status);
    this.sendToPhone(phone, { type: 'ack', id: message.id, status: message.status });
  }

  private round(message: Extract<HostToServer, { type: 'voting' | 'consent' | 'scoring' }>) {
    const out = { type: message.type, open: message.open } as ServerToPhone;
    if (message.phoneId === null) {
      // The round as everyone sees it; per-phone messages carry that phone's own marks.
      if (message.type === 'voting') this.rounds.voting = message.open;
      if (message.type === 'consent') this.rounds.consent = message.open;
      if (message.type === 'scoring') this.rounds.scoring = message.open;
      this.broadcast(out);
      return;
    }
    const phone = this.registry.byPhoneId(message.phoneId);
    if (phone) this.sendToPhone(phone, out);
  }

  close(): void {
    this.broadcast({ type: 'closed', message: ROOM_CLOSED_MESSAGE });
    for (const phone of this.registry.all())
      for (const socket of phone.sockets) socket.close(4000, 'room closed');
  }
}
