/**
 * The content script's side of the popup/background messages about the page:
 * status and counts (equal to what is painted), the painted findings for
 * export, "analyse this page", and keyboard-shortcut commands.
 */
import { onMessage } from '../messaging/protocol';
import type { PageController } from './controller';

export function answerPageMessages(controller: PageController): () => void {
  const stops = [
    onMessage('page:status', () => controller.status()),
    onMessage('page:findings', () => controller.findings()),
    onMessage('page:analyse', async () => {
      await controller.analyse(true);
      return controller.status();
    }),
    onMessage('page:command', ({ data }) => {
      if (data === 'toggle-highlights') controller.toggleVisible();
      else if (data === 'next-finding') controller.step(1);
      else if (data === 'previous-finding') controller.step(-1);
    }),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}
