/**
 * "Export" button with a small panel of formats. Used by the popup (this
 * page, optionally with the page's findings), the dashboard (current
 * selection or filter) and the settings page (everything).
 *
 * Accessible names the e2e tests and other pages rely on: the button
 * "Export"; format buttons "Markdown", "CSV", "Web Annotation JSON-LD",
 * "JSON backup"; the checkbox "Include findings (reading report)".
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { buildExport, FORMATS } from '../../utils/export/build';
import { collectExportData } from '../../utils/export/collect';
import { downloadFile } from '../../utils/export/download';
import type { ExportFormat, ExportScope } from '../../utils/export/types';
import './export.css';

export interface ExportButtonProps {
  scope: ExportScope;
  /** Initial state of "Include findings"; offered only for a page open in a tab (scope.tabId). */
  includeFindings?: boolean;
  /** Formats offered, in order (all by default). */
  formats?: ExportFormat[];
  /** Button text (default "Export"). */
  label?: string;
  disabled?: boolean;
}

const ALL_FORMATS: ExportFormat[] = ['markdown', 'csv', 'w3c', 'backup'];
const FINDINGS_FORMATS = new Set<ExportFormat>(['markdown', 'csv']);

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; text: string }
  | { kind: 'error'; text: string };

export function ExportButton({
  scope,
  includeFindings = false,
  formats = ALL_FORMATS,
  label = 'Export',
  disabled = false,
}: ExportButtonProps) {
  const [open, setOpen] = useState(false);
  const [withFindings, setWithFindings] = useState(includeFindings);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLFieldSetElement>(null);
  const panelId = useId();
  const findingsOffered = scope.kind === 'page' && scope.tabId !== undefined;

  useEffect(() => setWithFindings(includeFindings), [includeFindings]);
  useEffect(() => {
    if (open) panelRef.current?.querySelector<HTMLElement>('button, input')?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };

  // Escape closes the open panel and returns focus to the button.
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  async function exportAs(format: ExportFormat) {
    setStatus({ kind: 'busy' });
    try {
      const findings = findingsOffered && withFindings && FINDINGS_FORMATS.has(format);
      const { data, findingsProblem } = await collectExportData(scope, { includeFindings: findings });
      const findingCount = [...(data.findings?.values() ?? [])].reduce((n, f) => n + f.length, 0);
      if (data.notes.length === 0 && findingCount === 0 && format !== 'backup') {
        setStatus({ kind: 'error', text: 'Nothing to export: there are no notes here yet.' });
        return;
      }
      const file = buildExport(format, scope, data);
      await downloadFile(file);
      const what = `${count(data.notes.length, 'note')}${data.findings ? ` and ${count(findingCount, 'finding')}` : ''}`;
      setStatus({
        kind: 'done',
        text: `Saved ${file.filename} (${what})${findingsProblem ? `; ${findingsProblem}` : ''}.`,
      });
      close();
    } catch (error) {
      setStatus({ kind: 'error', text: `Export failed: ${(error as Error).message}` });
    }
  }

  return (
    <div class="rl-export">
      <button
        type="button"
        ref={toggleRef}
        aria-expanded={open}
        aria-controls={panelId}
        disabled={disabled || status.kind === 'busy'}
        onClick={() => setOpen(!open)}
      >
        {label}
      </button>
      {open && (
        <fieldset id={panelId} class="rl-export__panel" ref={panelRef}>
          <legend class="rl-visually-hidden">Export format</legend>
          {formats.map((format) => (
            <button
              key={format}
              type="button"
              disabled={status.kind === 'busy'}
              onClick={() => exportAs(format)}
            >
              {FORMATS[format].label}
            </button>
          ))}
          {findingsOffered && (
            <label class="rl-export__check">
              <input
                type="checkbox"
                checked={withFindings}
                onChange={(e) => setWithFindings((e.target as HTMLInputElement).checked)}
              />
              Include findings (reading report)
            </label>
          )}
          {findingsOffered && withFindings && (
            <p class="rl-export__hint">Findings go into Markdown and CSV exports.</p>
          )}
        </fieldset>
      )}
      <p
        class={`rl-export__status${status.kind === 'error' ? ' rl-export__error' : ''}`}
        role={status.kind === 'error' ? 'alert' : 'status'}
      >
        {status.kind === 'busy'
          ? 'Exporting…'
          : status.kind === 'done' || status.kind === 'error'
            ? status.text
            : ''}
      </p>
    </div>
  );
}
