// Renders the app into #root: loaded by the small entry (main.tsx) once the worker has started.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { mark } from '../shared/perf-marks.ts';

export function mount(): void {
  mark('page: app module');
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
