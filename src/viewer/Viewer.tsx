// The saved map: the dashboard over the workspace the file carries, read-only, with a line that
// says what it is and when it was saved.
import { Dashboard } from '../app/Dashboard.tsx';
import { articleName } from '../features/workspace/WorkspacePanel.tsx';
import type { WorkspaceFile } from '../features/workspace/validate-file.ts';
import { useStaticWorkspace } from './use-static-workspace.ts';

export function Viewer({ file }: { file: WorkspaceFile }) {
  const ws = useStaticWorkspace(file);
  const n = ws.articles.length;
  return (
    <Dashboard
      ws={ws}
      seedSample={false}
      articleName={articleName}
      status={
        <span className="muted">
          Saved map{file.exportedAt ? ` of ${file.exportedAt.slice(0, 10)}` : ''} · {n} article{n === 1 ? '' : 's'} · {ws.events.length} event{ws.events.length === 1 ? '' : 's'} · read-only, works offline
        </span>
      }
    />
  );
}
