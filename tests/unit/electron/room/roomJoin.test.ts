import { describe, expect, it } from 'vitest';

import { STATUS_INTERVAL_MS } from '#electron/room/roomServer';

import { connectPhone, joinPhone, point, testView, useTestRooms } from './roomHarness';

const room = useTestRooms();

describe('joining the room', () => {
  it('welcomes a phone with the join code: what it may see, and a token to keep', async () => {
    const r = await room();
    const { welcome, phoneId } = await joinPhone(r);
    expect(welcome.view).toEqual(testView);
    expect(welcome.token).toMatch(/^[\w-]{22,}$/);
    expect(r.server.status().phones).toEqual([
      expect.objectContaining({ id: phoneId, connected: true }),
    ]);
  });

  it('tells the window of a room joining at once in a few lists, the last with every phone', async () => {
    const r = await room();
    const code = r.server.status().joinCode;
    const start = Date.now();
    await Promise.all(
      Array.from({ length: 40 }, async () => {
        const phone = await connectPhone(r);
        phone.send({ type: 'hello', v: 1, code });
        await phone.inbox.next((m) => m.type === 'welcome', 'welcome');
      }),
    );
    await r.host.next(
      (m) => m.type === 'status' && m.status.phones.filter((p) => p.connected).length === 40,
      'a status with the 40 phones',
    );
    const elapsed = Date.now() - start;
    const statuses = r.host.all().filter((m) => m.type === 'status').length + 1;
    // One at once, then at most one per interval: not one list per phone (40 lists of up to 40).
    expect(statuses).toBeLessThanOrEqual(2 + Math.floor(elapsed / STATUS_INTERVAL_MS));
    expect(statuses).toBeLessThan(40);
  });

  it('offers a join address with the code, on the pinned loopback address only', async () => {
    const r = await room();
    const { joinCode, joinUrls } = r.server.status();
    expect(joinUrls).toEqual([`http://127.0.0.1:${r.server.port}/?code=${joinCode}`]);
  });

  it('refuses a wrong code with a message and closes the socket', async () => {
    const r = await room();
    const phone = await connectPhone(r);
    phone.send({ type: 'hello', v: 1, code: 'ZZZZZZ' });
    const refused = await phone.inbox.next();
    expect(refused).toMatchObject({ type: 'refused', code: 'bad-code' });
    expect(await phone.closed).toBe(4001);
    expect(r.server.status().phones).toHaveLength(0);
  });

  it('refuses the code of an earlier opening: each opening has its own', async () => {
    const first = await room();
    const oldCode = first.server.status().joinCode;
    await first.server.close();
    const second = await room();
    expect(second.server.status().joinCode).not.toBe(oldCode);
    const phone = await connectPhone(second);
    phone.send({ type: 'hello', v: 1, code: oldCode });
    expect(await phone.inbox.next()).toMatchObject({ type: 'refused', code: 'bad-code' });
  });

  it('knows a phone again after a reload by its token, with its points where they were', async () => {
    const r = await room();
    const first = await joinPhone(r);
    first.phone.send(point('point-0001'));
    await r.host.next((m) => m.type === 'submission');
    r.server.fromHost({ type: 'ack', phoneId: first.phoneId, id: 'point-0001', status: 'waiting' });
    await first.phone.inbox.next((m) => m.type === 'ack');
    first.phone.socket.close();

    const again = await joinPhone(r, first.token);
    expect(again.phoneId).toBe(first.phoneId);
    expect(again.welcome.points).toEqual([{ id: 'point-0001', status: 'waiting' }]);
    expect(r.server.status().phones).toHaveLength(1);
  });

  it('turns away a new phone once the room holds its device limit', async () => {
    const r = await room({ maxPhones: 2 });
    await joinPhone(r);
    const second = await joinPhone(r);
    const third = await connectPhone(r);
    third.send({ type: 'hello', v: 1, code: r.server.status().joinCode });
    expect(await third.inbox.next()).toMatchObject({ type: 'refused', code: 'room-full' });
    // A phone already in the room still comes back after a reload.
    const back = await joinPhone(r, second.token);
    expect(back.phoneId).toBe(second.phoneId);
  });

  it('refuses anything but hello from a phone that has not joined', async () => {
    const r = await room();
    const phone = await connectPhone(r);
    phone.send(point('point-0001'));
    expect(await phone.inbox.next()).toMatchObject({ type: 'refused', code: 'invalid' });
    expect(await phone.closed).toBe(4001);
    expect(r.host.all().some((m) => m.type === 'submission')).toBe(false);
  });

  it('disconnects a socket that never says hello', async () => {
    const r = await room({ helloTimeoutMs: 50 });
    const phone = await connectPhone(r);
    expect(await phone.closed).toBe(4001);
  });
});
