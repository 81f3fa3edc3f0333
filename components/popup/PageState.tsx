/** What the popup says about the page besides its notes: loading, restricted, unresponsive, off, no article. */
import { analysed } from './status';
import type { Connection } from './usePageConnection';

export interface PageStateProps {
  connection: Connection;
  onAnalyse(): void;
  onReload(): void;
  onEnableSite(): void;
}

export function PageState({ connection, onAnalyse, onReload, onEnableSite }: PageStateProps) {
  switch (connection.state) {
    case 'loading':
      return (
        <div class="state" role="status" data-state="loading">
          <div class="spinner" aria-hidden="true" />
          <p>Reading the page…</p>
        </div>
      );
    case 'restricted':
      return (
        <div class="state callout" data-state="restricted">
          <strong>{connection.access.title}</strong>
          <p>{connection.access.reason}</p>
        </div>
      );
    case 'unresponsive':
      return (
        <div class="state callout" data-state="unresponsive">
          <strong>Rhetoric Lens is not running in this tab</strong>
          <p>
            Tabs opened before the extension was installed or updated need a reload. You can also analyse the
            page as it is now.
          </p>
          <div class="buttons">
            <button type="button" class="btn btn-primary" onClick={onAnalyse} disabled={connection.busy}>
              {connection.busy ? 'Analysing…' : 'Analyse this page'}
            </button>
            <button type="button" class="btn" onClick={onReload} disabled={connection.busy}>
              Reload the tab
            </button>
          </div>
          {connection.error && (
            <p role="alert" class="form-error">
              {connection.error}
            </p>
          )}
        </div>
      );
    case 'ready': {
      const { status, busy, error } = connection;
      const errorLine = error && (
        <p role="alert" class="form-error">
          {error}
        </p>
      );
      if (status.state === 'disabled') {
        return (
          <div class="state callout" data-state="disabled">
            <strong>Rhetoric Lens is off on this site</strong>
            <p>You turned it off here. Your notes on this page are still listed below.</p>
            <button type="button" class="btn" onClick={onEnableSite}>
              Turn on for this site
            </button>
          </div>
        );
      }
      if (status.state === 'idle' || status.state === 'analysing') {
        return (
          <div class="state callout" data-state="idle">
            <strong>{status.state === 'analysing' ? 'Analysing…' : 'Not analysed yet'}</strong>
            <p>
              Rhetoric Lens analyses pages only when you ask (see When to analyse in the dashboard settings).
            </p>
            <button
              type="button"
              class="btn btn-primary"
              onClick={onAnalyse}
              disabled={busy || status.state === 'analysing'}
            >
              {busy || status.state === 'analysing' ? 'Analysing…' : 'Analyse this page'}
            </button>
            {errorLine}
          </div>
        );
      }
      if (!analysed(status)) {
        return (
          <div class="state callout" data-state="no-article">
            <strong>No article found on this page</strong>
            <p>Rhetoric Lens looks for the main text of an article and found none here.</p>
            <button type="button" class="btn" onClick={onAnalyse} disabled={busy}>
              {busy ? 'Analysing…' : 'Analyse the page anyway'}
            </button>
            {errorLine}
          </div>
        );
      }
      return errorLine || null;
    }
  }
}
