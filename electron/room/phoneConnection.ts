import { CARD_TEXT_LIMIT, checkText, stripControlCharacters } from '#shared/domain/text';
import {
  PhoneMessage,
  ROOM_NAME_LIMIT,
  type PhoneSubmission,
  type RefusalCode,
  type ServerToPhone,
} from '#shared/room/protocol';

import type { Phone, PhoneSocket } from './phoneRegistry';
import type { Room } from './room';

/** Close codes the phone page reads to decide whether to reconnect (4xxx: do not). */
export const CLOSE_REFUSED = 4001;

const NOT_UNDERSTOOD = 'Parley did not understand that message, so nothing was changed.';

/**
 * One WebSocket from a phone: it must say hello with the join code first; after that every
 * message is validated, rate-limited and passed to the facilitator's window — nothing here writes
 * anything but the room's memory of where points are.
 */
export class PhoneConnection {
  private phone: Phone | null = null;

  constructor(
    private readonly room: Room,
    private readonly socket: PhoneSocket,
  ) {}

  get joinedPhone(): Phone | null {
    return this.phone;
  }

  send(message: ServerToPhone): void {
    this.room.sendTo(this.socket, message);
  }

  private refuse(id: string | null, code: RefusalCode, message: string): void {
    this.send({ type: 'refused', id, code, message });
  }

  receive(raw: string): void {
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      this.refuse(null, 'invalid', NOT_UNDERSTOOD);
      return;
    }
    const parsed = PhoneMessage.safeParse(json);
    if (!parsed.success) {
      this.refuse(null, 'invalid', NOT_UNDERSTOOD);
      return;
    }
    const message = parsed.data;
    if (message.type === 'hello') {
      this.hello(message.code, message.token);
      return;
    }
    if (!this.phone) {
      this.refuse(message.id, 'invalid', 'Join the room first.');
      this.socket.close(CLOSE_REFUSED, 'not joined');
      return;
    }
    if (!this.phone.limiter.take(this.room.now())) {
      this.refuse(
        message.id,
        'rate-limited',
        'That was a lot at once — wait a few seconds and it will be sent again.',
      );
      return;
    }
    this.submit(this.phone, message);
  }

  private hello(code: string, token: string | undefined): void {
    if (this.phone) {
      this.refuse(null, 'invalid', 'This phone has already joined.');
      return;
    }
    if (code !== this.room.joinCode) {
      this.refuse(
        null,
        'bad-code',
        'That join code is not the room’s current code. Scan the QR code on the screen again.',
      );
      this.socket.close(CLOSE_REFUSED, 'bad code');
      return;
    }
    const phone = this.room.registry.join(token, this.room.now());
    if (!phone) {
      this.refuse(
        null,
        'room-full',
        'The room is full: no more phones can join. Ask the facilitator.',
      );
      this.socket.close(CLOSE_REFUSED, 'room full');
      return;
    }
    this.phone = phone;
    phone.sockets.add(this.socket);
    this.room.welcome(phone, this.socket);
  }

  private submit(phone: Phone, message: PhoneSubmission): void {
    if (message.type === 'point') {
      const known = phone.points.get(message.id);
      // Already committed: answer again, never add it twice (the phone missed the first ack).
      if (known) {
        this.send({ type: 'ack', id: message.id, status: known });
        return;
      }
      const text = checkText(message.text, CARD_TEXT_LIMIT, 'point');
      if (!text.ok) {
        this.refuse(message.id, text.reason === 'too-long' ? 'too-long' : 'invalid', text.message);
        return;
      }
      const name = cleanLabel(message.name);
      if (name) phone.name = name;
      this.room.forward(phone, {
        ...message,
        text: text.text,
        name,
        party: cleanLabel(message.party),
      });
      return;
    }
    const round =
      message.type === 'dot'
        ? this.room.rounds.voting
        : message.type === 'stance'
          ? this.room.rounds.consent
          : this.room.rounds.scoring;
    if (!round || round.roundId !== message.roundId) {
      this.refuse(message.id, 'not-open', 'That round has closed; nothing was changed.');
      return;
    }
    this.room.forward(phone, message);
  }
}

function cleanLabel(value: string | null | undefined): string | null {
  const text = stripControlCharacters(value ?? '').trim();
  return text ? text.slice(0, ROOM_NAME_LIMIT) : null;
}
