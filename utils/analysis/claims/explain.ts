/**
 * One plain sentence saying why a claim is worth checking, built from the
 * strongest evidence the features found.
 */
import type { Evidence } from './features';

export function explainClaim(text: string, evidence: Evidence, reported: boolean): string {
  const figure = evidence.figure ? quoteOf(text, evidence.figure) : undefined;
  const entity = evidence.entity ? text.slice(evidence.entity.start, evidence.entity.end) : undefined;
  const about = entity ? ` about ${entity}` : '';
  if (reported) {
    const who = entity ? `${entity}'s words` : 'what someone said';
    return `Reports ${who}${figure ? ` including a figure (${figure})` : ''}: a reader can check that it was said and whether it is true.`;
  }
  if (figure && evidence.change)
    return `States a change (${evidence.change}, ${figure})${about}: a reader can check it against official figures.`;
  if (figure)
    return `States a specific figure (${figure})${about}: a reader can check it against records or data.`;
  if (evidence.causal)
    return `Presents a cause as fact ("${evidence.causal}")${about}: a reader can check whether evidence supports the link.`;
  if (evidence.past && entity)
    return `Describes an event involving ${entity}: a reader can check it against news reports.`;
  if (entity)
    return `Asserts something specific about ${entity}: a reader can check it against reliable sources.`;
  return 'Makes a specific factual assertion: a reader can check it against reliable sources.';
}

function quoteOf(text: string, span: { start: number; end: number }): string {
  // Extend a figure to the next word ("85" → "85 percent") for a readable mention.
  const rest = /^[\s\u00a0]?[\p{L}%]+/u.exec(text.slice(span.end, span.end + 20));
  return text.slice(span.start, span.end) + (rest ? rest[0] : '');
}
