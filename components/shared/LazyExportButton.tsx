/**
 * The export developer's ExportButton, loaded after the first paint: the
 * export formats (CSV, Markdown, JSON-LD and their libraries) are a large part
 * of the code and nobody needs them to see the popup, so they arrive in a
 * chunk of their own. Until then a disabled button with the same text holds
 * the place, so the layout does not jump.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ExportButtonProps } from '../export/ExportButton';

let loading: Promise<ComponentType<ExportButtonProps>> | undefined;
const load = () => {
  loading ??= import('../export/ExportButton').then((m) => m.ExportButton);
  return loading;
};

export function LazyExportButton(props: ExportButtonProps) {
  const [Button, setButton] = useState<ComponentType<ExportButtonProps>>();
  useEffect(() => {
    let alive = true;
    load().then((loaded) => alive && setButton(() => loaded));
    return () => {
      alive = false;
    };
  }, []);
  if (Button) return <Button {...props} />;
  return (
    <div class="rl-export">
      <button type="button" disabled>
        {props.label ?? 'Export'}
      </button>
    </div>
  );
}
