import { expect } from '@open-wc/testing';
import {
  ATTEMPT_RECORD_VERSION,
  AttemptStore,
  MemoryStorage,
  parseAttemptRecord,
  type AttemptRecord,
  type StartAttempt,
  type StorageLike,
} from '../src/attempts.js';

const start: StartAttempt = {
  scenarioId: 'example',
  scenarioTitle: 'Example',
  storyHash: '0123456789abcdef',
  rubric: { id: 'example', version: '1.0.0' },
  mode: 'practice',
  replayCode: '1.01234567.1..abc',
};

/** A clock that ticks one second per call, so records sort predictably. */
function clock() {
  let t = Date.parse('2025-03-01T10:00:00Z');
  return () => new Date((t += 1000));
}

const keys = (storage: StorageLike) => [...Array(storage.length).keys()].map((i) => storage.key(i)!);

describe('attempt history (src/attempts.ts)', () => {
  it('starts, updates and lists attempts per scenario, persisting them as versioned records', () => {
    const storage = new MemoryStorage();
    const store = new AttemptStore(storage, { now: clock() });
    const a = store.start(start);
    expect(a).to.include({ version: ATTEMPT_RECORD_VERSION, status: 'in-progress', decisions: 0, rewinds: 0 });
    store.update(a.id, { decisions: 2, replayCode: '1.01234567.1.AB.xyz' });
    const saved = JSON.parse(storage.getItem('attune:attempts:example')!);
    expect(saved.version).to.equal(1);
    expect(saved.attempts[0]).to.include({ decisions: 2, replayCode: '1.01234567.1.AB.xyz' });

    // A fresh store (a reload) reads the same.
    const again = new AttemptStore(storage);
    expect(again.list('example')).to.have.length(1);
    expect(again.unfinished('example')!.id).to.equal(a.id);
    expect(again.problems).to.deep.equal([]);
  });

  it('summarises: last attempt, best result (a pass beats a higher fail), completed attempts', () => {
    const store = new AttemptStore(new MemoryStorage(), { now: clock() });
    const result = (overall: number, passed: boolean) => ({ overall, passed, mastery: 0.75, harmFlags: passed ? 0 : 1, elevated: 0, criteria: {} });
    const a = store.start(start);
    store.update(a.id, { status: 'complete', result: result(0.95, false) });
    const b = store.start(start);
    store.update(b.id, { status: 'complete', result: result(0.8, true) });
    const c = store.start({ ...start, mode: 'assessment' });
    const summary = store.summary('example');
    expect(summary.attempts).to.equal(3);
    expect(summary.best!.id).to.equal(b.id);
    expect(summary.last!.id).to.equal(c.id);
    expect(summary.unfinished!.id).to.equal(c.id);
    expect(summary.completed.map((r) => r.id)).to.deep.equal([a.id, b.id]);
  });

  it('sets aside a record that does not validate, keeps the rest, and reports it', () => {
    const storage = new MemoryStorage();
    const good = new AttemptStore(storage, { now: clock() }).start(start);
    const data = JSON.parse(storage.getItem('attune:attempts:example')!);
    data.attempts.push({ ...good, id: 'bad', decisions: -3 }, 'not even an object');
    storage.setItem('attune:attempts:example', JSON.stringify(data));

    const store = new AttemptStore(storage);
    expect(store.list('example').map((r) => r.id)).to.deep.equal([good.id]);
    expect(store.problems.filter((p) => p.kind === 'quarantined')).to.have.length(2);
    const quarantined = store.quarantined();
    expect(quarantined).to.have.length(2);
    expect(quarantined.map((q) => q.from)).to.deep.equal(['attune:attempts:example', 'attune:attempts:example']);
    expect(quarantined.some((q) => q.raw.includes('"decisions":-3'))).to.equal(true);
    expect(quarantined.some((q) => q.reason.includes('decisions'))).to.equal(true);
    // The good record was written back without the bad ones; reading again finds no new problem.
    const third = new AttemptStore(storage);
    expect(third.list('example')).to.have.length(1);
    expect(third.problems).to.deep.equal([]);
    // Discarding removes a quarantined item for good.
    third.discardQuarantined(quarantined[0]!.key);
    expect(third.quarantined()).to.have.length(1);
  });

  it('sets aside a history that is not JSON at all, exactly as found, and starts afresh', () => {
    const storage = new MemoryStorage();
    storage.setItem('attune:attempts:example', '{"version":1,"attempts":[{"trunc');
    const store = new AttemptStore(storage);
    expect(store.list('example')).to.deep.equal([]);
    expect(store.problems[0]!.message).to.contain('set aside');
    expect(store.quarantined()[0]!.raw).to.equal('{"version":1,"attempts":[{"trunc');
    expect(keys(storage)).not.to.include('attune:attempts:example');
    store.start(start); // and the scenario can be played again
    expect(store.list('example')).to.have.length(1);
  });

  it('refuses records from a newer version with a clear reason, and validates fields', () => {
    expect(parseAttemptRecord({ version: 2 })).to.deep.equal({ reason: 'made by a newer version of Attune (record version 2)' });
    expect(parseAttemptRecord(null)).to.deep.equal({ reason: 'not a record' });
    const bad = parseAttemptRecord({ version: 1, id: 'x', scenarioId: 'Not An Id' });
    expect('reason' in bad && bad.reason).to.contain('scenarioId');
  });

  it('keeps working in memory when storage is unavailable or refuses writes, and says so', () => {
    const none = new AttemptStore(null);
    expect(none.persistent).to.equal(false);
    expect(none.problems[0]!.kind).to.equal('unavailable');
    none.start(start);
    expect(none.list('example')).to.have.length(1);

    const full: StorageLike = Object.assign(new MemoryStorage(), {
      setItem() {
        throw new DOMException('full', 'QuotaExceededError');
      },
    });
    const store = new AttemptStore(full);
    const a = store.start(start);
    store.update(a.id, { decisions: 1 });
    expect(store.get(a.id)!.decisions).to.equal(1); // the attempt is kept for this page
    expect(store.problems.filter((p) => p.kind === 'write-failed')).to.have.length(1); // reported once
  });

  it('exports the whole history and imports it elsewhere, merging by id and listing what it rejects', () => {
    const here = new AttemptStore(new MemoryStorage(), { now: clock() });
    const a = here.start(start);
    here.start({ ...start, scenarioId: 'other', scenarioTitle: 'Other' });
    const exported = here.exportJson();

    const there = new AttemptStore(new MemoryStorage(), { now: clock() });
    expect(there.importJson(exported)).to.deep.equal({ added: 2, updated: 0, unchanged: 0, rejected: [] });
    expect(there.importJson(exported)).to.deep.equal({ added: 0, updated: 0, unchanged: 2, rejected: [] });
    expect(there.all()).to.have.length(2);

    here.update(a.id, { decisions: 3 });
    const doc = JSON.parse(here.exportJson());
    doc.attempts.push({ broken: true });
    const report = there.importJson(JSON.stringify(doc));
    expect(report).to.include({ added: 0, updated: 1, unchanged: 1 });
    expect(report.rejected).to.have.length(1);
    expect(there.get(a.id)!.decisions).to.equal(3);

    expect(() => there.importJson('nope')).to.throw('not valid JSON');
    expect(() => there.importJson('{"format":"other"}')).to.throw('not an Attune history export');
  });

  it('never changes a finished attempt: update leaves it, an import cannot replace it; a new attempt links to it', () => {
    const storage = new MemoryStorage();
    const store = new AttemptStore(storage, { now: clock() });
    const result = { overall: 0.9, passed: true, mastery: 0.75, harmFlags: 0, elevated: 0, criteria: {} };
    const a = store.start(start);
    const done = store.update(a.id, { status: 'complete', result, completedAt: '2025-03-01T10:05:00.000Z' })!;
    expect(store.update(a.id, { status: 'in-progress', result: undefined, completedAt: undefined })).to.deep.equal(done);
    expect(new AttemptStore(storage).get(a.id)).to.deep.equal(done);

    const b = store.start({ ...start, from: { attemptId: a.id, step: 1 } });
    expect(new AttemptStore(storage).get(b.id)!.from).to.deep.equal({ attemptId: a.id, step: 1 });
    expect(parseAttemptRecord({ ...b, from: { attemptId: a.id, step: -1 } })).to.have.property('reason');
    expect(parseAttemptRecord({ ...b, from: { attemptId: '' , step: 0 } })).to.have.property('reason');

    // An export of the same finished attempt changes nothing; an altered copy is refused, with why.
    const altered = { ...done, updatedAt: '2030-01-01T00:00:00.000Z', result: { ...result, passed: false } };
    const report = store.importJson(JSON.stringify({ format: 'attune-history', version: 1, exportedAt: '2030-01-01T00:00:00.000Z', attempts: [done, altered] }));
    expect(report).to.include({ added: 0, updated: 0, unchanged: 1 });
    expect(report.rejected[0]!.reason).to.contain('finished result is never changed');
    expect(store.get(a.id)).to.deep.equal(done);
  });

  it('never throws at the player: a record that would not validate is kept in memory and reported', () => {
    const storage = new MemoryStorage();
    const store = new AttemptStore(storage);
    store.start({ ...start, scenarioId: 'Not An Id' });
    expect(store.list('Not An Id')).to.have.length(1);
    expect(store.problems[0]!.message).to.contain('could not be saved');
    expect(storage.length).to.equal(0);
  });

  it('never keeps a record under another scenario key', () => {
    const storage = new MemoryStorage();
    const record: AttemptRecord = { ...new AttemptStore(new MemoryStorage()).start(start), scenarioId: 'other' };
    storage.setItem('attune:attempts:example', JSON.stringify({ version: 1, attempts: [record] }));
    const store = new AttemptStore(storage);
    expect(store.list('example')).to.deep.equal([]);
    expect(store.quarantined()[0]!.reason).to.contain('another scenario');
  });
});
