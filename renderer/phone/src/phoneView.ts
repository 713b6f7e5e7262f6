import type { PhoneVoting } from '#shared/room/phoneRules';
import type { PhoneStage, PhoneView } from '#shared/room/protocol';

import type { Connection } from './phoneSocket';
import { dotsLeft, STATUS_WORDS, type LocalPoint } from './phoneState';

// Everything here sets text with textContent: what arrives from the room is data, never markup.

export function byId<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

function item(text: string): HTMLLIElement {
  const li = document.createElement('li');
  li.textContent = text;
  return li;
}

export function stageHelp(stage: PhoneStage | null): string {
  if (!stage || !stage.laneLabel) return 'This stage is not taking points right now.';
  const where = {
    live: `Your point goes straight onto the board, under “${stage.laneLabel}”.`,
    review: `The facilitator reads your point before it goes on the board, under “${stage.laneLabel}”.`,
    silent: 'Silent writing: points stay hidden until the facilitator reveals them all.',
  }[stage.mode];
  return stage.anonymous
    ? `${where} This stage is anonymous: no name is asked for or kept.`
    : where;
}

export function renderView(view: PhoneView): void {
  byId('session-title').textContent = view.sessionTitle;
  byId('proposition').textContent = view.proposition || view.sessionTitle;
  document.title = `${view.sessionTitle} — Parley`;
  const stage = view.stage;
  byId('stage').hidden = stage === null;
  if (stage) {
    byId('stage-title').textContent = stage.title;
    byId('stage-purpose').textContent = stage.purpose;
    byId('stage-prompts').replaceChildren(...stage.prompts.map(item));
  }
  byId('point-form').hidden = false;
  byId('point-help').textContent = stageHelp(stage);
  byId('about-you').hidden = stage?.anonymous ?? false;
  byId<HTMLButtonElement>('send').disabled = !stage?.laneLabel;
}

export function renderPoints(points: readonly LocalPoint[]): void {
  const rows = [...points].reverse().map((point) => {
    const li = document.createElement('li');
    const text = document.createElement('span');
    text.textContent = point.text;
    const status = document.createElement('span');
    status.className = 'point-status';
    status.dataset.status = point.status;
    status.textContent =
      point.status === 'refused' && point.message
        ? `${STATUS_WORDS.refused}: ${point.message}`
        : STATUS_WORDS[point.status];
    li.append(text, ' ', status);
    return li;
  });
  byId('points').replaceChildren(...rows);
  byId('no-points').hidden = points.length > 0;
}

const CONNECTION_WORDS: Record<Connection, string> = {
  connecting: 'Connecting to the room…',
  online: '',
  offline: 'Offline — your points are kept on this phone and sent when the connection is back.',
  ended: '',
};

export function renderConnection(state: Connection, message?: string): void {
  const el = byId('connection');
  el.dataset.state = state;
  el.textContent = message ?? CONNECTION_WORDS[state];
}

export function renderVoting(
  voting: PhoneVoting | null,
  onDot: (cardId: string, action: 'place' | 'take') => void,
): void {
  byId('voting').hidden = voting === null;
  if (!voting) {
    byId('vote-cards').replaceChildren();
    return;
  }
  const left = dotsLeft(voting);
  byId('dots-left').textContent = `You have ${left} of ${voting.budget} dots left.`;
  byId('vote-cards').replaceChildren(
    ...voting.cards.map((card) => {
      const mine = voting.mine[card.id] ?? 0;
      const li = document.createElement('li');
      const text = document.createElement('span');
      text.textContent = card.text;
      const row = document.createElement('div');
      row.className = 'vote-row';
      const count = document.createElement('span');
      count.textContent = `${mine} ${mine === 1 ? 'dot' : 'dots'}`;
      row.append(
        button('Take back a dot', '−', mine === 0, () => onDot(card.id, 'take')),
        count,
        button('Place a dot', '+', left === 0, () => onDot(card.id, 'place')),
      );
      li.append(text, row);
      return li;
    }),
  );
}

function button(label: string, face: string, disabled: boolean, onClick: () => void) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = face;
  b.setAttribute('aria-label', label);
  b.disabled = disabled;
  b.addEventListener('click', onClick);
  return b;
}
