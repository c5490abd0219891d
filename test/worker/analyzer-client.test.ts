import { expect, test } from 'vitest';
import type { Analysis } from '../../src/core/index.ts';
import { AnalyzerClient, CancelledError, SupersededError, TooLargeError, WorkerCrashedError, type WorkerLike } from '../../src/worker/analyzer-client.ts';
import { MAX_ANALYSIS_CHARS } from '../../src/worker/protocol.ts';
import type { AnalyzeRequest, WorkerRequest, WorkerResponse } from '../../src/worker/protocol.ts';
import type { PlaceLabels } from '../../src/shared/model/place-labels.ts';

class FakeWorker implements WorkerLike {
  sent: WorkerRequest[] = [];
  terminated = false;
  onmessage: ((ev: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((ev: ErrorEvent | Event) => void) | null = null;
  onclose: ((detail: string) => void) | null = null;
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

function track(options?: ConstructorParameters<typeof AnalyzerClient>[1]) {
  const workers: FakeWorker[] = [];
  const client = new AnalyzerClient(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  }, options);
  const told: string[] = [];
  client.onRestart = (m) => told.push(m);
  return { workers, client, told };
}

test('a worker that stops without an error (self.close(), ended by the browser) fails the request with a message and is replaced', async () => {
  const { workers, client, told } = track();
  const p = client.analyze('x', { published: '2020-05-06' });
  workers[0]!.reply({ type: 'progress', id: workers[0]!.asks[0]!.id, stage: 'analysing' });
  // What the life lock reports when the worker is gone and nobody terminated it.
  workers[0]!.onclose?.('it ended without an error; the browser may have stopped it');
  await expect(p).rejects.toThrow('The analysis worker stopped (it ended without an error; the browser may have stopped it); it has been restarted. Try again.');
  expect(told).toHaveLength(1);
  expect(workers).toHaveLength(2);
  const q = client.analyze('y', { published: '2020-05-06' });
  workers[1]!.reply({ type: 'result', id: workers[1]!.asks[0]!.id, analysis: fakeAnalysis('2020-05-06'), ms: 1 });
  await expect(q).resolves.toMatchObject({ ms: 1 });
});

test('an idle worker that stops is replaced without a word; one the client ended is not mourned', async () => {
  const { workers, client, told } = track();
  const p = client.analyze('x', { published: '2020-05-06' });
  workers[0]!.reply({ type: 'result', id: workers[0]!.asks[0]!.id, analysis: fakeAnalysis('2020-05-06'), ms: 1 });
  await p;
  workers[0]!.onclose?.('gone');
  expect(told).toEqual([]);
  expect(workers).toHaveLength(2);
  void client.analyze('y', { published: '2020-05-06' }).catch(() => undefined);
  client.cancel();
  workers[1]!.onclose?.('gone after cancel');
  expect(told).toEqual([]);
});

test('a worker that never answers is taken for dead after the first-answer wait, not left "starting" forever', async () => {
  const { workers, client, told } = track({ firstAnswerMs: 30 });
  const p = client.analyze('x', { published: '2020-05-06' });
  await expect(p).rejects.toThrow(/The analysis worker stopped \(it did not answer within 0 s\)/);
  expect(workers[0]!.terminated).toBe(true);
  expect(told).toHaveLength(1);
  // Once it has answered, a long analysis is not timed.
  const q = client.analyze('y', { published: '2020-05-06' });
  workers[1]!.reply({ type: 'progress', id: workers[1]!.asks[0]!.id, stage: 'loading-gazetteer' });
  await new Promise((r) => setTimeout(r, 80));
  workers[1]!.reply({ type: 'result', id: workers[1]!.asks[0]!.id, analysis: fakeAnalysis('2020-05-06'), ms: 1 });
  await expect(q).resolves.toMatchObject({ ms: 1 });
});

test('a text longer than one analysis may take is refused before it reaches the worker', async () => {
  const { workers, client } = track();
  await expect(client.analyze('x'.repeat(MAX_ANALYSIS_CHARS + 1), { published: '2020-05-06' })).rejects.toBeInstanceOf(TooLargeError);
  expect(workers).toHaveLength(0);
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
