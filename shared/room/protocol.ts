import { z } from 'zod';

import { STANCE_REASON_LIMIT } from '../agreement/consentTypes';
import { CARD_TEXT_LIMIT } from '../domain/text';
import {
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  ROOM_NAME_LIMIT,
  ROOM_PROTOCOL_VERSION,
} from './constants';

export * from './constants';

/**
 * The room's message contract (docs/room.md): what phones, the room server and the facilitator's
 * window say to one another. Every message is parsed with these schemas on arrival, and every
 * message to a phone is parsed before it leaves, so a phone can never be sent a field the schema
 * does not name (the objects are strict). Anything a phone may see is listed in `PhoneView`,
 * `VotingOpen`, `ConsentOpen` and `ScoringOpen`, and nowhere else.
 */

// — shared pieces —

export const JoinCode = z
  .string()
  .regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`), 'a join code');

/** A phone's secret, issued by the server on its first join and kept by the phone across reloads. */
export const PhoneToken = z.string().regex(/^[A-Za-z0-9_-]{22,64}$/, 'a phone token');
/** The server's public name for a phone (shown to the facilitator; never the token). */
export const PhoneId = z.string().regex(/^[A-Za-z0-9_-]{4,64}$/, 'a phone id');
/** Ids made on the phone for each submission, so a retry after a reconnect is recognised. */
export const ClientId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'an id made on the phone');
/** Ids the facilitator's side makes (stages, cards, rounds); opaque to the phone. */
export const RecordId = z.string().regex(/^[\w:|-]{1,128}$/, 'a record id');

/**
 * The schema lets a little more than the card limit through so that the server, not the parser,
 * refuses an over-long point — with the same sentence the board uses ("…the limit is 2,000…").
 */
export const POINT_TEXT_SCHEMA_LIMIT = CARD_TEXT_LIMIT * 2;
/** The largest frame the server accepts: 4,000 characters at 3 bytes each, plus the envelope. */
export const ROOM_MAX_MESSAGE_BYTES = 16 * 1024;

const OptionalLabel = z.string().max(ROOM_NAME_LIMIT).nullable().optional();

/** How points from phones reach the board on a stage (docs/room.md, "Modes"). */
export const ROOM_MODES = ['live', 'review', 'silent'] as const;
export const RoomMode = z.enum(ROOM_MODES);
export type RoomMode = z.infer<typeof RoomMode>;
export const ROOM_MODE_LABELS: Readonly<Record<RoomMode, string>> = {
  live: 'Live',
  review: 'Review first',
  silent: 'Silent',
};

/** Where a phone's point is, as the phone's list says it. */
export const POINT_STATUSES = ['waiting', 'held', 'board', 'discarded'] as const;
export const PointStatus = z.enum(POINT_STATUSES);
export type PointStatus = z.infer<typeof PointStatus>;

// — stances and scores (carried here so later rounds need no new transport) —

/** Fist-to-five (0 = block … 5 = champion) or the eight gradients of agreement (1 = full … 8 = veto). */
export const Stance = z.discriminatedUnion('scale', [
  z.strictObject({ scale: z.literal('fist-to-five'), value: z.number().int().min(0).max(5) }),
  z.strictObject({ scale: z.literal('gradients'), value: z.number().int().min(1).max(8) }),
]);
export type Stance = z.infer<typeof Stance>;
export type StanceScale = Stance['scale'];

const Score = z.number().int().min(1).max(5);
/** A practicability score: how strong the evidence is, whether there is capacity, who controls it. */
export const PracticabilityScore = z.strictObject({
  evidence: Score,
  capacity: Score,
  control: Score,
});
export type PracticabilityScore = z.infer<typeof PracticabilityScore>;

// — what a phone may see —

export const PhoneStage = z.strictObject({
  id: RecordId,
  title: z.string().max(200),
  purpose: z.string().max(1000),
  prompts: z.array(z.string().max(1000)).max(50),
  /** The lane points go to, by its label; null when the stage takes no points. */
  laneLabel: z.string().max(100).nullable(),
  mode: RoomMode,
  /** An anonymous stage asks for neither name nor party, and stores neither. */
  anonymous: z.boolean(),
});
export type PhoneStage = z.infer<typeof PhoneStage>;

export const PhoneView = z.strictObject({
  sessionTitle: z.string().max(200),
  proposition: z.string().max(1000),
  stage: PhoneStage.nullable(),
});
export type PhoneView = z.infer<typeof PhoneView>;

export const VoteCard = z.strictObject({
  id: RecordId,
  text: z.string().max(CARD_TEXT_LIMIT),
  laneLabel: z.string().max(100),
});
export const VotingOpen = z.strictObject({
  roundId: RecordId,
  budget: z.number().int().min(1).max(99),
  /** The cards as they are now: the list follows the board while voting is open. */
  cards: z.array(VoteCard).max(2000),
  /**
   * This phone's own dots, card id → count. Absent in a message to every phone (the card list
   * changed): the phone keeps its own dots on the cards still listed.
   */
  mine: z.record(z.string(), z.number().int().min(0).max(99)).optional(),
});
export type VotingOpen = z.infer<typeof VotingOpen>;

/** Parties are offered by id and name only: a phone gives its stance for one of them. */
export const ConsentParty = z.strictObject({ id: RecordId, name: z.string().max(200) });
/** The phone's own stance in an open round, so a reload shows what it gave. */
export const MyStance = z.strictObject({
  partyId: RecordId,
  stance: Stance,
  reason: z.string().max(STANCE_REASON_LIMIT),
});
export const ConsentOpen = z.strictObject({
  roundId: RecordId,
  /** A round on one clause, or on the whole draft. */
  about: z.enum(['clause', 'draft']),
  clauseText: z.string().max(4000),
  scale: z.enum(['fist-to-five', 'gradients']),
  parties: z.array(ConsentParty).min(1).max(50),
  /** This phone's stance in the round, if it has given one; never anyone else's. */
  mine: MyStance.nullable(),
});
export type ConsentOpen = z.infer<typeof ConsentOpen>;

export const ScoringOpen = z.strictObject({
  roundId: RecordId,
  /** The practicability points to score, as they are now: the list follows the board. */
  items: z.array(z.strictObject({ id: RecordId, text: z.string().max(CARD_TEXT_LIMIT) })).max(200),
  /**
   * This phone's own scores, item id → score, so a reload shows what it gave. Absent in a message
   * to every phone (the list changed): the phone keeps its own on the items still listed.
   */
  mine: z.record(RecordId, PracticabilityScore).optional(),
});
export type ScoringOpen = z.infer<typeof ScoringOpen>;

export const PointState = z.strictObject({ id: ClientId, status: PointStatus });
export type PointState = z.infer<typeof PointState>;

// — phone → server —

export const PhoneHello = z.strictObject({
  type: z.literal('hello'),
  v: z.literal(ROOM_PROTOCOL_VERSION),
  code: JoinCode,
  /** Absent on a phone's first visit; the token from `welcome` afterwards, so a reload is the same phone. */
  token: PhoneToken.optional(),
});
export const PhonePoint = z.strictObject({
  type: z.literal('point'),
  id: ClientId,
  /** The stage the phone was showing when it was written (a late point still lands there). */
  stageId: RecordId,
  text: z.string().max(POINT_TEXT_SCHEMA_LIMIT),
  name: OptionalLabel,
  party: OptionalLabel,
});
export const PhoneDot = z.strictObject({
  type: z.literal('dot'),
  id: ClientId,
  roundId: RecordId,
  cardId: RecordId,
  action: z.enum(['place', 'take']),
});
export const PhoneStance = z.strictObject({
  type: z.literal('stance'),
  id: ClientId,
  roundId: RecordId,
  /** The party the stance is for: one of the round's `parties`. */
  partyId: RecordId,
  stance: Stance,
  /**
   * Why: required for a low stance, which becomes the party's objection. The schema lets more
   * through than the limit so the draft refuses an over-long reason with its own sentence.
   */
  reason: z.string().max(STANCE_REASON_LIMIT * 2),
  /** Who is speaking for the party, if they say. */
  name: OptionalLabel,
});
export const PhoneScore = z.strictObject({
  type: z.literal('score'),
  id: ClientId,
  roundId: RecordId,
  itemId: RecordId,
  score: PracticabilityScore,
});
export const PhoneMessage = z.discriminatedUnion('type', [
  PhoneHello,
  PhonePoint,
  PhoneDot,
  PhoneStance,
  PhoneScore,
]);
export type PhoneMessage = z.infer<typeof PhoneMessage>;
export type PhonePoint = z.infer<typeof PhonePoint>;
export type PhoneDot = z.infer<typeof PhoneDot>;
export type PhoneStance = z.infer<typeof PhoneStance>;
export type PhoneScore = z.infer<typeof PhoneScore>;
/** The submissions the facilitator's window turns into commands (everything but `hello`). */
export type PhoneSubmission = PhonePoint | PhoneDot | PhoneStance | PhoneScore;

// — server → phone —

export const REFUSAL_CODES = [
  'bad-code',
  'room-full',
  'rate-limited',
  'invalid',
  'too-long',
  'not-open',
  'version',
  'failed',
] as const;
export const RefusalCode = z.enum(REFUSAL_CODES);
export type RefusalCode = z.infer<typeof RefusalCode>;

export const ServerToPhone = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('welcome'),
    token: PhoneToken,
    view: PhoneView,
    /** What the server knows about this phone's points, so a reload shows the right status. */
    points: z.array(PointState).max(1000),
  }),
  z.strictObject({ type: z.literal('view'), view: PhoneView }),
  /** Sent only after the facilitator's window has committed the submission. */
  z.strictObject({ type: z.literal('ack'), id: ClientId, status: PointStatus.optional() }),
  /** A point moved on (approved, discarded, revealed). */
  z.strictObject({ type: z.literal('point-status'), id: ClientId, status: PointStatus }),
  z.strictObject({
    type: z.literal('refused'),
    /** The submission refused, when there was one (a refused hello has none). */
    id: ClientId.nullable(),
    code: RefusalCode,
    message: z.string().max(500),
  }),
  z.strictObject({ type: z.literal('voting'), open: VotingOpen.nullable() }),
  z.strictObject({ type: z.literal('consent'), open: ConsentOpen.nullable() }),
  z.strictObject({ type: z.literal('scoring'), open: ScoringOpen.nullable() }),
  z.strictObject({ type: z.literal('closed'), message: z.string().max(500) }),
  z.strictObject({ type: z.literal('removed'), message: z.string().max(500) }),
]);
export type ServerToPhone = z.infer<typeof ServerToPhone>;

// — room server ↔ the facilitator's window —

/**
 * The facilitator window that opened the room and relays for it (docs/room.md, "One window
 * relays"). Browser mode can have several Parley tabs on one server; only this one turns phones'
 * submissions into commands and tells the phones about rounds, so a second tab — whose database
 * may not even hold the session — can never close a round on the phones or answer for it.
 */
export const HostWindowId = z.string().regex(/^[\w-]{8,64}$/, 'a window id');

export const PhoneSummary = z.strictObject({
  id: PhoneId,
  connected: z.boolean(),
  joinedAt: z.number(),
  /** The last name the phone gave, if any (an anonymous stage gives none). */
  name: z.string().max(ROOM_NAME_LIMIT).nullable(),
});
export type PhoneSummary = z.infer<typeof PhoneSummary>;

export const RoomStatus = z.strictObject({
  open: z.boolean(),
  sessionId: RecordId.nullable(),
  /** The window relaying for the room (null when closed). */
  hostWindow: HostWindowId.nullable(),
  joinCode: JoinCode.nullable(),
  /** One join address per network address the laptop has (the first is the suggested one). */
  joinUrls: z.array(z.string().max(300)).max(32),
  phones: z.array(PhoneSummary).max(1000),
  limits: z.strictObject({ maxPhones: z.number().int() }),
});
export type RoomStatus = z.infer<typeof RoomStatus>;
export const CLOSED_ROOM_STATUS: RoomStatus = {
  open: false,
  sessionId: null,
  hostWindow: null,
  joinCode: null,
  joinUrls: [],
  phones: [],
  limits: { maxPhones: 0 },
};

/** What the server tells the facilitator's window. */
export const ServerToHost = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('status'), status: RoomStatus }),
  /** A phone's submission, for the window to turn into a command; answer with `ack` or `refuse`. */
  z.strictObject({
    type: z.literal('submission'),
    phoneId: PhoneId,
    submission: z.discriminatedUnion('type', [PhonePoint, PhoneDot, PhoneStance, PhoneScore]),
  }),
  /** A phone joined or came back: the window answers with what it may see (`voting` etc.). */
  z.strictObject({ type: z.literal('phone-ready'), phoneId: PhoneId }),
]);
export type ServerToHost = z.infer<typeof ServerToHost>;

/** What the facilitator's window tells the server. */
export const HostToServer = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('view'), view: PhoneView }),
  z.strictObject({
    type: z.literal('ack'),
    phoneId: PhoneId,
    id: ClientId,
    status: PointStatus.optional(),
  }),
  z.strictObject({
    type: z.literal('refuse'),
    phoneId: PhoneId,
    id: ClientId,
    code: RefusalCode,
    message: z.string().max(500),
  }),
  z.strictObject({
    type: z.literal('point-status'),
    phoneId: PhoneId,
    id: ClientId,
    status: PointStatus,
  }),
  /** Voting, consent and scoring go to one phone (its own dots differ) or to all (phoneId null). */
  z.strictObject({
    type: z.literal('voting'),
    phoneId: PhoneId.nullable(),
    open: VotingOpen.nullable(),
  }),
  z.strictObject({
    type: z.literal('consent'),
    phoneId: PhoneId.nullable(),
    open: ConsentOpen.nullable(),
  }),
  z.strictObject({
    type: z.literal('scoring'),
    phoneId: PhoneId.nullable(),
    open: ScoringOpen.nullable(),
  }),
  z.strictObject({ type: z.literal('remove'), phoneId: PhoneId }),
]);
export type HostToServer = z.infer<typeof HostToServer>;

/** Opening the room: which session, and what the phones see first. */
export const OpenRoomRequest = z.strictObject({
  sessionId: RecordId,
  view: PhoneView,
  hostWindow: HostWindowId,
});
export type OpenRoomRequest = z.infer<typeof OpenRoomRequest>;
export const CloseRoomRequest = z.strictObject({});
