// Browser entry: starts the analysis worker and its downloads first, then mounts the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { prestartAnalyzer } from '../worker/prestart.ts';
import { App } from './App.tsx';
import { applyTilePolicy } from '../shared/ui/tile-policy.ts';
import { mark } from '../shared/perf-marks.ts';

mark('page: main module');

// Before anything renders: no online image may load unless the user turned map tiles on.
applyTilePolicy();

// Before React renders: the gazetteer (preloaded by index.html) and the worker load while the page
// builds, instead of after the first analysis is asked for.
prestartAnalyzer();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
