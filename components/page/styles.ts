/**
 * Styles of the in-page UI (legend and card), adopted into the UI host's
 * shadow root as a constructable stylesheet so page CSP cannot block them.
 * Calm, legible, light/dark by the reader's colour scheme, visible focus.
 */
export const PAGE_UI_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.ui {
  --bg: #fdfdfc; --fg: #1f2328; --muted: #5d6670; --border: #d4d7db; --hover: #eef1f4;
  --focus: #1a5fd0; --claim: #2d62c8; --figure: #a56a00; --figure-tint: rgba(240, 170, 0, 0.28); --framing: #c2336b;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--fg);
}
@media (prefers-color-scheme: dark) {
  .ui {
    --bg: #1f2226; --fg: #e8eaed; --muted: #a4abb3; --border: #3c4148; --hover: #2b2f35;
    --focus: #8ab4f8; --claim: #7aa7ff; --figure: #f0b429; --figure-tint: rgba(240, 180, 40, 0.3); --framing: #ff7aa8;
  }
}
button, input { font: inherit; color: inherit; }
button:focus-visible, input:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.muted { color: var(--muted); }
.btn {
  border: 1px solid var(--border); background: var(--bg); border-radius: 6px; padding: 4px 10px; cursor: pointer;
}
.btn:hover:not(:disabled) { background: var(--hover); }
.btn:disabled { opacity: .55; cursor: default; }
.icon-btn {
  border: 0; background: transparent; border-radius: 6px; min-width: 26px; height: 26px; cursor: pointer;
  font-size: 16px; line-height: 1; color: var(--fg);
}
.icon-btn:hover:not(:disabled) { background: var(--hover); }
.icon-btn:disabled { opacity: .4; cursor: default; }

/* A word drawn the way the page draws each kind: underline style tells kinds apart, not colour alone. */
.sample { flex: none; font-size: 12px; line-height: 1.2; padding: 0 1px; text-decoration-thickness: 2px; text-underline-offset: 2px; }
.sample-claim { text-decoration: underline solid var(--claim); text-decoration-thickness: 2px; }
.sample-figure { background: var(--figure-tint); text-decoration: underline dotted var(--figure); text-decoration-thickness: 2px; }
.sample-framing { text-decoration: underline wavy var(--framing); text-decoration-thickness: 1.5px; }

.legend {
  position: fixed; right: 16px; bottom: 16px; width: max-content; max-width: min(320px, calc(100vw - 32px));
  background: var(--bg); border: 1px solid var(--border); border-radius: 10px;
  box-shadow: 0 4px 18px rgba(0, 0, 0, .14); pointer-events: auto;
}
.legend-bar { display: flex; align-items: center; gap: 2px; padding: 4px 6px; }
.legend-toggle {
  display: flex; align-items: center; gap: 10px; border: 0; background: transparent; cursor: pointer;
  padding: 4px 6px; border-radius: 6px;
}
.legend-toggle:hover { background: var(--hover); }
.logo { font-weight: 700; font-size: 11px; letter-spacing: .04em; color: var(--bg); background: var(--fg); border-radius: 4px; padding: 1px 4px; }
.chip { display: inline-flex; align-items: center; gap: 4px; font-variant-numeric: tabular-nums; }
.chip.off { opacity: .45; text-decoration: line-through; }
.pos { min-width: 40px; text-align: center; font-variant-numeric: tabular-nums; color: var(--muted); }
.legend-body { border-top: 1px solid var(--border); padding: 8px 10px 10px; }
.kinds, .labels { list-style: none; margin: 0; padding: 0; }
.row, .labels li { display: flex; align-items: center; gap: 8px; }
.row { min-height: 30px; }
.check { display: flex; align-items: center; gap: 8px; flex: 1; cursor: pointer; }
.check input { margin: 0; accent-color: var(--focus); }
.count { color: var(--muted); font-variant-numeric: tabular-nums; min-width: 2ch; text-align: right; }
.labels { margin: 0 0 6px 22px; }
.labels li { min-height: 26px; padding-right: 34px; }
.legend-actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }

.card {
  position: fixed; width: 320px; max-width: calc(100vw - 16px); padding: 10px 12px 12px;
  background: var(--bg); border: 1px solid var(--border); border-left: 4px solid var(--accent, var(--border));
  border-radius: 8px; box-shadow: 0 6px 24px rgba(0, 0, 0, .18); pointer-events: auto;
}
.card.kind-claim { --accent: var(--claim); }
.card.kind-figure { --accent: var(--figure); }
.card.kind-framing { --accent: var(--framing); }
.card-head { display: flex; align-items: center; gap: 8px; }
.card-title { margin: 0; font-size: 13px; font-weight: 650; flex: 1; }
.card-label { font-weight: 500; color: var(--muted); }
.card-pos { color: var(--muted); font-variant-numeric: tabular-nums; }
.card-quote { margin: 6px 0 0; color: var(--muted); font-style: italic; }
.card-explanation { margin: 6px 0 0; }
.card-value { margin: 6px 0 0; font-variant-numeric: tabular-nums; }
.card-actions { margin-top: 10px; display: flex; gap: 6px; }
`;
