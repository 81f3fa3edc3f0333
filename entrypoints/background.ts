import { registerAnalysisService } from '@/utils/background/analysis-service';
import { registerAnchoringService } from '@/utils/background/anchoring-service';
import { registerPageCommands } from '@/utils/background/commands';
import { registerNoteHandlers } from '@/utils/background/notes';

export default defineBackground(() => {
  registerPageCommands();
  registerAnalysisService();
  registerAnchoringService();
  registerNoteHandlers();
  // Wired up by the notes and messaging modules.
});
