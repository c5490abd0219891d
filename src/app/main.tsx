// Browser entry, kept small on purpose: it starts the analysis worker (which at once fetches the
// gazetteer and the tagger model) before the app's own code has downloaded, then loads the app.
// Everything React, Leaflet and the dashboard need is in ./mount.tsx, a chunk of its own.
import { prestartAnalyzer } from '../worker/prestart.ts';
import { applyTilePolicy } from '../shared/ui/tile-policy.ts';
import { mark } from '../shared/perf-marks.ts';

mark('page: main module');

// Before anything renders: no online image may load unless the user turned map tiles on.
applyTilePolicy();

// Before the app's code loads: the worker's downloads overlap it and React's first render.
prestartAnalyzer();

import('./mount.tsx')
  .then(({ mount }) => mount())
  .catch((err: unknown) => {
    // Without its code the app cannot say anything itself: say it here, as plain text.
    const root = document.getElementById('root');
    if (root) root.textContent = `Dateline could not start: ${err instanceof Error ? err.message : String(err)}. Reload the page to try again.`;
    throw err;
  });
