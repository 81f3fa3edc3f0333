import { registerPageCommands } from '@/utils/background/commands';

export default defineBackground(() => {
  registerPageCommands();
  // Wired up by the notes and messaging modules.
});
