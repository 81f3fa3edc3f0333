import { registerPageCommands } from '@/utils/background/commands';
import { registerNoteHandlers } from '@/utils/background/notes';

export default defineBackground(() => {
  registerPageCommands();
  registerNoteHandlers();
  // Wired up by the notes and messaging modules.
});
