import {
  DIMENSION_LABELS,
  PRACTICABILITY_DIMENSIONS,
  SCORE_MAX,
  SCORE_MIN,
  type PracticabilityDimension,
} from '#shared/domain/practicability';
import type { PhoneScoring } from '#shared/room/phoneRules';
import type { PracticabilityScore } from '#shared/room/protocol';

import { byId } from './phoneView';

// Practicability scoring on the phone (docs/room.md): each point of the round with three 1–5
// choices and its own Send. Text is set with textContent: what the room sends is data.

const VALUES = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => SCORE_MIN + i);

/** What the phone says under a point: "Scored", "Sending…", or why it was refused. */
export type ScoreStates = Map<string, { text: string; error?: boolean }>;

/** The choices made on the screen so far, so a redraw (the list changed) keeps them. */
function chosenOnScreen(itemId: string): Partial<PracticabilityScore> {
  const form = document.querySelector<HTMLFormElement>(`form[data-item="${CSS.escape(itemId)}"]`);
  if (!form) return {};
  return Object.fromEntries(
    PRACTICABILITY_DIMENSIONS.flatMap((d) => {
      const checked = form.querySelector<HTMLInputElement>(`input[data-criterion="${d}"]:checked`);
      return checked ? [[d, Number(checked.value)]] : [];
    }),
  );
}

function criterion(
  itemId: string,
  d: PracticabilityDimension,
  value: number | undefined,
): HTMLFieldSetElement {
  const set = document.createElement('fieldset');
  set.className = 'score-criterion';
  const legend = document.createElement('legend');
  legend.textContent = DIMENSION_LABELS[d];
  const choices = document.createElement('div');
  choices.className = 'score-choices';
  for (const v of VALUES) {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = `${itemId}-${d}`;
    input.value = String(v);
    input.dataset.criterion = d;
    input.checked = v === value;
    const face = document.createElement('span');
    face.textContent = String(v);
    label.append(input, face);
    choices.append(label);
  }
  set.append(legend, choices);
  return set;
}

/** Draws the round (or hides the section), keeping what the person has chosen but not sent. */
export function renderScoring(
  round: PhoneScoring | null,
  states: ScoreStates,
  onSend: (itemId: string, score: PracticabilityScore | null) => void,
): void {
  byId('scoring').hidden = round === null;
  if (!round) {
    byId('score-items').replaceChildren();
    return;
  }
  const items = round.items.map((item) => {
    const shown = { ...round.mine[item.id], ...chosenOnScreen(item.id) };
    const li = document.createElement('li');
    const text = document.createElement('p');
    text.className = 'score-item-text';
    text.textContent = item.text;
    const form = document.createElement('form');
    form.dataset.item = item.id;
    form.noValidate = true;
    const send = document.createElement('button');
    send.type = 'submit';
    send.textContent = 'Send';
    const state = document.createElement('p');
    state.setAttribute('role', 'status');
    const said = states.get(item.id) ?? (round.mine[item.id] ? { text: 'Scored' } : undefined);
    state.className = said?.error ? 'error' : 'help';
    state.textContent = said?.text ?? '';
    form.append(
      ...PRACTICABILITY_DIMENSIONS.map((d) => criterion(item.id, d, shown[d])),
      send,
      state,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const chosen = chosenOnScreen(item.id);
      const complete = PRACTICABILITY_DIMENSIONS.every((d) => chosen[d] !== undefined);
      onSend(item.id, complete ? (chosen as PracticabilityScore) : null);
    });
    li.append(text, form);
    return li;
  });
  // A redraw replaces the rows: a person who just pressed Send (or a choice) keeps their place.
  const focused = document.activeElement as HTMLElement | null;
  const from = focused?.closest<HTMLFormElement>('#score-items form');
  const where = from && focused ? { item: from.dataset.item, name: focusKey(focused) } : null;
  byId('score-items').replaceChildren(...items);
  if (where) {
    const form = document.querySelector<HTMLFormElement>(
      `form[data-item="${CSS.escape(where.item ?? '')}"]`,
    );
    form?.querySelector<HTMLElement>(where.name)?.focus();
  }
}

/** A selector for the same control in the redrawn row: its radio by value, or the Send button. */
function focusKey(element: HTMLElement): string {
  return element instanceof HTMLInputElement
    ? `input[name="${CSS.escape(element.name)}"][value="${CSS.escape(element.value)}"]`
    : 'button[type="submit"]';
}
