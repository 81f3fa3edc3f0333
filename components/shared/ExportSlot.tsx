/**
 * Where the export developer's ExportButton goes (components/export).
 * PLACEHOLDER until components/export/ExportButton.tsx lands: then this file
 * just renders it.
 */
import type { ExportScope } from '@/utils/export/types';

export interface ExportSlotProps {
  scope: ExportScope;
  text: string;
  includeFindings?: boolean;
}

export function ExportSlot({ text }: ExportSlotProps) {
  return (
    <button type="button" class="btn" disabled title="Export is not available in this build yet">
      {text}
    </button>
  );
}
