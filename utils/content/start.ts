/**
 * Starts the highlighting feature in a page: the controller plus its message
 * handlers, torn down when the content script is invalidated (extension
 * reloaded or updated).
 */
import { PageController } from './controller';
import { answerPageMessages } from './messages';

export function startHighlighting(ctx: { onInvalidated(cb: () => void): void }): PageController {
  performance.mark('rl:start');
  const controller = new PageController();
  const stopMessages = answerPageMessages(controller);
  ctx.onInvalidated(() => {
    stopMessages();
    controller.destroy();
  });
  controller.start().catch((err) => console.debug('[Rhetoric Lens] could not start', err));
  return controller;
}
