import { randomBytes, randomInt } from 'node:crypto';

import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '#shared/room/protocol';

/** A fresh code for each opening: a phone that joined last time must scan again (docs/room.md). */
export function makeJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++)
    code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** 24 random bytes: a phone's secret, unguessable by the other phones on the same Wi-Fi. */
export function makePhoneToken(): string {
  return randomBytes(24).toString('base64url');
}

/** The public name of a phone, shown to the facilitator; never the token. */
export function makePhoneId(): string {
  return `ph-${randomBytes(6).toString('base64url')}`;
}
