// Entry of the saved map (dateline-viewer.html, built into one self-contained file): reads the
// workspace from the page's data block and shows it, or says why it cannot.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { readSavedData } from './read-data.ts';
import { Viewer } from './Viewer.tsx';
import './viewer.css';

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
