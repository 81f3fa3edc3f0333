/** Mounts the notes UI (components/notes) into the shared UI host's shadow root, on demand. */
import { h, render } from 'preact';
import { NotesLayer, type NotesLayerProps } from '@/components/notes/NotesLayer';
import { NOTES_CSS } from '@/components/notes/styles';
import { adoptStyles, getUiHost, onUiHostRemoved } from '../ui-host';

export interface NotesUiMount {
  update(props: NotesLayerProps): void;
  unmount(): void;
  /** False once unmounted (also when the host was removed under us). */
  isMounted(): boolean;
}

export function mountNotesUi(): NotesUiMount {
  const { root } = getUiHost();
  adoptStyles(root, NOTES_CSS);
  const container = document.createElement('div');
  root.append(container);
  let mounted = true;
  const unmount = () => {
    if (!mounted) return;
    mounted = false;
    render(null, container);
    container.remove();
    stopListening();
  };
  // The page feature removes the host when it turns itself off: we mount again when next needed.
  const stopListening = onUiHostRemoved(unmount);
  return {
    update(props) {
      if (mounted) render(h(NotesLayer, props), container);
    },
    unmount,
    isMounted: () => mounted,
  };
}
