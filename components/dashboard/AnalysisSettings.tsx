/** When to analyse, and which kinds and techniques are shown on pages. */
import { type AnalysisMode, type HighlightStyle, type Settings, updateSettings } from '@/utils/settings';
import { KINDS, TECHNIQUES, techniqueName } from '../shared/kinds';

const MODES: readonly { id: AnalysisMode; name: string; hint: string }[] = [
  { id: 'article', name: 'On article-like pages', hint: 'Recommended: news, opinion and blog posts.' },
  { id: 'always', name: 'On every page', hint: 'Also search results, forums and home pages.' },
  { id: 'manual', name: 'Only when I ask', hint: 'Use “Analyse this page” in the popup or the shortcut.' },
];

const STYLES: readonly { id: HighlightStyle; name: string; hint: string }[] = [
  {
    id: 'auto',
    name: 'Browser highlights',
    hint: 'Recommended: the page itself is never changed.',
  },
  {
    id: 'elements',
    name: 'Marked-up text',
    hint: 'Wraps findings in the extension’s own elements, removed without trace: for pages whose styles hide highlights.',
  },
];

export function AnalysisSettings({ settings }: { settings: Settings }) {
  const hidden = new Set(settings.hiddenLabels);
  const setTechnique = (label: string, on: boolean) => {
    const next = new Set(hidden);
    if (on) next.delete(label);
    else next.add(label);
    void updateSettings({ hiddenLabels: [...next] });
  };
  return (
    <section class="settings-section" aria-labelledby="analysis-title">
      <h2 id="analysis-title">Analysis</h2>
      <fieldset>
        <legend>When to analyse</legend>
        {MODES.map((m) => (
          <label key={m.id} class="choice">
            <input
              type="radio"
              name="mode"
              value={m.id}
              checked={settings.mode === m.id}
              onChange={() => void updateSettings({ mode: m.id })}
            />
            <span>
              {m.name} <span class="muted">— {m.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>How highlights are drawn</legend>
        {STYLES.map((st) => (
          <label key={st.id} class="choice">
            <input
              type="radio"
              name="highlight-style"
              value={st.id}
              checked={settings.highlightStyle === st.id}
              onChange={() => void updateSettings({ highlightStyle: st.id })}
            />
            <span>
              {st.name} <span class="muted">— {st.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div class="kind-grid">
        {KINDS.map((k) => (
          <fieldset key={k.id} class={`kind-settings kind-border-${k.id}`}>
            <legend>
              <label class="choice">
                <input
                  type="checkbox"
                  checked={settings.kinds[k.id]}
                  onChange={(e) =>
                    void updateSettings({ kinds: { ...settings.kinds, [k.id]: e.currentTarget.checked } })
                  }
                />
                <span>Highlight {k.plural.toLowerCase()}</span>
              </label>
            </legend>
            {TECHNIQUES[k.id].map((t) => (
              <label key={t} class="choice small">
                <input
                  type="checkbox"
                  checked={!hidden.has(t)}
                  disabled={!settings.kinds[k.id]}
                  onChange={(e) => setTechnique(t, e.currentTarget.checked)}
                />
                <span>{techniqueName(t)}</span>
              </label>
            ))}
          </fieldset>
        ))}
      </div>
    </section>
  );
}
