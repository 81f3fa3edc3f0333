/**
 * Reading a JSON backup (utils/export/backup.ts) back: format and version are
 * checked first (a file from a newer release is refused rather than
 * misread), then every note and the settings are validated.
 */
import * as v from 'valibot';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../export/backup';
import type { Note } from '../notes/model';
import { type Settings, withDefaults } from '../settings';
import { ImportError, type ImportIssue } from './errors';
import { MAX_ITEMS } from './limits';
import { checkNote } from './validate';

export interface ParsedBackup {
  notes: Note[];
  issues: ImportIssue[];
  settings?: Settings;
  exported?: string;
}

const short = (max: number) => v.pipe(v.string(), v.maxLength(max));

/** Settings as a backup may hold them: known keys with sane types and bounded sizes; withDefaults fills the rest. */
const SettingsSchema = v.object({
  mode: v.optional(v.picklist(['article', 'always', 'manual'])),
  kinds: v.optional(
    v.object({
      claim: v.optional(v.boolean()),
      figure: v.optional(v.boolean()),
      framing: v.optional(v.boolean()),
    }),
  ),
  hiddenLabels: v.optional(v.pipe(v.array(short(100)), v.maxLength(1000))),
  disabledSites: v.optional(v.pipe(v.array(short(300)), v.maxLength(10_000))),
  labels: v.optional(v.pipe(v.array(v.object({ id: short(100), name: short(200) })), v.maxLength(200))),
});

export const isBackupLike = (data: unknown): data is Record<string, unknown> =>
  !!data &&
  typeof data === 'object' &&
  !Array.isArray(data) &&
  'format' in data &&
  typeof data.format === 'string' &&
  data.format.startsWith('rhetoric-lens');

export function parseBackup(data: Record<string, unknown>): ParsedBackup {
  if (data.format !== BACKUP_FORMAT)
    throw new ImportError(`Unknown file format "${String(data.format).slice(0, 60)}".`);
  if (data.version !== BACKUP_VERSION) {
    const version = typeof data.version === 'number' ? data.version : String(data.version).slice(0, 20);
    throw new ImportError(
      typeof version === 'number' && version > BACKUP_VERSION
        ? `This backup has format version ${version}, written by a newer Rhetoric Lens; this version reads version ${BACKUP_VERSION}. Update the extension to import it.`
        : `This backup has format version ${version}; only version ${BACKUP_VERSION} can be imported.`,
    );
  }
  if (!Array.isArray(data.notes)) throw new ImportError('The backup has no list of notes ("notes").');
  if (data.notes.length > MAX_ITEMS)
    throw new ImportError(
      `The backup holds ${data.notes.length} notes; at most ${MAX_ITEMS} can be imported at once.`,
    );

  const notes: Note[] = [];
  const issues: ImportIssue[] = [];
  data.notes.forEach((raw, i) => {
    const checked = checkNote(raw, `note ${i + 1}`);
    if (checked.ok) notes.push(checked.note);
    else issues.push(checked.issue);
  });

  let settings: Settings | undefined;
  if (data.settings !== undefined) {
    const result = v.safeParse(SettingsSchema, data.settings);
    if (result.success) settings = withDefaults(result.output);
    else
      issues.push({
        where: 'settings',
        problem:
          `${result.issues[0].path?.map((p) => String(p.key)).join('.') ?? ''} ${result.issues[0].message}`.trim(),
      });
  }
  const exported = typeof data.exported === 'string' ? data.exported.slice(0, 40) : undefined;
  return { notes, issues, settings, exported };
}
