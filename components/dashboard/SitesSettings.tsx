/** Sites where the extension stays off: add and remove. */
import { useState } from 'preact/hooks';
import { type Settings, updateSettings } from '@/utils/settings';
import { siteOf } from '@/utils/url';

/** Accepts "example.org", "www.example.org" or a full URL; returns the bare host or '' when it is not one. */
export function parseSite(input: string): string {
  const text = input.trim();
  if (!text) return '';
  const host = siteOf(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$|^localhost$|^\[[0-9a-f:]+\]$/i.test(host) ? host : '';
}

export function SitesSettings({ settings }: { settings: Settings }) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const add = () => {
    const site = parseSite(draft);
    if (!site) {
      setError('Enter a site such as example.org.');
      return;
    }
    setError('');
    setDraft('');
    if (!settings.disabledSites.includes(site))
      void updateSettings({ disabledSites: [...settings.disabledSites, site].sort() });
  };
  return (
    <section class="settings-section" aria-labelledby="sites-title">
      <h2 id="sites-title">Sites where Rhetoric Lens stays off</h2>
      {settings.disabledSites.length === 0 ? (
        <p class="muted">None: it runs on every site.</p>
      ) : (
        <ul class="plain-list">
          {settings.disabledSites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button
                type="button"
                class="btn btn-quiet danger"
                aria-label={`Turn back on for ${site}`}
                onClick={() =>
                  void updateSettings({ disabledSites: settings.disabledSites.filter((s) => s !== site) })
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <label class="field">
          <span>Add a site</span>
          <input
            type="text"
            value={draft}
            placeholder="example.org"
            aria-invalid={error ? true : undefined}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
        </label>
        <button type="submit" class="btn">
          Add site
        </button>
      </form>
      {error && (
        <p role="alert" class="form-error">
          {error}
        </p>
      )}
    </section>
  );
}
