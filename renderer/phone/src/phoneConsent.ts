import { CONSENT_SCALES, scaleLevel } from '#shared/agreement/consentTypes';
import type { StanceChoice } from '#shared/room/phoneRules';
import type { ConsentOpen, PhoneStance } from '#shared/room/protocol';

import { newClientId } from './phoneIds';
import { byId } from './phoneView';

// A consent round on the phone (docs/room.md): the clause (or the whole draft), the round's scale,
// the party the stance is for and — for a low stance — the reason, which becomes the party's
// objection. The phone sees only its own stance; the spread is shown on the screen after Reveal.

/** The message for a checked stance, with an id made on the phone so a resend is recognised. */
export function stanceMessage(
  round: ConsentOpen,
  choice: StanceChoice,
  name: string | null,
): PhoneStance {
  return {
    type: 'stance',
    id: newClientId('s'),
    roundId: round.roundId,
    partyId: choice.partyId,
    stance: { scale: round.scale, value: choice.value! },
    reason: choice.reason.trim(),
    name,
  };
}

function option(value: string, text: string): HTMLOptionElement {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  return o;
}

/**
 * Draws the round (or hides the section); keeps what the person has chosen so far. A new round
 * starts with the party this phone last spoke for, or the party it gave with its points.
 */
export function renderConsent(
  round: ConsentOpen | null,
  preferred: { partyId: string; partyName: string },
): void {
  const section = byId('consent');
  section.hidden = round === null;
  if (!round) return;
  const form = byId<HTMLFormElement>('stance-form');
  if (form.dataset.round !== round.roundId) {
    form.dataset.round = round.roundId;
    form.reset();
    byId('stance-error').textContent = '';
    byId('stance-state').textContent = '';
  }
  byId('consent-about').textContent =
    round.about === 'draft' ? 'Consent on the whole draft' : 'Consent on a clause';
  byId('consent-subject').textContent = round.clauseText;
  byId('consent-scale').textContent =
    `${CONSENT_SCALES[round.scale].label}. Your stance stays private until the facilitator reveals the round.`;

  const party = byId<HTMLSelectElement>('stance-party');
  const chosen =
    party.value ||
    round.mine?.partyId ||
    preferred.partyId ||
    matchParty(round, preferred.partyName);
  party.replaceChildren(
    option('', 'Choose your party'),
    ...round.parties.map((p) => option(p.id, p.name)),
  );
  party.value = round.parties.some((p) => p.id === chosen) ? chosen : '';

  const levels = byId('stance-levels');
  const checked = levels.querySelector<HTMLInputElement>('input:checked')?.value;
  const selected = checked ?? (round.mine ? String(round.mine.stance.value) : '');
  levels.replaceChildren(
    ...CONSENT_SCALES[round.scale].levels.map((level) => {
      const label = document.createElement('label');
      label.className = 'stance-level';
      const input = document.createElement('input');
      input.type = 'radio';
      input.name = 'stance';
      input.value = String(level.value);
      input.checked = input.value === selected;
      input.addEventListener('change', () => renderReasonNeed(round));
      label.append(input, ` ${level.label}`);
      return label;
    }),
  );
  const reason = byId<HTMLTextAreaElement>('stance-reason');
  if (!reason.value && round.mine) reason.value = round.mine.reason;
  renderReasonNeed(round);
  if (round.mine) {
    const given = scaleLevel(round.scale, round.mine.stance.value)?.label ?? '';
    const forParty = round.parties.find((p) => p.id === round.mine!.partyId)?.name ?? '';
    byId('stance-state').textContent =
      `Your stance is in: ${given}, for ${forParty}. You can change it until the reveal.`;
  }
}

function matchParty(round: ConsentOpen, partyName: string): string {
  const wanted = partyName.trim().toLowerCase();
  return round.parties.find((p) => p.name.trim().toLowerCase() === wanted)?.id ?? '';
}

/** The reason's label says when it is needed: a low stance becomes the party's objection. */
function renderReasonNeed(round: ConsentOpen): void {
  const value = readChoice().value;
  const low = value !== null && (scaleLevel(round.scale, value)?.low ?? false);
  byId('stance-reason-label').textContent = low
    ? 'Why? (needed: it becomes your party’s objection)'
    : 'Why? (optional)';
  byId<HTMLTextAreaElement>('stance-reason').required = low;
}

export function readChoice(): StanceChoice {
  const checked = byId('stance-levels').querySelector<HTMLInputElement>('input:checked');
  return {
    partyId: byId<HTMLSelectElement>('stance-party').value,
    value: checked ? Number(checked.value) : null,
    reason: byId<HTMLTextAreaElement>('stance-reason').value,
  };
}
