// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { useProgressiveCount } from './useProgressiveCount';

function List({ total }: { total: number }) {
  const shown = useProgressiveCount(total, 8);
  return (
    <ul>
      {Array.from({ length: shown }, (_, i) => (
        <li key={i}>{i}</li>
      ))}
    </ul>
  );
}

const items = (root: HTMLElement) => root.querySelectorAll('li').length;

describe('useProgressiveCount', () => {
  it('renders a first screenful, then every item once that frame is painted', async () => {
    const root = document.createElement('div');
    render(<List total={25} />, root);
    expect(items(root)).toBe(8);
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(items(root)).toBe(25);
  });

  it('renders a short list whole at once, and keeps showing all as it grows', async () => {
    const root = document.createElement('div');
    render(<List total={5} />, root);
    expect(items(root)).toBe(5);
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    render(<List total={30} />, root);
    expect(items(root)).toBe(8);
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(items(root)).toBe(30);
    render(<List total={31} />, root);
    expect(items(root)).toBe(31);
  });
});
