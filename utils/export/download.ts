/**
 * Saves an export file. From an extension page (popup, dashboard) an object
 * URL clicked through `<a download>` saves without a prompt in Chromium and is
 * seen by the browser (and by playwright) as an ordinary download. Firefox
 * closes the popup before such a click completes, so there the downloads API
 * saves the same object URL.
 */
import { browser } from 'wxt/browser';
import type { ExportFile } from './types';

/** Long enough for the browser to have read the blob; revoking sooner can cancel the download. */
const REVOKE_AFTER_MS = 60_000;

export async function downloadFile(file: ExportFile, doc: Document = document): Promise<void> {
  const blob = new Blob([file.content], { type: file.mime });
  const url = URL.createObjectURL(blob);
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  if (import.meta.env.FIREFOX && browser.downloads?.download) {
    await browser.downloads.download({ url, filename: file.filename, saveAs: false });
    return;
  }
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
}
