// Entry of the saved map (dateline-viewer.html, built into one self-contained file): reads the
// workspace from the page's data block and shows it, or says why it cannot.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Topology } from 'topojson-specification';
// The basemap the app fetches from data/ is built into the saved file itself, so it opens from disk
// with no server and no network (built by scripts/build-basemap.ts at install, before any build).
import countries from '../../public/data/basemap/countries.json';
import admin1 from '../../public/data/basemap/admin1.json';
import physical from '../../public/data/basemap/physical.json';
import { embedBasemap } from '../features/map/basemap.ts';
import { readSavedData } from './read-data.ts';
import { Viewer } from './Viewer.tsx';
import './viewer.css';

embedBasemap({ 'countries.json': countries as unknown as Topology, 'admin1.json': admin1 as unknown as Topology, 'physical.json': physical as unknown as Topology });

const root = document.getElementById('root');
if (!root) throw new Error('the saved map has no #root element');
const data = readSavedData(document);
createRoot(root).render(
  <StrictMode>
    {data.ok ? (
      <Viewer file={data.file} />
    ) : (
      <main className="viewer-error">
        <h1>Dateline map</h1>
        <p role="alert">{data.error}</p>
      </main>
    )}
  </StrictMode>,
);
