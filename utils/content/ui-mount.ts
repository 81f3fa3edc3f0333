/** Mounts the Preact page UI (legend + card) into the shared UI host's shadow root. */

import { h, render } from 'preact';
import { PageUi, type PageUiProps } from '@/components/page/App';
import { PAGE_UI_CSS } from '@/components/page/styles';
import { adoptStyles, getUiHost, onUiHostRemoved } from './ui-host';

export interface PageUiMount {
  update(props: PageUiProps): void;
  unmount(): void;
}

export function mountPageUi(): PageUiMount {
  const { root } = getUiHost();
  adoptStyles(root, PAGE_UI_CSS);
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
      if (mounted) render(h(PageUi, props), container);
    },
    unmount,
  };
}
