// The top bar's status line: the analysis in progress (stage, "article 12 of 300", a progress
// bar, Cancel), else its failure, else the workspace's counts. It alone follows the live status.
import { useAnalyzerStatus, type Analyzer } from './use-analyzer.ts';

export function AnalysisStatus({ analyzer, articles, events }: { analyzer: Analyzer; articles: number; events: number }) {
  const live = useAnalyzerStatus(analyzer);
  if (analyzer.busy) {
    return (
      <>
        <span className="spinner-text">{live.message ?? 'Starting the analysis…'}</span>
        {live.progress && live.progress.total > 1 && <progress className="topbar__progress" max={live.progress.total} value={live.progress.done} aria-label="Articles analysed" />}{' '}
        <button type="button" className="btn btn--small btn--dark" onClick={analyzer.cancel}>
          Cancel
        </button>
      </>
    );
  }
  if (analyzer.error) return <span className="error-text">{analyzer.error}</span>;
  return (
    <span className="muted">
      {articles} article{articles === 1 ? '' : 's'} · {events} event{events === 1 ? '' : 's'}
      {analyzer.lastMs !== null && ` · analysed in ${analyzer.lastMs} ms`} · offline, nothing leaves this browser
    </span>
  );
}
