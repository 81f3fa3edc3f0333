import { expect, it, describe as suite } from 'vitest';
import { describe } from '../anchoring/describe';
import { anchorRequest } from './anchoring-service';

suite('anchorRequest', () => {
  const text = 'The council said turnout rose to 85 percent in 2010. Critics called it a reckless scheme.';
  const target = describe(text, text.indexOf('85 percent'), text.indexOf('85 percent') + 10);

  it('returns the offsets of each passage in the (edited) text, null for a lost one', () => {
    const edited = `Update: ${text}`.replace('The council', 'A panel').replace('Critics', 'Many critics');
    const lost = describe(text, 0, 11);
    if (!target || !lost) throw new Error('fixture');
    const result = anchorRequest({ text: edited, targets: [target, lost] });
    const at = edited.indexOf('85 percent');
    expect(result[0]).toEqual({ start: at, end: at + 10 });
    expect(result[1]).toBeNull();
  });

  it('refuses malformed requests', () => {
    expect(() => anchorRequest({ text: 3, targets: [] })).toThrow(/anchoring request/);
    expect(() => anchorRequest({ text, targets: [{ quote: {} }] })).toThrow(/anchoring request/);
  });
});
