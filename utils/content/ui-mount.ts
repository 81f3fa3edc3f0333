/** Mounts Preact components into the shared UI host's shadow root: the page UI (legend + card) and the notes layer. */

import { type ComponentType, h, render } from 'preact';
import { NotesLayer, type NotesLayerProps } from '@/components/notes/NotesLayer';
import { NOTES_CSS } from '@/components/notes/styles';
import { PageUi, type PageUiProps } from '@/components/page/App';
import { PAGE_UI_CSS } from '@/components/page/styles';
import { adoptStyles, getUiHost, onUiHostRemoved } from './ui-host';

export interface UiMount<P> {
  update(props: P): void;
  unmount(): void;
  /** False once unmounted (also when the host was removed under us). */
  isMounted(): boolean;
}

/**
 * Renders `Component` into its own container inside the UI host. When a feature
 * turns itself off and removes the host, every mount unmounts with it; callers
 * mount again when next needed.
 */
export function mountInUiHost<P>(Component: ComponentType<P>, css: string): UiMount<P> {
  const { root } = getUiHost();
  adoptStyles(root, css);
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
  const stopListening = onUiHostRemoved(unmount);
  return {
    update(props) {
      if (mounted) render(h(Component as ComponentType<object>, props as object), container);
    },
    unmount,
    isMounted: () => mounted,
  };
}

export type PageUiMount = UiMount<PageUiProps>;
export const mountPageUi = (): PageUiMount => mountInUiHost(PageUi, PAGE_UI_CSS);

export type NotesUiMount = UiMount<NotesLayerProps>;
export const mountNotesUi = (): NotesUiMount => mountInUiHost(NotesLayer, NOTES_CSS);
