/**
 * The extension's keyboard shortcuts as the browser reports them, and where to
 * change them. Extension pages cannot link to chrome://extensions/shortcuts,
 * but they may open it in a new tab through the tabs API.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

interface Command {
  name?: string;
  description?: string;
  shortcut?: string;
}

const isFirefox = () => location.protocol === 'moz-extension:';

export function ShortcutsSettings() {
  const [commands, setCommands] = useState<Command[]>();
  const [openError, setOpenError] = useState('');
  useEffect(() => {
    browser.commands.getAll().then(setCommands, () => setCommands([]));
  }, []);
  const shown = (commands ?? []).filter((c) => c.name !== '_execute_action' || c.shortcut);

  const openShortcuts = async () => {
    setOpenError('');
    try {
      await browser.tabs.create({ url: isFirefox() ? 'about:addons' : 'chrome://extensions/shortcuts' });
    } catch {
      setOpenError('Your browser did not let the extension open that page: type the address above yourself.');
    }
  };

  return (
    <section class="settings-section" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      {commands === undefined ? (
        <p class="muted">Loading…</p>
      ) : shown.length === 0 ? (
        <p class="muted">No shortcuts are declared.</p>
      ) : (
        <table class="shortcuts">
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Shortcut</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((c) => (
              <tr key={c.name}>
                <td>{c.name === '_execute_action' ? 'Open the popup' : c.description || c.name}</td>
                <td>{c.shortcut ? <kbd>{c.shortcut}</kbd> : <span class="muted">Not set</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        {isFirefox() ? (
          <>
            To change them, open <code>about:addons</code>, click the gear menu and choose “Manage Extension
            Shortcuts”.
          </>
        ) : (
          <>
            To change them, open <code>chrome://extensions/shortcuts</code> (in Edge,{' '}
            <code>edge://extensions/shortcuts</code>) and click the pencil next to Rhetoric Lens.
          </>
        )}
      </p>
      <button type="button" class="btn" onClick={openShortcuts}>
        Open the shortcuts page
      </button>
      {openError && (
        <p role="alert" class="form-error">
          {openError}
        </p>
      )}
    </section>
  );
}
