// The app: the dashboard over the stored workspace, with what a saved map has not: the article
// form, the analysis in the worker (with progress over many articles), the workspace drawer with
// sharing, and the correction editor under each excerpt.
import { useCallback, useState } from 'react';
import { ArticleInput, type ArticleSubmission } from '../features/input/ArticleInput.tsx';
import { SharePanel } from '../features/share/SharePanel.tsx';
import { CorrectionEditor } from '../features/workspace/CorrectionEditor.tsx';
import { placeChoices } from '../features/workspace/event-helpers.ts';
import { useWorkspace as useStoredWorkspace } from '../features/workspace/use-workspace.ts';
import { articleName, WorkspacePanel } from '../features/workspace/WorkspacePanel.tsx';
import type { WorkspaceApi } from '../shared/model/workspace.ts';
import { Dashboard } from './Dashboard.tsx';
import { DuplicateIndex } from './duplicates.ts';
import { AnalysisStatus } from './AnalysisStatus.tsx';
import { useAnalyzer } from './use-analyzer.ts';
import { useLinkedWorkspace } from './use-linked-workspace.ts';

const defaultWorkspace = () => useStoredWorkspace();
const nameOf = (a: ArticleSubmission) => articleName({ id: '', text: a.text, published: a.published, addedAt: '', analysis: null, ...(a.title ? { title: a.title } : {}) });

export function App({ useWorkspace = defaultWorkspace }: { useWorkspace?: () => WorkspaceApi } = {}) {
  const ws = useWorkspace();
  const analyzer = useAnalyzer(ws);
  const link = useLinkedWorkspace(ws);
  const [addNotes, setAddNotes] = useState<string[]>([]);
  const busy = analyzer.busy;

  const addArticles = useCallback(
    async (inputs: readonly ArticleSubmission[], show: (id: string) => void) => {
      const notes: string[] = [];
      const fresh: ArticleSubmission[] = [];
      const known = new DuplicateIndex(ws.articles);
      for (const input of inputs) {
        const dup = known.find(input.text);
        if (dup) notes.push(`"${nameOf(input)}" is already in the workspace${dup.id ? ` as "${dup.name}"` : ' (twice in what was added)'}: it was not added again.`);
        else {
          fresh.push(input);
          known.add({ text: input.text, name: nameOf(input) });
        }
      }
      // Nothing new: the form says why and keeps the text; otherwise the skipped ones are noted.
      if (!fresh.length && inputs.length) {
        setAddNotes([]);
        throw new Error(notes.join(' '));
      }
      setAddNotes(notes);
      let first: string | null = null;
      for (const input of fresh) {
        const id = await ws.addArticle(input);
        first ??= id;
      }
      // The new article is the one to read, whatever was selected before.
      if (first) show(first);
    },
    [ws],
  );

  const notices = [
    ...addNotes,
    ...(analyzer.error ? [analyzer.error] : []),
  ];

  return (
    <Dashboard
      ws={ws}
      articleName={articleName}
      seedSample={!link.carriesWorkspace}
      loading={link.loading}
      placeLabels={analyzer.labels}
      banner={link.message ? <p>{link.message}</p> : undefined}
      status={<AnalysisStatus analyzer={analyzer} articles={ws.articles.length} events={ws.events.length} />}
      input={({ show, shown }) => (
        <ArticleInput
          onSubmit={(input) => addArticles([input], show)}
          onSubmitMany={(inputs) => addArticles(inputs, show)}
          busy={busy}
          notices={[...notices, ...(shown?.error ? [shown.error] : []), ...(shown?.analysis?.warnings ?? [])]}
        />
      )}
      drawerLabel={
        <>
          Workspace <span className="muted">({ws.articles.length} article{ws.articles.length === 1 ? '' : 's'})</span>
        </>
      }
      drawer={(p) => (
        <>
          <WorkspacePanel workspace={ws} filters={p.filters} onFiltersChange={p.onFiltersChange} {...(p.selectedArticle ? { selectedArticle: p.selectedArticle } : {})} onSelectArticle={p.onSelectArticle} />
          <SharePanel workspace={ws} />
        </>
      )}
      separate={(event, source) =>
        ws.correct({ kind: 'separate', articleId: event.articleId, eventId: event.id, trigger: { ...event.trigger }, otherArticleId: source.articleId, otherEventId: source.eventId })
      }
      correction={(selected, article) => (
        <details className="excerpt-card__correct">
          <summary>Correct this event</summary>
          <CorrectionEditor
            event={selected}
            alternatives={placeChoices(selected, article.analysis)}
            corrections={ws.corrections.filter(
              (c) =>
                (c.articleId === selected.articleId && c.eventId === selected.id) ||
                // A separation is undone from either of its two events.
                (c.kind === 'separate' && c.otherArticleId === selected.articleId && c.otherEventId === selected.id),
            )}
            linkCandidates={ws.events.filter((e) => e.articleId !== selected.articleId && e.type === selected.type).slice(0, 50)}
            onCorrect={ws.correct}
            onRevert={ws.revertCorrection}
          />
        </details>
      )}
    />
  );
}
