/**
 * The dashboard (also the options page): all notes, and the settings.
 * Two sections switched by the URL hash (#notes, #settings) so both can be
 * linked to and the browser's back button works.
 */
import { useEffect, useState } from 'preact/hooks';
import { useSettings } from '../shared/useSettings';
import { AnalysisSettings } from './AnalysisSettings';
import { DataSettings } from './DataSettings';
import { LabelsSettings } from './LabelsSettings';
import { NotesView } from './NotesView';
import { ShortcutsSettings } from './ShortcutsSettings';
import { SitesSettings } from './SitesSettings';

type Section = 'notes' | 'settings';
const sectionOf = (hash: string): Section => (hash === '#settings' ? 'settings' : 'notes');

export function Dashboard() {
  const [section, setSection] = useState<Section>(sectionOf(location.hash));
  const settings = useSettings();
  useEffect(() => {
    const onHash = () => setSection(sectionOf(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    document.title = section === 'settings' ? 'Settings — Rhetoric Lens' : 'Notes — Rhetoric Lens';
  }, [section]);

  return (
    <div class={`dashboard section-${section}`}>
      <header class="dash-header">
        <div class="brand">
          <img src="/icon/32.png" alt="" width="24" height="24" />
          <h1>Rhetoric Lens</h1>
        </div>
        <nav aria-label="Dashboard sections">
          <a href="#notes" aria-current={section === 'notes' ? 'page' : undefined}>
            Notes
          </a>
          <a href="#settings" aria-current={section === 'settings' ? 'page' : undefined}>
            Settings
          </a>
        </nav>
      </header>
      <main class="dash-main">
        {section === 'notes' ? (
          <NotesView labels={settings?.labels ?? []} />
        ) : settings ? (
          <div class="settings">
            <AnalysisSettings settings={settings} />
            <SitesSettings settings={settings} />
            <LabelsSettings settings={settings} />
            <ShortcutsSettings />
            <DataSettings />
          </div>
        ) : (
          <div class="state" role="status">
            <div class="spinner" aria-hidden="true" />
            <p>Loading settings…</p>
          </div>
        )}
      </main>
    </div>
  );
}
