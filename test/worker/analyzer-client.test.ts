import { expect, test } from 'vitest';
import type { Analysis } from '../../src/core/index.ts';
import { AnalyzerClient, CancelledError, SupersededError, WorkerCrashedError, type WorkerLike } from '../../src/worker/analyzer-client.ts';
import type { AnalyzeRequest, WorkerRequest, WorkerResponse } from '../../src/worker/protocol.ts';
import type { PlaceLabels } from '../../src/shared/model/place-labels.ts';

class FakeWorker implements WorkerLike {
  sent: WorkerRequest[] = [];
  terminated = false;
  onmessage: ((ev: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((ev: ErrorEvent | Event) => void) | null = null;
  postMessage(msg: WorkerRequest) {
    this.sent.push(msg);
  }
  /** The analysis requests, without warm-up and label requests. */
  get asks(): AnalyzeRequest[] {
    return this.sent.filter((m): m is AnalyzeRequest => m.type === 'analyze');
  }
  terminate() {
    this.terminated = true;
  }
  reply(msg: WorkerResponse) {
    this.onmessage?.({ data: msg } as MessageEvent<WorkerResponse>);
  }
}

const fakeAnalysis = (published: string) => ({ schemaVersion: 1, article: { published, length: 1 }, sections: [], mentions: [], dates: [], events: [], warnings: [] }) as Analysis;

test('the latest request wins: an older one rejects as superseded, its busy worker is replaced, a late answer is ignored', async () => {
  const workers: FakeWorker[] = [];
  const client = new AnalyzerClient(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  });
  const stages: string[] = [];
  const first = client.analyze('one', { published: '2020-05-06' });
  const second = client.analyze('two', { published: '2020-05-07' }, (s) => stages.push(s));
  await expect(first).rejects.toBeInstanceOf(SupersededError);
  expect(workers).toHaveLength(2);
  expect(workers[0]!.terminated).toBe(true);
  const old = workers[0]!;
  old.reply({ type: 'result', id: old.asks[0]!.id, analysis: fakeAnalysis('2020-05-06'), ms: 1 });
  const w = workers[1]!;
  expect(w.asks.map((m) => m.text)).toEqual(['two']);
  w.reply({ type: 'result', id: old.asks[0]!.id, analysis: fakeAnalysis('2020-05-06'), ms: 1 });
  w.reply({ type: 'progress', id: w.asks[0]!.id, stage: 'analysing' });
  w.reply({ type: 'result', id: w.asks[0]!.id, analysis: fakeAnalysis('2020-05-07'), ms: 2 });
  const r = await second;
  expect(r.analysis.article.published).toBe('2020-05-07');
  expect(stages).toEqual(['analysing']);
});

test('cancel stops the analysis in flight and the next request runs on a fresh worker', async () => {
  const workers: FakeWorker[] = [];
  const client = new AnalyzerClient(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  });
  const p = client.analyze('huge', { published: '2020-05-06' });
  client.cancel();
  await expect(p).rejects.toBeInstanceOf(CancelledError);
  expect(workers[0]!.terminated).toBe(true);
  client.cancel(); // nothing in flight: no effect
  const q = client.analyze('small', { published: '2020-05-06' });
  workers.at(-1)!.reply({ type: 'result', id: workers.at(-1)!.asks[0]!.id, analysis: fakeAnalysis('2020-05-06'), ms: 3 });
  await expect(q).resolves.toMatchObject({ ms: 3 });
});

test('an engine error rejects with its message', async () => {
  let w!: FakeWorker;
  const client = new AnalyzerClient(() => (w = new FakeWorker()));
  const p = client.analyze('x', { published: 'nope' });
  w.reply({ type: 'error', id: w.asks[0]!.id, message: '"nope" is not a real calendar date' });
  await expect(p).rejects.toThrow('not a real calendar date');
});

test('a worker that dies is replaced, the caller is told, and the next request goes to the new worker', async () => {
  const workers: FakeWorker[] = [];
  const client = new AnalyzerClient(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  });
  const told: string[] = [];
  client.onRestart = (m) => told.push(m);
  const p = client.analyze('x', { published: '2020-05-06' });
  workers[0]!.onerror?.(new Event('error'));
  await expect(p).rejects.toBeInstanceOf(WorkerCrashedError);
  expect(workers[0]!.terminated).toBe(true);
  expect(workers).toHaveLength(2);
  expect(told).toHaveLength(1);
  const q = client.analyze('y', { published: '2020-05-06' });
  workers[1]!.reply({ type: 'result', id: workers[1]!.asks[0]!.id, analysis: fakeAnalysis('2020-05-06'), ms: 1 });
  await expect(q).resolves.toMatchObject({ ms: 1 });
});

const fakeLabels = (): PlaceLabels => ({ names: 'Aleppo\nHoms', lat: new Float32Array([36.2, 34.7]), lon: new Float32Array([37.2, 36.7]), rank: new Uint32Array([2e6, 7e5]), seat: new Uint8Array([1, 1]) });

test('labels are asked once, answered by id, and asked again of a worker that replaced the one asked', async () => {
  const workers: FakeWorker[] = [];
  const client = new AnalyzerClient(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  });
  const first = client.analyze('one', { published: '2020-05-06' });
  const labels = client.labels();
  expect(client.labels()).toBe(labels);
  // A newer analysis replaces the busy worker before it answered: the labels go to the new one.
  const second = client.analyze('two', { published: '2020-05-06' });
  await expect(first).rejects.toBeInstanceOf(SupersededError);
  const w = workers[1]!;
  const ask = w.sent.find((m) => m.type === 'labels')!;
  expect(ask).toBeDefined();
  w.reply({ type: 'labels', id: 12345, labels: fakeLabels() }); // not ours: ignored
  w.reply({ type: 'labels', id: (ask as { id: number }).id, labels: fakeLabels() });
  await expect(labels).resolves.toMatchObject({ names: 'Aleppo\nHoms' });
  w.reply({ type: 'result', id: w.asks[0]!.id, analysis: fakeAnalysis('2020-05-06'), ms: 1 });
  await expect(second).resolves.toMatchObject({ ms: 1 });
});

test('a failed labels request rejects and the next call asks again', async () => {
  let w!: FakeWorker;
  const client = new AnalyzerClient(() => (w = new FakeWorker()));
  const p = client.labels();
  const ask = w.sent.find((m) => m.type === 'labels') as { id: number };
  w.reply({ type: 'labels-error', id: ask.id, message: 'The gazetteer could not be loaded (HTTP 404).' });
  await expect(p).rejects.toThrow('HTTP 404');
  const q = client.labels();
  expect(q).not.toBe(p);
  expect(w.sent.filter((m) => m.type === 'labels')).toHaveLength(2);
});
