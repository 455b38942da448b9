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
window.__benchInit = (kind, { watchFirstScreen = true } = {}) => {
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
  /** The page's own scripts and style sheets whose download started before `until` (paths). */
  const codeFetched = (until) =>
    performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime <= until)
      .map((e) => new URL(e.name))
      .filter((u) => u.origin === location.origin && /\.(m?js|css)$/.test(u.pathname))
      .map((u) => u.pathname);
  const scenarioFetched = () => {
    const entry = performance.getEntriesByType('resource').find((e) => e.name.includes('/scenarios/'));
    return entry ? entry.responseEnd : undefined;
  };
  const marks = {};

  const player = () => document.querySelector('attune-player');
  const playerChoices = () => player()?.shadowRoot?.querySelector('attune-choices') ?? undefined;
  const optionButtons = (choices) => [...(choices?.shadowRoot?.querySelectorAll('button.option') ?? [])];
  const noteBegin = () => player()?.shadowRoot?.querySelector('attune-content-note')?.shadowRoot?.querySelector('[part~="begin"]') ?? undefined;

  document.addEventListener('attune-ready', () => (marks.ready = performance.now()), { once: true });

  /**
   * The first interactive screen, painted: the player's content note with its Begin button (or its
   * first choices when a scenario has no note), the baseline's first choices. The player's screen
   * lives in shadow roots, so it is looked for in every frame (a frame's callbacks run before its
   * paint: the frame that first has it paints it).
   */
  const firstScreen = new Promise((resolve, reject) => {
    if (!watchFirstScreen) return;
    const done = (what, painted) => {
      marks.firstScreen = painted;
      marks.firstScreenIs = what;
      resolve(marks);
    };
    if (kind === 'player') {
      const started = performance.now();
      const look = () =>
        requestAnimationFrame(() => {
          const begin = noteBegin();
          const what = begin ? 'note' : optionButtons(playerChoices()).length > 0 ? 'choices' : undefined;
          if (what) {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => done(what, performance.now());
            channel.port2.postMessage(null);
          } else if (performance.now() - started > 60_000) reject(new Error('no first screen within 60 s'));
          else look();
        });
      look();
    } else {
      const observer = new MutationObserver(() => {
        if (!document.querySelector('.choice a')) return;
        observer.disconnect();
        void afterPaint().then((t) => done('choices', t));
      });
      observer.observe(document, { childList: true, subtree: true });
    }
  });

  /** What the first screen cost: the code fetched before it, when the scenario arrived (call once the page has settled). */
  function firstScreenDetails() {
    return { ...marks, files: codeFetched(marks.firstScreen), scenarioFetched: scenarioFetched() };
  }

  /**
   * Times click (at `t0`) → the frame that paints what `arrived()` looks for: `painted`, and `work`
   * (`painted` less the idle waits for frames to start), `rendered` (the player's update done).
   */
  async function untilPainted(el, t0, arrived) {
    await el.updateComplete;
    const next = playerChoices();
    if (next) await next.updateComplete;
    const tDom = performance.now();
    let frame = await waitForFrame();
    let idle = Math.max(0, frame.frameStart - tDom);
    for (let tries = 0; !arrived(); tries++) {
      if (tries > 3600) throw new Error('what the click leads to never appeared');
      const previous = frame.painted;
      frame = await waitForFrame();
      idle += Math.max(0, frame.frameStart - previous);
    }
    return { rendered: tDom - t0, painted: frame.painted - t0, work: frame.painted - t0 - idle, ended: !playerChoices() && Boolean(el.shadowRoot.querySelector('.ending')) };
  }

  /** Player: presses the content note's Begin and times it until the first choices are painted (built meanwhile if need be). */
  async function begin() {
    const el = player();
    const button = noteBegin();
    if (!button) throw new Error('no begin button on the content note');
    const t0 = performance.now();
    button.click();
    return untilPainted(el, t0, () => optionButtons(playerChoices()).length > 0);
  }

  /** Player (the memory series): begins as soon as the note is rendered. */
  async function beginPlayer() {
    const el = player();
    await el.updateComplete;
    const note = el.shadowRoot.querySelector('attune-content-note');
    await note.updateComplete;
    await begin();
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
    return untilPainted(el, t0, () => {
      const now = playerChoices();
      return !now ? Boolean(el.shadowRoot.querySelector('.ending, attune-feedback, .notice')) : now.step !== before && optionButtons(now).length > 0;
    });
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

  window.__bench = { marks, firstScreen, firstScreenDetails, afterPaint, begin, stepPlayer, stepBaseline, playPlayer, playBaseline, playScenario };
};
