import './phone.css';

import { CARD_TEXT_LIMIT, checkText } from '#shared/domain/text';
import {
  nextScoring,
  nextVoting,
  stanceProblem,
  type PhoneScoring,
  type PhoneVoting,
} from '#shared/room/phoneRules';
import type {
  ConsentOpen,
  PhoneScore,
  PhoneStance,
  PhoneView,
  PracticabilityScore,
  ServerToPhone,
} from '#shared/room/protocol';

import { readChoice, renderConsent, stanceMessage } from './phoneConsent';
import { newClientId } from './phoneIds';
import { renderScoring, type ScoreStates } from './phoneScoring';
import { joinCodeFromUrl, PhoneSocket } from './phoneSocket';
import { PhoneStore, type LocalPoint } from './phoneState';
import { byId, renderConnection, renderPoints, renderView, renderVoting } from './phoneView';

// The phone page (docs/room.md): a thin client. It shows what the room sends, keeps the phone's
// own points until the laptop has committed them, and sends them again after any disconnect.

const code = joinCodeFromUrl(location.href);
const form = byId<HTMLFormElement>('point-form');
const textBox = byId<HTMLTextAreaElement>('point-text');
const nameBox = byId<HTMLInputElement>('point-name');
const partyBox = byId<HTMLInputElement>('point-party');
const errorLine = byId('point-error');

let view: PhoneView | null = null;
let voting: PhoneVoting | null = null;
let consent: ConsentOpen | null = null;
/** A stance sent but not yet acknowledged: sent again after a reconnect (the laptop replaces it). */
let pendingStance: PhoneStance | null = null;
/** The party this phone last gave a stance for, offered first in the next round. */
let lastPartyId = '';
let scoring: PhoneScoring | null = null;
/** Scores sent but not yet acknowledged, by their id: sent again after a reconnect (replaced). */
const pendingScores = new Map<string, PhoneScore>();
const scoreStates: ScoreStates = new Map();

if (!code) {
  renderConnection(
    'ended',
    'This address has no join code. Scan the QR code on the screen, or type the address shown there.',
  );
} else {
  const store = new PhoneStore(localStorage, `parley-room:${code}`);
  textBox.value = store.state.draft;
  nameBox.value = store.state.name;
  partyBox.value = store.state.party;
  renderPoints(store.state.points);

  const socket = new PhoneSocket(code, {
    token: () => store.state.token,
    onConnection: (state) => renderConnection(state),
    onMessage: (message) => receive(message),
  });

  const sendPoint = (point: LocalPoint) =>
    socket.send({
      type: 'point',
      id: point.id,
      stageId: point.stageId,
      text: point.text,
      name: point.name,
      party: point.party,
    });
  const sendUnsent = () => store.unsent().forEach(sendPoint);
  const refresh = () => renderPoints(store.state.points);

  function receive(message: ServerToPhone): void {
    switch (message.type) {
      case 'welcome': {
        const known = new Map(message.points.map((p) => [p.id, p.status]));
        store.update({
          token: message.token,
          points: store.state.points.map((p) => {
            const status = known.get(p.id);
            return status ? { ...p, status } : p;
          }),
        });
        view = message.view;
        renderView(view);
        sendUnsent();
        if (pendingStance) socket.send(pendingStance);
        pendingScores.forEach((score) => socket.send(score));
        break;
      }
      case 'view':
        view = message.view;
        renderView(view);
        break;
      case 'ack':
        if (pendingScores.has(message.id)) {
          scoreStates.set(pendingScores.get(message.id)!.itemId, { text: 'Scored' });
          pendingScores.delete(message.id);
          drawScoring();
        } else if (message.id === pendingStance?.id) {
          pendingStance = null;
          byId('stance-state').textContent =
            'Your stance is in. It stays private until the facilitator reveals the round.';
        } else store.setStatus(message.id, message.status ?? 'waiting');
        break;
      case 'point-status':
        store.setStatus(message.id, message.status);
        break;
      case 'refused':
        refused(message);
        break;
      case 'voting':
        voting = nextVoting(voting, message.open);
        renderVoting(voting, placeDot);
        break;
      case 'consent':
        if (message.open === null || message.open.roundId !== pendingStance?.roundId)
          pendingStance = null;
        consent = message.open;
        renderConsent(consent, { partyId: lastPartyId, partyName: partyBox.value });
        break;
      case 'scoring':
        if (message.open?.roundId !== scoring?.roundId) {
          pendingScores.clear();
          scoreStates.clear();
        }
        scoring = nextScoring(scoring, message.open);
        drawScoring();
        break;
      case 'closed':
      case 'removed':
        socket.end();
        if (message.type === 'removed') store.update({ token: null });
        renderConnection('ended', message.message);
        byId<HTMLButtonElement>('send').disabled = true;
        renderVoting(null, placeDot);
        renderConsent(null, { partyId: '', partyName: '' });
        scoring = null;
        drawScoring();
        break;
    }
    refresh();
  }

  function refused(message: Extract<ServerToPhone, { type: 'refused' }>): void {
    const score = message.id === null ? undefined : pendingScores.get(message.id);
    if (score) {
      pendingScores.delete(score.id);
      scoreStates.set(score.itemId, { text: message.message, error: true });
      drawScoring();
      return;
    }
    if (message.id !== null && message.id === pendingStance?.id) {
      pendingStance = null;
      byId('stance-error').textContent = message.message;
      return;
    }
    const point = store.state.points.find((p) => p.id === message.id);
    // Too fast, or the laptop could not save just now: the point waits and goes again.
    if (point && (message.code === 'rate-limited' || message.code === 'failed')) {
      setTimeout(() => sendPoint(point), 3000);
    } else if (point) {
      store.setStatus(point.id, 'refused', message.message);
    } else if (message.id === null && ['bad-code', 'room-full', 'version'].includes(message.code)) {
      socket.end();
      renderConnection('ended', message.message);
    } else {
      errorLine.textContent = message.message;
    }
  }

  function drawScoring(): void {
    renderScoring(scoring, scoreStates, sendScore);
  }

  function sendScore(itemId: string, score: PracticabilityScore | null): void {
    if (!scoring) return;
    if (!score) {
      scoreStates.set(itemId, { text: 'Choose a score for each of the three.', error: true });
      drawScoring();
      return;
    }
    const message: PhoneScore = {
      type: 'score',
      id: newClientId('c'),
      roundId: scoring.roundId,
      itemId,
      score,
    };
    pendingScores.set(message.id, message);
    scoreStates.set(itemId, {
      text: socket.send(message)
        ? 'Sending…'
        : 'Offline: your score is kept and sent when the connection is back.',
    });
    drawScoring();
  }

  function placeDot(cardId: string, action: 'place' | 'take'): void {
    if (!voting) return;
    const sent = socket.send({
      type: 'dot',
      id: newClientId('d'),
      roundId: voting.roundId,
      cardId,
      action,
    });
    if (!sent) errorLine.textContent = 'Offline: the dot was not placed. Try again when connected.';
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const check = checkText(textBox.value, CARD_TEXT_LIMIT, 'point');
    if (!check.ok) {
      errorLine.textContent = check.message;
      textBox.setAttribute('aria-invalid', 'true');
      textBox.focus();
      return;
    }
    const stage = view?.stage;
    if (!stage?.laneLabel) return;
    errorLine.textContent = '';
    textBox.removeAttribute('aria-invalid');
    const point: LocalPoint = {
      id: newClientId('p'),
      text: check.text,
      stageId: stage.id,
      name: stage.anonymous ? null : nameBox.value.trim() || null,
      party: stage.anonymous ? null : partyBox.value.trim() || null,
      status: 'sending',
    };
    store.addPoint(point);
    store.update({ draft: '' });
    textBox.value = '';
    refresh();
    sendPoint(point);
    textBox.focus();
  });

  byId<HTMLFormElement>('stance-form').addEventListener('submit', (event) => {
    event.preventDefault();
    if (!consent) return;
    const choice = readChoice();
    const problem = stanceProblem(consent, choice);
    const errorBox = byId('stance-error');
    errorBox.textContent = problem ?? '';
    if (problem) return;
    const name = view?.stage?.anonymous ? null : nameBox.value.trim() || null;
    pendingStance = stanceMessage(consent, choice, name);
    lastPartyId = choice.partyId;
    byId('stance-state').textContent = 'Sending…';
    if (!socket.send(pendingStance))
      byId('stance-state').textContent =
        'Offline: your stance is kept and sent when the connection is back.';
  });

  textBox.addEventListener('input', () => {
    store.update({ draft: textBox.value });
    const over = textBox.value.length - CARD_TEXT_LIMIT;
    byId('point-count').textContent =
      over > 0 ? `${over} characters over the limit of ${CARD_TEXT_LIMIT}.` : '';
  });
  nameBox.addEventListener('change', () => store.update({ name: nameBox.value }));
  partyBox.addEventListener('change', () => store.update({ party: partyBox.value }));

  socket.start();
}
