/**
 * Import problems. A file-level problem (not JSON, truncated, too big, wrong
 * version, hostile keys) refuses the whole file with an ImportError; a problem
 * with one note or annotation only sets that item aside as an ImportIssue,
 * named by its place in the file ("annotation 12: target has no selector").
 */

export class ImportError extends Error {
  override name = 'ImportError';
}

export interface ImportIssue {
  /** "annotation 12", "note 3", "settings": where in the file, counted from 1 as a reader would. */
  where: string;
  problem: string;
}

export const describeIssue = (issue: ImportIssue): string => `${issue.where}: ${issue.problem}`;
