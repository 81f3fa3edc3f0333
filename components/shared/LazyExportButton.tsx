/**
 * The export developer's ExportButton, loaded once the page is idle: the
 * export formats (CSV, Markdown, JSON-LD and their libraries) are a large part
 * of the code and nobody needs them to see the popup, so they arrive in a
 * chunk of their own, after the popup's first content (loaded right after the
 * first render, that chunk held up the frame showing the page's notes). Until
 * then a disabled button with the same text holds the place, so the layout
 * does not jump.
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
    const idle = requestIdleCallback(
      () => {
        load().then((loaded) => alive && setButton(() => loaded));
      },
      { timeout: 1000 },
    );
    return () => {
      alive = false;
      cancelIdleCallback(idle);
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
