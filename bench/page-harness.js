/* global requestAnimationFrame, MessageChannel, MutationObserver, location */
/**
 * In-page helpers of the browser benchmark, injected before any page script runs
 * (`page.evaluateOnNewDocument`), then called with `page.evaluate('__bench.…')`. Plain JS on
 * purpose: it is sent to the page as source text, untouched by any transpiler.
 *
 * "Painted" = a requestAnimationFrame callback after the DOM change, then a message posted from it:
 * the message runs once that frame's style, layout and paint are done. Frames come on the
 * display's clock (60 Hz), so a change waits 0–16.7 ms for the next one whatever the page does;
 * `waitForFrame` reports that idle wait (the frame's start minus the moment the DOM was ready)
 * so that latency can be given without it.
 */
window.__benchInit = (kind, { autoBegin = true } = {}) => {
  const waitForFrame = () =>
    new Promise((resolve) =>
      requestAnimationFrame((frameStart) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ frameStart, painted: performance.now() });
        channel.port2.postMessage(null);
      }),
    );
  const afterPaint = async () => (await waitForFrame()).painted;
  const once = (target, type) => new Promise((resolve) => target.addEventListener(type, resolve, { once: true }));
  /** The page's own scripts and style sheets fetched so far (paths). */
  const codeLoaded = () =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name))
      .filter((u) => u.origin === location.origin && /\.(m?js|css)$/.test(u.pathname))
      .map((u) => u.pathname);
  const scenarioFetched = () => {
    const entry = performance.getEntriesByType('resource').find((e) => e.name.includes('/scenarios/'));
    return entry ? entry.responseEnd : undefined;
  };
  const marks = {};
  let resolveFirst;
  let rejectFirst;
  const firstChoice = new Promise((resolve, reject) => {
    resolveFirst = resolve;
    rejectFirst = reject;
  });

  const player = () => document.querySelector('attune-player');
  const playerChoices = () => player()?.shadowRoot?.querySelector('attune-choices') ?? undefined;
  const optionButtons = (choices) => [...(choices?.shadowRoot?.querySelectorAll('button.option') ?? [])];

  /** Player: clicks the content note's begin button as soon as it is rendered. */
  async function beginPlayer() {
    const el = player();
    await el.updateComplete;
    const note = el.shadowRoot.querySelector('attune-content-note');
    await note.updateComplete;
    const begin = note.shadowRoot.querySelector('[part~="begin"]');
    if (!begin) throw new Error('no begin button on the content note');
    begin.click();
    await el.updateComplete;
    const choices = playerChoices();
    if (!choices) throw new Error('no choices after begin');
    await choices.updateComplete;
    if (optionButtons(choices).length === 0) throw new Error('no option buttons');
  }

  if (kind === 'player' && autoBegin) {
    document.addEventListener(
      'attune-ready',
      async () => {
        try {
          marks.ready = performance.now();
          await beginPlayer();
          marks.choicesInDom = performance.now();
          marks.firstChoice = await afterPaint();
          marks.scenarioFetched = scenarioFetched();
          marks.files = codeLoaded();
          resolveFirst(marks);
        } catch (error) {
          rejectFirst(error);
        }
      },
      { once: true },
    );
  } else if (kind === 'baseline') {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('.choice a')) return;
      observer.disconnect();
      marks.choicesInDom = performance.now();
      void afterPaint().then((t) => {
        marks.firstChoice = t;
        marks.scenarioFetched = scenarioFetched();
        marks.files = codeLoaded();
        resolveFirst(marks);
      });
    });
    observer.observe(document, { childList: true, subtree: true });
  }

  /**
   * One choice: clicks option `step % n` and times click → next choice set (or the ending) painted.
   * Returns null when there is nothing to choose. The player must be in assessment mode (no
   * feedback between choices). `work` is `painted` less the idle wait for the frame to start.
   */
  async function stepPlayer(step) {
    const el = player();
    const choices = playerChoices();
    if (!choices) return null;
    await choices.updateComplete;
    const buttons = optionButtons(choices);
    const before = choices.step;
    const t0 = performance.now();
    buttons[step % buttons.length].click();
    await el.updateComplete;
    const next = playerChoices();
    if (next) await next.updateComplete;
    const tDom = performance.now();
    let frame = await waitForFrame();
    let idle = Math.max(0, frame.frameStart - tDom);
    for (let tries = 0; ; tries++) {
      const now = playerChoices();
      if (!now ? el.shadowRoot.querySelector('.ending, attune-feedback, .notice') : now.step !== before && optionButtons(now).length > 0) break;
      if (tries > 200) throw new Error(`step ${step}: the next choice set never appeared`);
      const previous = frame.painted;
      frame = await waitForFrame();
      idle += Math.max(0, frame.frameStart - previous);
    }
    return { rendered: tDom - t0, painted: frame.painted - t0, work: frame.painted - t0 - idle, ended: !playerChoices() && Boolean(el.shadowRoot.querySelector('.ending')) };
  }

  async function stepBaseline(step) {
    const links = [...document.querySelectorAll('.choice a')];
    if (links.length === 0) return null;
    const t0 = performance.now();
    links[step % links.length].click();
    const tDom = performance.now();
    const frame = await waitForFrame();
    return { rendered: tDom - t0, painted: frame.painted - t0, work: frame.painted - t0 - Math.max(0, frame.frameStart - tDom), ended: document.querySelectorAll('.choice a').length === 0 };
  }

  /** Plays the current scenario to its end (see stepPlayer), returning the number of decisions. */
  async function playPlayer() {
    let step = 0;
    while (await stepPlayer(step)) step++;
    return step;
  }

  async function playBaseline() {
    let step = 0;
    while (await stepBaseline(step)) step++;
    return step;
  }

  /** Player: loads scenario `id` in the page's player, plays it to the end and opens the debrief. */
  async function playScenario(id) {
    const el = player();
    const ready = once(el, 'attune-ready');
    const failed = once(el, 'attune-error').then((e) => {
      if (e.detail.kind === 'load') throw new Error(`${id}: ${e.detail.message}`);
      return ready;
    });
    if (el.scenario === id) void el.load();
    else el.scenario = id;
    await Promise.race([ready, failed]);
    await beginPlayer();
    const decisions = await playPlayer();
    await afterPaint();
    const ending = el.shadowRoot.querySelector('.ending-button');
    if (!ending) throw new Error(`${id}: no ending button`);
    ending.click();
    // The debrief is a chunk of its own: the player switches screens once it has loaded.
    for (let frames = 0; el.screen !== 'debrief' && frames < 600; frames++) await afterPaint();
    await el.updateComplete;
    const debrief = el.shadowRoot.querySelector('attune-debrief');
    if (!debrief) throw new Error(`${id}: no debrief`);
    await debrief.updateComplete;
    await afterPaint();
    return decisions;
  }

  window.__bench = { marks, firstChoice, afterPaint, stepPlayer, stepBaseline, playPlayer, playBaseline, playScenario };
};
