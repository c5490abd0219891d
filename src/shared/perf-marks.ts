// Named points and spans of the first visit (page and worker alike), on the browser's own
// performance timeline, so a DevTools trace or the benchmark can tell where the time went.
// Everything is prefixed "dl:"; nothing here changes what the app does.

const perf: Performance | undefined = typeof performance !== 'undefined' && typeof performance.mark === 'function' ? performance : undefined;

/** Marks a point in time (e.g. "gazetteer fetched"). */
export function mark(name: string): void {
  perf?.mark(`dl:${name}`);
}

/** Runs `fn` and records its span as a measure named "dl:<name>". */
export function timed<T>(name: string, fn: () => T): T {
  if (!perf) return fn();
  const start = perf.now();
  try {
    return fn();
  } finally {
    perf.measure(`dl:${name}`, { start, end: perf.now() });
  }
}
