import { expect, test } from 'vitest';
import type { Analysis } from '../../src/core/index.ts';
import { AnalyzerClient, CancelledError, SupersededError, WorkerCrashedError, type WorkerLike } from '../../src/worker/analyzer-client.ts';
import type { WorkerRequest, WorkerResponse } from '../../src/worker/protocol.ts';

class FakeWorker implements WorkerLike {
  sent: WorkerRequest[] = [];
  terminated = false;
  onmessage: ((ev: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((ev: ErrorEvent | Event) => void) | null = null;
  postMessage(msg: WorkerRequest) {
    this.sent.push(msg);
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
  old.reply({ type: 'result', id: old.sent[0]!.id, analysis: fakeAnalysis('2020-05-06'), ms: 1 });
  const w = workers[1]!;
  expect(w.sent.map((m) => m.text)).toEqual(['two']);
  w.reply({ type: 'result', id: old.sent[0]!.id, analysis: fakeAnalysis('2020-05-06'), ms: 1 });
  w.reply({ type: 'progress', id: w.sent[0]!.id, stage: 'analysing' });
  w.reply({ type: 'result', id: w.sent[0]!.id, analysis: fakeAnalysis('2020-05-07'), ms: 2 });
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
  workers.at(-1)!.reply({ type: 'result', id: workers.at(-1)!.sent[0]!.id, analysis: fakeAnalysis('2020-05-06'), ms: 3 });
  await expect(q).resolves.toMatchObject({ ms: 3 });
});

test('an engine error rejects with its message', async () => {
  let w!: FakeWorker;
  const client = new AnalyzerClient(() => (w = new FakeWorker()));
  const p = client.analyze('x', { published: 'nope' });
  w.reply({ type: 'error', id: w.sent[0]!.id, message: '"nope" is not a real calendar date' });
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
  workers[1]!.reply({ type: 'result', id: workers[1]!.sent[0]!.id, analysis: fakeAnalysis('2020-05-06'), ms: 1 });
  await expect(q).resolves.toMatchObject({ ms: 1 });
});
