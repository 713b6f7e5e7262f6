import { describe, expect, it } from 'vitest';

import { joinPhone, point, useTestRooms, type TestRoom } from './roomHarness';

const room = useTestRooms();

const submissions = (r: TestRoom) => r.host.all().filter((m) => m.type === 'submission');

describe('messages from phones', () => {
  it('passes a point to the facilitator and acknowledges it only after the commit', async () => {
    const r = await room();
    const { phone, phoneId } = await joinPhone(r);
    phone.send({ ...point('point-0001', '  Who decided?  '), name: 'Ana', party: 'Council' });
    const sub = await r.host.next((m) => m.type === 'submission');
    expect(sub).toMatchObject({
      phoneId,
      submission: { type: 'point', id: 'point-0001', text: 'Who decided?', name: 'Ana' },
    });
    expect(phone.inbox.all().some((m) => m.type === 'ack')).toBe(false);
    r.server.fromHost({ type: 'ack', phoneId, id: 'point-0001', status: 'board' });
    expect(await phone.inbox.next((m) => m.type === 'ack')).toEqual({
      type: 'ack',
      id: 'point-0001',
      status: 'board',
    });
  });

  it('answers a retried point that was already committed without passing it on again', async () => {
    const r = await room();
    const { phone, phoneId } = await joinPhone(r);
    phone.send(point('point-0001'));
    await r.host.next((m) => m.type === 'submission');
    r.server.fromHost({ type: 'ack', phoneId, id: 'point-0001', status: 'board' });
    await phone.inbox.next((m) => m.type === 'ack');
    phone.send(point('point-0001'));
    expect(await phone.inbox.next((m) => m.type === 'ack')).toMatchObject({ status: 'board' });
    expect(submissions(r)).toHaveLength(0);
  });

  it('refuses a point over 2,000 characters with the board’s message, passing nothing on', async () => {
    const r = await room();
    const { phone } = await joinPhone(r);
    phone.send(point('point-0001', 'x'.repeat(2001)));
    const refused = await phone.inbox.next();
    expect(refused).toMatchObject({ type: 'refused', id: 'point-0001', code: 'too-long' });
    expect(refused.type === 'refused' && refused.message).toContain('the limit is 2,000');
    phone.send(point('point-0002', '   '));
    expect(await phone.inbox.next()).toMatchObject({ code: 'invalid', id: 'point-0002' });
    expect(submissions(r)).toHaveLength(0);
  });

  it('refuses malformed and unknown messages and keeps the phone connected', async () => {
    const r = await room();
    const { phone } = await joinPhone(r);
    phone.socket.send('{not json');
    expect(await phone.inbox.next()).toMatchObject({ type: 'refused', code: 'invalid' });
    phone.send({ type: 'point', id: 'point-0001', stageId: 'stage-1', text: 'x', role: 'admin' });
    expect(await phone.inbox.next()).toMatchObject({ type: 'refused', code: 'invalid' });
    phone.send({ type: 'delete-everything' });
    expect(await phone.inbox.next()).toMatchObject({ type: 'refused', code: 'invalid' });
    phone.send(point('point-0002'));
    await r.host.next((m) => m.type === 'submission');
    expect(submissions(r)).toHaveLength(0);
  });

  it('cuts off a frame larger than the message limit, and nothing reaches the board', async () => {
    const r = await room();
    const { phone } = await joinPhone(r);
    phone.send(point('point-0001', 'x'.repeat(40_000)));
    expect(await phone.closed).toBe(1009);
    expect(submissions(r)).toHaveLength(0);
  });

  it('refuses messages beyond the per-phone rate and lets them through again later', async () => {
    let clock = 1_000;
    const r = await room({ rate: { burst: 3, perSecond: 1 }, now: () => clock });
    const { phone } = await joinPhone(r);
    for (let i = 0; i < 4; i++) phone.send(point(`point-000${i}`));
    expect(await phone.inbox.next((m) => m.type === 'refused')).toMatchObject({
      id: 'point-0003',
      code: 'rate-limited',
    });
    for (let i = 0; i < 3; i++) await r.host.next((m) => m.type === 'submission');
    clock += 1_000;
    phone.send(point('point-0004'));
    expect(await r.host.next((m) => m.type === 'submission')).toMatchObject({
      submission: { id: 'point-0004' },
    });
  });

  it('takes dots only for the vote that is open, and shows each phone its own', async () => {
    const r = await room();
    const { phone, phoneId } = await joinPhone(r);
    const dot = {
      type: 'dot',
      id: 'dot-00001',
      roundId: 'vote-1',
      cardId: 'card-1',
      action: 'place',
    };
    phone.send(dot);
    expect(await phone.inbox.next()).toMatchObject({ type: 'refused', code: 'not-open' });

    const open = {
      roundId: 'vote-1',
      budget: 3,
      cards: [{ id: 'card-1', text: 'A', laneLabel: 'Legitimacy' }],
      mine: {},
    };
    r.server.fromHost({ type: 'voting', phoneId: null, open });
    expect(await phone.inbox.next((m) => m.type === 'voting')).toEqual({ type: 'voting', open });
    phone.send({ ...dot, id: 'dot-00002' });
    expect(await r.host.next((m) => m.type === 'submission')).toMatchObject({
      submission: { type: 'dot', cardId: 'card-1', action: 'place' },
    });
    r.server.fromHost({ type: 'voting', phoneId, open: { ...open, mine: { 'card-1': 1 } } });
    expect(await phone.inbox.next((m) => m.type === 'voting')).toMatchObject({
      open: { mine: { 'card-1': 1 } },
    });
    r.server.fromHost({ type: 'voting', phoneId: null, open: null });
    expect(await phone.inbox.next((m) => m.type === 'voting')).toEqual({
      type: 'voting',
      open: null,
    });
  });

  it('takes stances only for the consent round that is open; a phone sees its own stance, never another’s', async () => {
    const r = await room();
    const a = await joinPhone(r);
    const b = await joinPhone(r);
    const stance = {
      type: 'stance',
      id: 'stance-0001',
      roundId: 'round-1',
      partyId: 'party-2',
      stance: { scale: 'fist-to-five', value: 1 },
      reason: 'Saturdays are not funded',
      name: 'Tom',
    };
    a.phone.send(stance);
    expect(await a.phone.inbox.next()).toMatchObject({ type: 'refused', code: 'not-open' });

    const open = {
      roundId: 'round-1',
      about: 'clause',
      clauseText: 'The library stays open 6 days a week',
      scale: 'fist-to-five',
      parties: [
        { id: 'party-1', name: 'Those who decide' },
        { id: 'party-2', name: 'Those affected' },
      ],
      mine: null,
    };
    r.server.fromHost({ type: 'consent', phoneId: null, open });
    for (const p of [a, b])
      expect(await p.phone.inbox.next((m) => m.type === 'consent')).toEqual({
        type: 'consent',
        open,
      });
    a.phone.send({ ...stance, id: 'stance-0002' });
    expect(await r.host.next((m) => m.type === 'submission')).toMatchObject({
      phoneId: a.phoneId,
      submission: { type: 'stance', partyId: 'party-2', reason: 'Saturdays are not funded' },
    });
    // The window tells that phone alone what it gave.
    const mine = {
      partyId: 'party-2',
      stance: { scale: 'fist-to-five', value: 1 },
      reason: 'Saturdays are not funded',
    };
    r.server.fromHost({ type: 'ack', phoneId: a.phoneId, id: 'stance-0002' });
    r.server.fromHost({ type: 'consent', phoneId: a.phoneId, open: { ...open, mine } });
    expect(await a.phone.inbox.next((m) => m.type === 'consent')).toMatchObject({
      open: { mine },
    });
    // A stance carrying anything more (another's stances, say) is not a message at all.
    expect(
      r.server.fromHost({ type: 'consent', phoneId: null, open: { ...open, stances: [mine] } }),
    ).toMatchObject({ ok: false });
    r.server.fromHost({ type: 'consent', phoneId: null, open: null });
    expect(await b.phone.inbox.next((m) => m.type === 'consent')).toEqual({
      type: 'consent',
      open: null,
    });
    expect(b.phone.inbox.all().some((m) => JSON.stringify(m).includes('Saturdays'))).toBe(false);
  });

  it('relays the stage as the facilitator moves on, and a point’s later status', async () => {
    const r = await room();
    const { phone, phoneId } = await joinPhone(r);
    const view = { sessionTitle: 'Away day', proposition: 'P', stage: null };
    r.server.fromHost({ type: 'view', view });
    expect(await phone.inbox.next((m) => m.type === 'view')).toEqual({ type: 'view', view });
    r.server.fromHost({ type: 'point-status', phoneId, id: 'point-0001', status: 'board' });
    expect(await phone.inbox.next((m) => m.type === 'point-status')).toMatchObject({
      status: 'board',
    });
  });
});
