/** When to analyse, and which kinds and techniques are shown on pages. */
import { type AnalysisMode, type HighlightStyle, type Settings, updateSettings } from '@/utils/settings';
import { KINDS, TECHNIQUES, techniqueName } from '../shared/kinds';

interface Option<T extends string> {
  id: T;
  name: string;
  hint: string;
}

const MODES: readonly Option<AnalysisMode>[] = [
  { id: 'article', name: 'On article-like pages', hint: 'Recommended: news, opinion and blog posts.' },
  { id: 'always', name: 'On every page', hint: 'Also search results, forums and home pages.' },
  { id: 'manual', name: 'Only when I ask', hint: 'Use “Analyse this page” in the popup or the shortcut.' },
];

const STYLES: readonly Option<HighlightStyle>[] = [
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
      <Choices
        legend="When to analyse"
        name="mode"
        options={MODES}
        value={settings.mode}
        onChange={(mode) => void updateSettings({ mode })}
      />
      <Choices
        legend="How highlights are drawn"
        name="highlight-style"
        options={STYLES}
        value={settings.highlightStyle}
        onChange={(highlightStyle) => void updateSettings({ highlightStyle })}
      />
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

/** One setting chosen among a few options, each with a hint. */
function Choices<T extends string>(props: {
  legend: string;
  name: string;
  options: readonly Option<T>[];
  value: T;
  onChange(value: T): void;
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o.id} class="choice">
          <input
            type="radio"
            name={props.name}
            value={o.id}
            checked={props.value === o.id}
            onChange={() => props.onChange(o.id)}
          />
          <span>
            {o.name} <span class="muted">— {o.hint}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
