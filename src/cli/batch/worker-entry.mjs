// Entry point of a batch worker thread: plain JavaScript that registers the TypeScript module hooks
// (as bin/dateline.mjs does; Node 20 threads do not inherit them), then loads the worker itself.
import { register } from 'node:module';

register('../../../bin/ts-hooks.mjs', import.meta.url);
const { default: runTask } = await import('./worker.ts');
export default runTask;
