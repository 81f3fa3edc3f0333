/**
 * The in-page controller: decides whether to analyse, runs the engine in
 * slices, paints findings, keeps the legend and card in step with settings,
 * follows dynamic pages, and removes every trace when turned off.
 *
 * State lives here; Preact components only render it (ui-mount.ts) and call
 * back. Settings changes (legend toggles, popup toggles) go through
 * browser.storage, so every view hears them through watchSettings.
 */
import type { CardAnchor } from '@/components/page/Card';
import type { Block } from '../analysis/types';
import { unpackFindings } from '../background/findings-wire';
import { CssHighlightRenderer, supportsCssHighlights } from '../highlight/css-highlights';
import type { HighlightRenderer } from '../highlight/renderer';
import { WrapperRenderer } from '../highlight/wrapper';
import {
  type PackedAnalysisInput,
  type PageFinding,
  type PageStatus,
  sendMessage,
} from '../messaging/protocol';
import { browserVisibility } from '../page/exclusions';
import { findMainContent } from '../page/main-content';
import { buildTextMapInSteps, type TextMap } from '../page/text-map';
import {
  analysesAutomatically,
  getSettings,
  type HighlightStyle,
  type Settings,
  updateSettings,
  watchSettings,
} from '../settings';
import { siteOf } from '../url';
import { hasAddNoteHandler, requestAddNote } from './add-note';
import { AnalysisRunner } from './analysis-runner';
import { ArticleEvidence, declaresArticle } from './article-like';
import { EngineChannel } from './engine-channel';
import {
  countByKind,
  countByLabel,
  type PageItem,
  paintable,
  withoutHiddenLabels,
  zeroCounts,
} from './findings';
import { findingAt } from './hit-test';
import { isNoteUnderPointer } from './hover-owner';
import { nextSlice, runSliced, sliceStats } from './idle';
import { ItemBuilder } from './item-builder';
import { noteOrphanIds } from './notes/start';
import { type PageWatch, watchPage } from './page-watch';
import { removeUiHost, removeUiHostIfEmpty } from './ui-host';
import { mountPageUi, type PageUiMount } from './ui-mount';

type CardVia = 'hover' | 'click' | 'focus';

/** CSS Custom Highlights where the browser has them, unless the reader asked for elements. */
function rendererFor(style: HighlightStyle): HighlightRenderer {
  return style === 'auto' && supportsCssHighlights() ? new CssHighlightRenderer() : new WrapperRenderer();
}

/** Documents with more elements than this wait for their first frame before we read them. */
const LARGE_DOCUMENT_ELEMENTS = 1500;

/**
 * Resolves once the page has rendered a frame (or after 100 ms in a hidden
 * tab, where frames do not run), so the first style and layout of a large
 * page are not paid inside our first task. At once when the page has already
 * painted, or is small: its first layout costs a few milliseconds, and
 * waiting a frame would delay its highlights for nothing.
 */
function afterFirstRender(): Promise<void> {
  if (
    performance.getEntriesByType('paint').length > 0 ||
    document.getElementsByTagName('*').length < LARGE_DOCUMENT_ELEMENTS
  )
    return Promise.resolve();
  return afterNextFrame();
}

/** Resolves in the task after the next rendered frame (or after 100 ms where frames do not run). */
function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

/** True when settings say to analyse this page without being asked. */
const analysesHere = (settings: Settings): boolean => analysesAutomatically(settings, location.href);

/** Delay before a hover opens the card, and before leaving closes it (so the pointer can reach the card). */
const HOVER_OPEN_MS = 120;
const HOVER_CLOSE_MS = 300;

export class PageController {
  private settings: Settings | null = null;
  private state: PageStatus['state'] = 'idle';
  private article = false;
  /** Set once the reader asked for analysis in manual mode (until the page navigates). */
  private requested = false;
  private map: TextMap | null = null;
  private items: PageItem[] = [];
  private painted: PageItem[] = [];
  private renderer: HighlightRenderer = rendererFor('auto');
  // Batches sent before this script has read settings carry the page's URL: the background
  // checks them against its own copy of settings and analyses nothing settings would not allow.
  private engine = new EngineChannel<PackedAnalysisInput>((input) =>
    sendMessage('analysis:runPacked', input),
  );
  private runner = new AnalysisRunner(async (input) =>
    unpackFindings(
      await this.engine.run(this.settings ? input : { ...input, unconfirmedFor: location.href }),
    ),
  );
  private generation = 0;
  private visible = true;
  private legendOpen = false;
  private focusIndex = -1;
  private card: { item: PageItem; via: CardVia } | null = null;
  private ui: PageUiMount | null = null;
  private watch: PageWatch | null = null;
  private stopSettings: (() => void) | null = null;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private pointerOnCard = false;
  private frame = 0;
  private renderFrame = 0;
  private firstPaintMarked = false;
  private readonly onPointerMove = (e: PointerEvent) => this.pointerMoved(e);
  private readonly onClick = (e: MouseEvent) => this.clicked(e);
  private readonly onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.card) this.closeCard();
  };
  private readonly onViewportChange = () => this.viewportChanged();

  async start(): Promise<void> {
    // Connects to the engine while we read settings and the page (waking a stopped worker).
    this.engine.open();
    const rendered = afterFirstRender();
    const settingsRead = getSettings();
    // The page is read, and an article's text sent to the engine, while settings load (the
    // background analyses nothing settings forbid); nothing is drawn until they allow it.
    const allowed = settingsRead.then(
      (settings) => analysesHere(settings),
      () => false,
    );
    // After one yield: the task that injected us (often the page's own DOMContentLoaded work) ends first.
    const early = rendered.then(nextSlice).then(() => {
      performance.mark('rl:rendered');
      // Settings already known and saying no: nothing to read.
      if (this.settings && !analysesHere(this.settings)) return true;
      return this.analyse(false, allowed);
    });
    this.settings = await settingsRead;
    performance.mark('rl:settings');
    // Nothing is painted before settings are known, so the renderer can still be chosen.
    this.renderer = rendererFor(this.settings.highlightStyle);
    this.stopSettings = watchSettings((s) => this.settingsChanged(s));
    if (this.siteDisabled()) {
      this.state = 'disabled';
      return;
    }
    if (!analysesHere(this.settings)) {
      this.activate(rendered);
      return;
    }
    this.activate(rendered, early);
  }

  // ── lifecycle ─────────────────────────────────────────────

  /**
   * Starts watching the page and analyses it when the mode says so. `early`
   * is an analysis started before settings were known: it resolves to false
   * when it left the decision to settings (no main content found).
   */
  private activate(rendered: Promise<void> = afterFirstRender(), early?: Promise<boolean>): void {
    if (!early) this.state = 'idle';
    // A marker tests and the page's own diagnostics can wait for; removed on deactivation.
    document.documentElement.dataset.rhetoricLens = 'active';
    this.watch = watchPage((reason) => void this.pageChanged(reason));
    addEventListener('pointermove', this.onPointerMove, { passive: true });
    addEventListener('click', this.onClick, true);
    addEventListener('keydown', this.onKeyDown, true);
    addEventListener('scroll', this.onViewportChange, { passive: true, capture: true });
    addEventListener('resize', this.onViewportChange, { passive: true });
    if (early) void early.then((handled) => (handled ? undefined : this.analyse()));
    else if (this.settings?.mode !== 'manual') void rendered.then(() => this.analyse());
  }

  /** Removes every trace from the page: highlights, UI host, listeners, observers. */
  private deactivate(): void {
    this.generation++;
    this.watch?.stop();
    this.watch = null;
    removeEventListener('pointermove', this.onPointerMove);
    removeEventListener('click', this.onClick, true);
    removeEventListener('keydown', this.onKeyDown, true);
    removeEventListener('scroll', this.onViewportChange, true);
    removeEventListener('resize', this.onViewportChange);
    clearTimeout(this.hoverTimer);
    cancelAnimationFrame(this.frame);
    cancelAnimationFrame(this.renderFrame);
    this.renderer.clear();
    this.ui?.unmount();
    this.ui = null;
    removeUiHost();
    delete document.documentElement.dataset.rhetoricLens;
    this.map = null;
    this.items = [];
    this.painted = [];
    this.card = null;
    this.focusIndex = -1;
    this.requested = false;
  }

  /** Stops everything (content script invalidated). */
  destroy(): void {
    this.deactivate();
    this.engine.close();
    this.stopSettings?.();
  }

  private siteDisabled(): boolean {
    return !!this.settings?.disabledSites.includes(siteOf(location.href));
  }

  private settingsChanged(next: Settings): void {
    const before = this.settings;
    this.settings = next;
    if (before && before.highlightStyle !== next.highlightStyle) this.switchRenderer(next.highlightStyle);
    const disabled = this.siteDisabled();
    if (disabled && this.state !== 'disabled') {
      this.deactivate();
      this.state = 'disabled';
      return;
    }
    if (!disabled && this.state === 'disabled') {
      this.activate();
      return;
    }
    if (before && before.mode !== next.mode && next.mode !== 'manual' && this.state !== 'done') {
      void this.analyse();
      return;
    }
    this.repaint();
  }

  private async pageChanged(reason: 'content' | 'navigation'): Promise<void> {
    if (this.state === 'disabled') return;
    if (reason === 'navigation') {
      // A new page in a single-page app: forget the old one's findings.
      this.clearPainting();
      this.items = [];
      this.painted = [];
      this.card = null;
      this.focusIndex = -1;
      this.requested = false;
      this.map = null;
      if (this.siteDisabled()) return;
    }
    if (this.settings?.mode === 'manual' && !this.requested) {
      this.article = false;
      this.state = 'idle';
      this.render();
      return;
    }
    await this.analyse();
  }

  // ── analysis ──────────────────────────────────────────────

  /**
   * Finds the main content, maps it, analyses changed blocks and paints.
   * `force` analyses even when the page is not article-like (manual request,
   * "every page" mode).
   *
   * With `allowed`, settings are still loading: the page is found and mapped
   * meanwhile, and once it reads as an article its blocks go to the engine
   * marked unconfirmed (the background analyses them only if its copy of
   * settings allows it on this page); `allowed` resolving to false cancels.
   * Resolves to false when it could not go on without settings (no main
   * content: whether the whole page counts depends on the mode; or the
   * background refused an unconfirmed batch), true otherwise.
   */
  async analyse(force = false, allowed?: Promise<boolean>): Promise<boolean> {
    const early = allowed !== undefined && !this.settings;
    if (!early && (!this.settings || this.siteDisabled())) return true;
    if (force) this.requested = true;
    const generation = ++this.generation;
    const cancelled = () => generation !== this.generation;
    // The fallback's wrappers split the page's text nodes: put them back before the page is read.
    if (this.renderer.mutatesDom) this.clearPainting();
    const opts = { isVisible: browserVisibility };
    const wholePageNow = () => force || this.requested || this.settings?.mode === 'always';
    let wholePage = !early && wholePageNow();
    const root = findMainContent(document, opts) ?? (wholePage ? document.body : null);
    performance.mark('rl:root');
    if (!root) {
      if (early) return false;
      this.article = false;
      this.showNothing();
      return true;
    }
    this.state = 'analysing';
    // Blocks go to the engine while the rest of the page is still being mapped, as soon as
    // the page reads as an article (or at once when the whole page is to be analysed).
    const evidence = new ArticleEvidence(declaresArticle(document, root));
    const builder = new ItemBuilder(cancelled);
    const stream = this.runner.begin(cancelled, builder.take);
    let held: [Block, string][] | null = wholePage ? null : [];
    const release = () => {
      if (!held || !(wholePage || evidence.enough())) return;
      for (const [b, t] of held) stream.add(b, t);
      held = null;
    };
    const onBlock = (block: Block, text: string) => {
      evidence.add(block, text);
      if (!held) {
        stream.add(block, text);
        return;
      }
      held.push([block, text]);
      release();
    };
    const settled = early
      ? (allowed as Promise<boolean>).then((ok) => {
          if (!ok) {
            if (!cancelled()) this.generation++;
            return false;
          }
          wholePage = wholePageNow();
          release();
          return true;
        })
      : Promise.resolve(true);
    const map = await buildTextMapInSteps(root, opts, (step) => runSliced(step, cancelled), onBlock);
    if (!map || cancelled()) return true;
    performance.mark('rl:mapped', { detail: { slices: sliceStats.slices, blocks: map.blocks.length } });
    // The last blocks released go to the engine now, not once settings are read.
    stream.flush();
    if (!(await settled) || cancelled()) return true;
    this.article = evidence.enough();
    if (!this.article && !wholePage) {
      this.showNothing();
      return true;
    }
    if (!(await builder.mapped(map))) return true;
    let findings: Awaited<ReturnType<typeof stream.finish>>;
    try {
      findings = await stream.finish();
    } catch (error) {
      // Refused before settings were read here (the background's copy said no): decide again with them.
      if (early && generation === this.generation) return false;
      // The engine failed (or the background is gone after an update): leave the page as it is.
      console.debug('[Rhetoric Lens] analysis failed', error);
      if (generation === this.generation) this.showNothing();
      return true;
    }
    if (!findings || cancelled()) return true;
    performance.mark('rl:analysed');
    if (!(await builder.finish()) || cancelled()) return true;
    const items = builder.items;
    this.map = map;
    this.items = items;
    this.state = 'done';
    this.focusIndex = Math.min(this.focusIndex, items.length - 1);
    this.card = null;
    // A long list is cheap to paint: the renderer registers only what is near the viewport.
    // The first time, the legend waits for the frame that shows the highlights.
    this.repaint(this.firstPaintMarked ? 'now' : 'after-frame');
    if (!this.firstPaintMarked) {
      this.firstPaintMarked = true;
      performance.mark('rl:painted', {
        detail: { findings: items.length, longestSliceMs: sliceStats.longestMs },
      });
    }
    return true;
  }

  /** Not an article (or nothing to show): no highlights, no UI host. */
  private showNothing(): void {
    this.state = this.settings?.mode === 'manual' && !this.requested ? 'idle' : 'done';
    this.items = [];
    this.painted = [];
    this.map = null;
    this.card = null;
    this.clearPainting();
    this.ui?.unmount();
    this.ui = null;
    // Other features (notes) may still have UI in the host on a non-article page.
    removeUiHostIfEmpty();
  }

  // ── painting & UI ─────────────────────────────────────────

  /**
   * Paints what settings allow and re-renders the legend and card, at once or
   * (`after-frame`) once the browser has drawn the highlights: mounting the
   * UI then costs the reader nothing while the text's highlights appear.
   */
  private repaint(ui: 'now' | 'after-frame' = 'now'): void {
    if (!this.settings || this.state === 'disabled') return;
    this.painted = this.visible ? paintable(this.items, this.settings) : [];
    if (this.renderer.mutatesDom) {
      // Wrapping moved the page's text into our elements: unwrap (which restores the page's own
      // text nodes), let the ranges be made again from the text map, then wrap again.
      this.quietly(() => {
        this.renderer.clear();
        for (const item of this.items) item.resetRange();
        this.renderer.paint(this.painted);
        this.renderer.focus(this.focused());
      });
    } else {
      this.renderer.paint(this.painted);
      this.renderer.focus(this.focused());
    }
    if (this.card && !this.painted.includes(this.card.item)) this.card = null;
    if (this.focusIndex >= this.painted.length) this.focusIndex = -1;
    if (ui === 'now') {
      this.render();
      return;
    }
    const generation = this.generation;
    void (async () => {
      await afterNextFrame();
      if (generation !== this.generation) return;
      // The UI host (shadow root, stylesheet) in one task, the legend's first render in the next.
      if (!this.ui && this.items.length > 0) this.ui = mountPageUi();
      await nextSlice();
      if (generation === this.generation) this.render();
    })();
  }

  /** Draws with another renderer from now on; the items' ranges are made again for it. */
  private switchRenderer(style: HighlightStyle): void {
    this.clearPainting();
    this.renderer = rendererFor(style);
    for (const item of this.items) item.resetRange();
  }

  /** Removes what is painted; the fallback's unwrapping must not look like a page change. */
  private clearPainting(): void {
    this.quietly(() => this.renderer.clear());
  }

  private quietly(fn: () => void): void {
    if (this.renderer.mutatesDom && this.watch) this.watch.quietly(fn);
    else fn();
  }

  private focused(): PageItem | null {
    return this.painted[this.focusIndex] ?? null;
  }

  /** Scroll or resize: the renderer follows the viewport with a long list, the card follows its finding. */
  private viewportChanged(): void {
    if (this.renderFrame || (!this.card && this.painted.length === 0)) return;
    this.renderFrame = requestAnimationFrame(() => {
      this.renderFrame = 0;
      this.renderer.viewportChanged?.();
      if (this.card) this.render();
    });
  }

  private render(): void {
    if (!this.settings || this.state === 'disabled') return;
    if (this.items.length === 0 && this.state !== 'analysing' && !this.ui) return;
    if (!this.ui) this.ui = mountPageUi();
    const settings = this.settings;
    const afterLabels = withoutHiddenLabels(this.items, settings);
    this.ui.update({
      legend: {
        open: this.legendOpen,
        counts: countByKind(afterLabels),
        labelCounts: countByLabel(this.items),
        kinds: settings.kinds,
        hiddenLabels: settings.hiddenLabels,
        visible: this.visible,
        analysing: this.state === 'analysing',
        focus: { index: this.focusIndex, total: this.painted.length },
        onToggleOpen: () => {
          this.legendOpen = !this.legendOpen;
          this.render();
        },
        onToggleKind: (kind, on) => void updateSettings({ kinds: { ...settings.kinds, [kind]: on } }),
        onToggleLabel: (label, on) => {
          const hidden = new Set(this.settings?.hiddenLabels ?? []);
          if (on) hidden.delete(label);
          else hidden.add(label);
          void updateSettings({ hiddenLabels: [...hidden] });
        },
        onStep: (delta) => this.step(delta),
        onToggleVisible: () => this.toggleVisible(),
        onDisableSite: () => void this.disableSite(),
      },
      card: this.card ? this.cardProps(this.card.item) : null,
    });
  }

  private cardProps(item: PageItem) {
    // Below (or above) the whole finding, never over a line of it; aligned with where it starts.
    const box = item.range.getBoundingClientRect();
    const first = item.range.getClientRects()[0] ?? box;
    const anchor: CardAnchor = { top: box.top, bottom: box.bottom, left: first.left };
    const index = this.painted.indexOf(item);
    return {
      finding: item,
      anchor,
      position: this.card?.via === 'focus' ? { index, total: this.painted.length } : undefined,
      canAddNote: hasAddNoteHandler(),
      onAddNote: () =>
        requestAddNote({
          kind: item.kind,
          label: item.label,
          explanation: item.explanation,
          text: item.text,
          start: item.start,
          end: item.end,
          range: item.range,
        }),
      onClose: () => this.closeCard(),
      onPointerEnter: () => {
        this.pointerOnCard = true;
        clearTimeout(this.hoverTimer);
      },
      onPointerLeave: () => {
        this.pointerOnCard = false;
        if (this.card?.via === 'hover') this.hoverTimer = setTimeout(() => this.closeCard(), HOVER_CLOSE_MS);
      },
    };
  }

  private openCard(item: PageItem, via: CardVia): void {
    this.card = { item, via };
    this.render();
  }

  private closeCard(): void {
    if (!this.card) return;
    this.card = null;
    this.pointerOnCard = false;
    this.render();
  }

  // ── reader actions ────────────────────────────────────────

  /** Moves the virtual focus to the next (1) or previous (-1) painted finding, scrolls to it, shows its card. */
  step(delta: 1 | -1): void {
    const n = this.painted.length;
    if (n === 0) return;
    this.focusIndex = this.focusIndex < 0 ? (delta > 0 ? 0 : n - 1) : (this.focusIndex + delta + n) % n;
    const item = this.painted[this.focusIndex] as PageItem;
    this.renderer.focus(item);
    const target = item.range.startContainer.parentElement;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    target?.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    this.openCard(item, 'focus');
  }

  /** Hides or shows all highlights on this tab (the keyboard shortcut); settings stay as they are. */
  toggleVisible(): void {
    this.visible = !this.visible;
    this.repaint();
  }

  async disableSite(): Promise<void> {
    const site = siteOf(location.href);
    const sites = new Set(this.settings?.disabledSites ?? []);
    sites.add(site);
    // Remove traces at once; the settings echo then finds us already disabled.
    this.deactivate();
    this.state = 'disabled';
    if (this.settings) this.settings = { ...this.settings, disabledSites: [...sites] };
    await updateSettings({ disabledSites: [...sites] });
  }

  private pointerMoved(e: PointerEvent): void {
    if (!this.map || this.painted.length === 0 || this.card?.via === 'click' || this.card?.via === 'focus')
      return;
    const { clientX, clientY } = e;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      // A card opened by click or keyboard meanwhile stays until closed explicitly.
      if (!this.map || (this.card && this.card.via !== 'hover')) return;
      // On one of the reader's notes the note's own card opens instead.
      const item = isNoteUnderPointer() ? null : this.itemAt(clientX, clientY);
      clearTimeout(this.hoverTimer);
      if (item && item !== this.card?.item) {
        this.hoverTimer = setTimeout(() => {
          if (isNoteUnderPointer()) return;
          if (!this.card || this.card.via === 'hover') this.openCard(item, 'hover');
        }, HOVER_OPEN_MS);
      } else if (!item && this.card && !this.pointerOnCard) {
        this.hoverTimer = setTimeout(() => {
          if (!this.pointerOnCard && this.card?.via === 'hover') this.closeCard();
        }, HOVER_CLOSE_MS);
      }
    });
  }

  private clicked(e: MouseEvent): void {
    if (!this.map || this.painted.length === 0) return;
    const path = e.composedPath();
    if (path.some((n) => n instanceof Element && n.localName === 'rhetoric-lens-ui')) return;
    // A click on one of the reader's notes edits the note (notes feature); no finding card over it.
    const item = isNoteUnderPointer() ? null : this.itemAt(e.clientX, e.clientY);
    if (item) this.openCard(item, 'click');
    else if (this.card) this.closeCard();
  }

  /** The painted finding under a viewport point. */
  private itemAt(x: number, y: number): PageItem | null {
    if (!this.renderer.itemAt) return this.map ? findingAt(this.map, this.painted, x, y) : null;
    const hit = this.renderer.itemAt(x, y);
    return this.painted.find((item) => item === hit) ?? null;
  }

  // ── what the popup asks ───────────────────────────────────

  status(): PageStatus {
    const painted = this.state === 'done' ? this.painted : [];
    const labelCounts: Record<string, number> = {};
    for (const f of this.items) labelCounts[f.label] = (labelCounts[f.label] ?? 0) + 1;
    return {
      url: location.href,
      title: document.title,
      article: this.article,
      // Before an automatic analysis has begun (settings still loading, the page still rendering),
      // the popup says it is coming and follows it, rather than offering to start it.
      state:
        this.state === 'idle' && (!this.settings || analysesHere(this.settings)) ? 'analysing' : this.state,
      counts: this.state === 'done' ? countByKind(painted) : zeroCounts(),
      labelCounts,
      orphanIds: noteOrphanIds(),
    };
  }

  findings(): PageFinding[] {
    return this.painted.map((f) => ({
      kind: f.kind,
      label: f.label,
      text: f.text,
      explanation: f.explanation,
      score: f.score,
    }));
  }
}
