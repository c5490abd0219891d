// Dev-server-only page: the dashboard over the hand-written sample analysis, to look at the UI
// before the engine is complete (open /test/app/fixture-preview.html under `npm run dev`).
import { createRoot } from 'react-dom/client';
import { App } from '../../src/app/App.tsx';
import type { Analysis } from '../../src/core/index.ts';
import sampleText from '../../src/samples/iran-syria-2020-05-06.txt?raw';
import analysis from '../fixtures/ui/sample-analysis.json';
import { fixtureArticle, makeFixtureWorkspace } from './fixture-workspace.ts';

const useWorkspace = makeFixtureWorkspace([fixtureArticle('a1', sampleText, analysis as unknown as Analysis)]);
createRoot(document.getElementById('root')!).render(<App useWorkspace={useWorkspace} />);
