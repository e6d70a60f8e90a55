// @vitest-environment jsdom
/**
 * The change batcher: what it observes (scoped), what it skips, and how it batches work to at
 * most one run per animation frame (frames are driven by hand through `requestFrame`).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startChangeBatcher, type ChangeBatcher } from '../../../lib/content/change-batcher';
import type { ChangeKind } from '../../../lib/content/relevance';

/** MutationObserver callbacks are microtasks: let them run. */
const settle = () => new Promise<void>((done) => setTimeout(done, 0));

let abort: AbortController;

function start(
  classify: (r: MutationRecord) => ChangeKind | null = () => 'value',
  isRelevantTarget: (t: EventTarget | null) => boolean = () => true,
) {
  const runs: ChangeKind[] = [];
  const seen: MutationRecord[] = [];
  const frames: (() => void)[] = [];
  const batcher: ChangeBatcher = startChangeBatcher({
    root: document,
    signal: abort.signal,
    isRelevant: (r) => {
      seen.push(r);
      return classify(r);
    },
    isRelevantTarget,
    run: (kind) => runs.push(kind),
    requestFrame: (cb) => frames.push(cb),
  });
  /** Runs the callbacks queued for the next animation frame. */
  const nextFrame = () => {
    for (const cb of frames.splice(0)) cb();
  };
  return { batcher, runs, seen, frames, nextFrame };
}

const el = (id: string) => document.getElementById(id) as HTMLElement;

beforeEach(() => {
  abort = new AbortController();
  document.body.innerHTML = `
    <div id="ticker">09:00:00</div>
    <main id="area"><form id="f"><input id="amount" value="1"><span id="level">普通</span></form></main>`;
});
afterEach(() => abort.abort());

describe('change batcher', () => {
  it('runs the first relevant change of a frame at once, then coalesces the rest into one run next frame', async () => {
    const batch = start();
    const { runs, nextFrame } = batch;
    el('f').append(document.createElement('p'));
    await settle();
    expect(runs).toEqual(['value']);

    el('f').append(document.createElement('p'));
    await settle();
    el('f').append(document.createElement('p'));
    await settle();
    expect(runs).toEqual(['value']); // same frame: held back

    nextFrame();
    expect(runs).toEqual(['value', 'value']); // both held-back changes: one run
    const { frames } = batch;
    nextFrame();
    expect(runs).toEqual(['value', 'value']); // nothing pending: nothing runs, the batch ends
    expect(frames).toEqual([]);

    el('f').append(document.createElement('p'));
    await settle();
    expect(runs).toEqual(['value', 'value', 'value']);
  });

  it('a structure change held back in a frame wins over value changes in the same frame', async () => {
    const kinds: ChangeKind[] = ['value', 'structure', 'value'];
    const { runs, nextFrame } = start(() => kinds.shift() ?? null);
    for (let i = 0; i < 3; i++) {
      el('f').append(document.createElement('p'));
      await settle();
    }
    expect(runs).toEqual(['value']);
    nextFrame();
    expect(runs).toEqual(['value', 'structure']);
  });

  it('in one observer callback, a structure record wins whatever its position', async () => {
    const { runs } = start((r) => ((r.target as Element).id === 'area' ? 'structure' : 'value'));
    el('f').append(document.createElement('p'));
    el('area').append(document.createElement('p'));
    el('f').append(document.createElement('p'));
    await settle();
    expect(runs).toEqual(['structure']);
  });

  it('skips records the profile does not care about', async () => {
    const { runs, seen } = start((r) => ((r.target as Element).id === 'ticker' ? null : 'value'));
    el('ticker').append('!');
    await settle();
    expect(seen).toHaveLength(1);
    expect(runs).toEqual([]);
  });

  it('observes structure only below the scope it was given', async () => {
    const { batcher, runs, seen } = start();
    batcher.watchStructure(el('area'));
    el('ticker').append(document.createElement('b'));
    document.body.append(document.createElement('aside'));
    await settle();
    expect(seen).toEqual([]);
    el('f').append(document.createElement('p'));
    await settle();
    expect(seen.map((r) => r.type)).toEqual(['childList']);
    expect(runs).toEqual(['value']);
  });

  it('observes values (text, value-like attributes) only on the watched elements', async () => {
    const { batcher, seen } = start();
    el('amount').setAttribute('value', '2'); // not watched yet: structure observers ignore attributes
    (el('level').firstChild as Text).data = '金卡';
    await settle();
    expect(seen).toEqual([]);

    batcher.watchValues([el('amount'), el('level')]);
    el('amount').setAttribute('value', '3');
    el('amount').setAttribute('class', 'focused'); // not a value-like attribute
    (el('level').firstChild as Text).data = '钻石';
    el('ticker').setAttribute('value', 'x'); // not watched
    await settle();
    expect(seen.map((r) => [r.type, r.attributeName ?? null])).toEqual([
      ['attributes', 'value'],
      ['characterData', null],
    ]);

    batcher.watchValues([el('level')]); // replaces the previous set
    el('amount').setAttribute('value', '4');
    await settle();
    expect(seen).toHaveLength(2);
  });

  it('typing (input/change events, no mutation) schedules a value run for relevant targets only', async () => {
    const { runs, nextFrame } = start(
      () => null,
      (t) => t === el('amount'),
    );
    el('ticker').dispatchEvent(new Event('input', { bubbles: true }));
    expect(runs).toEqual([]);
    el('amount').dispatchEvent(new Event('input', { bubbles: true }));
    expect(runs).toEqual(['value']);
    el('amount').dispatchEvent(new Event('change', { bubbles: true }));
    expect(runs).toEqual(['value']);
    nextFrame();
    expect(runs).toEqual(['value', 'value']);
    await settle();
  });

  it('flush schedules a run like a change does: at once, or batched within a frame', () => {
    const { batcher, runs, nextFrame } = start();
    batcher.flush('structure');
    expect(runs).toEqual(['structure']);
    batcher.flush('value');
    batcher.flush('structure');
    batcher.flush('value');
    expect(runs).toEqual(['structure']);
    nextFrame();
    expect(runs).toEqual(['structure', 'structure']);
  });

  it('after abort nothing runs: no mutations, no events, no flush, no held-back run', async () => {
    const { batcher, runs, seen, nextFrame } = start();
    batcher.flush('value');
    batcher.flush('structure'); // held back for the next frame
    abort.abort();
    nextFrame();
    batcher.flush('value');
    el('f').append(document.createElement('p'));
    el('amount').dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    expect(runs).toEqual(['value']);
    expect(seen).toEqual([]);
  });
});
