// Browser entry: mounts the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { applyTilePolicy } from '../shared/ui/tile-policy.ts';

// Before anything renders: no online image may load unless the user turned map tiles on.
applyTilePolicy();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
