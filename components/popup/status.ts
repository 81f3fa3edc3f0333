import type { PageStatus } from '@/utils/messaging/protocol';

/**
 * Analysed with something to count: an article, or any page the reader asked
 * to analyse anyway (the content script then reports article: false but paints).
 */
export function analysed(status: PageStatus): boolean {
  return status.state === 'done' && (status.article || Object.values(status.counts).some((n) => n > 0));
}
