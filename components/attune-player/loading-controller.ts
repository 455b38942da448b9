import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isolate } from '../../src/isolate.js';
import { scenarioBundleUrl } from '../../src/prefetch.js';
import { completeBundle, openScenarioBundle, ScenarioLoadError, type OpenedBundle, type ScenarioBundle } from '../../src/scenario-bundle.js';
import { emit } from '../shared/events.js';
import type * as PlayModule from './play.js';

export type PlayCode = typeof PlayModule;

let playCode: Promise<PlayCode> | undefined;
/**
 * The playing code (engine, inkjs, the playing screen's elements): not needed for the content
 * note, so it is asked for once the note is on screen, and loads while the trainee reads it.
 */
function loadPlayCode(): Promise<PlayCode> {
  playCode ??= import('./play.js').catch((error: unknown) => {
    playCode = undefined; // let a later attempt try again (e.g. back online)
    throw error;
  });
  return playCode;
}

/** Resolves once what is on screen now has been painted (or soon, in a page that gets no frames). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }),
    );
  });
}

export const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * A scenario opened: a bundle given as a property (taken as checked), or one fetched from `url`
 * with what the content note needs checked (the rest is checked while the note is read).
 */
export type Opened = ({ bundle: ScenarioBundle; url?: undefined } | { bundle: OpenedBundle; url: string }) & {
  /** This browser may hold attempts at it: the way to start waits until they have been read. */
  savedAttempts: boolean;
};

/** Where opening the scenario stands (what the player shows until an attempt has begun). */
export type LoadState = { screen: 'idle' } | { screen: 'loading' } | { screen: 'error'; message: string } | { screen: 'opened'; opened: Opened };

/** What names a scenario: a bundle given directly, a bundle URL, a scenario id and the folder of the bundles. */
export type ScenarioSource = readonly [bundle: ScenarioBundle | undefined, src: string, scenario: string, scenariosBase: string];

export interface LoadingOptions {
  /** What names the scenario: any change opens it afresh. */
  source: () => ScenarioSource;
  /** Whether this browser may hold attempts at the scenario. */
  maySaveAttempts: (scenarioId: string) => boolean;
  /** Another scenario is being opened: let go of the last one. */
  close: () => void;
  /** Builds the story, with the playing code, for attempts; throws if ink cannot load it. */
  prepare: (bundle: ScenarioBundle, play: PlayCode) => void;
  /** The content note is about to show. */
  opened: () => void;
  /** The scenario could not be opened or prepared (also when the page says so). */
  failed: (error: unknown) => void;
}

/**
 * Opens the player's scenario in two `@lit/task` tasks, each aborted when what names the
 * scenario changes: *opening* fetches the bundle and checks what the content note needs;
 * *preparing*, once the note is painted, loads the playing code, checks the rest of the bundle and
 * builds the story while the trainee reads, then fires `attune-ready`.
 */
export class LoadingController implements ReactiveController {
  /** A calm "could not be opened" given by the page (`refuse`), while the scenario it was about is unchanged. */
  private problem?: { message: string; source: ScenarioSource };
  private readonly opening: Task<ScenarioSource, Opened>;
  private readonly preparing: Task<readonly [Opened | undefined], ScenarioBundle>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: LoadingOptions,
  ) {
    host.addController(this); // before the tasks: a page-given problem is dropped before they look at the source
    this.opening = new Task(host, {
      args: options.source,
      task: ([bundle, src, scenario, base], { signal }) => this.open(bundle, src, scenario, base, signal),
      onComplete: () => options.opened(),
      onError: (error) => options.failed(error),
    });
    this.preparing = new Task(host, {
      args: () => [this.opening.value] as const,
      task: ([opened], { signal }) => this.prepare(opened, signal),
      onError: (error) => options.failed(error),
    });
  }

  hostUpdate() {
    // A page-given problem is about the scenario it was given for; another one clears it.
    const problem = this.problem;
    const source = this.options.source();
    if (problem && source.some((value, i) => value !== problem.source[i])) this.problem = undefined;
  }

  /** Where opening stands. */
  get state(): LoadState {
    if (this.problem) return { screen: 'error', message: this.problem.message };
    switch (this.opening.status) {
      case TaskStatus.INITIAL:
        return { screen: 'idle' };
      case TaskStatus.PENDING:
        return { screen: 'loading' };
      case TaskStatus.ERROR:
        return { screen: 'error', message: messageOf(this.opening.error) };
    }
    const opened = this.opening.value;
    if (!opened) return { screen: 'idle' };
    if (this.preparing.status === TaskStatus.ERROR) return { screen: 'error', message: messageOf(this.preparing.error) };
    return { screen: 'opened', opened };
  }

  /** The page has said the scenario cannot be opened (`showLoadError`). */
  get refused(): boolean {
    return this.problem !== undefined;
  }

  /** (Re)opens the scenario; resolves once it is prepared or has failed. */
  async load(): Promise<void> {
    this.problem = undefined;
    await this.opening.run().catch(() => undefined);
    await this.host.updateComplete; // the update that starts preparing
    await this.preparing.taskComplete.catch(() => undefined);
  }

  /** Shows `message` instead of the scenario until another one is named. */
  refuse(message: string) {
    this.options.close();
    this.problem = { message, source: this.options.source() };
    this.host.requestUpdate();
    this.options.failed(new Error(message));
  }

  /** Runs `act` once the scenario opened now is prepared (not if meanwhile another was opened, or it failed). */
  whenPrepared(act: () => void) {
    const opened = this.opening.value;
    void this.preparing.taskComplete.then(() => {
      if (this.opening.value === opened && this.preparing.status === TaskStatus.COMPLETE && !this.problem) act();
    }, () => undefined);
  }

  private async open(bundle: ScenarioBundle | undefined, src: string, scenario: string, base: string, signal: AbortSignal): Promise<Opened | typeof initialState> {
    this.options.close();
    if (bundle) return { bundle, savedAttempts: this.options.maySaveAttempts(bundle.id) };
    let url = src;
    if (!url && scenario) {
      url = scenarioBundleUrl(scenario, base) ?? '';
      if (!url) throw new ScenarioLoadError(`“${isolate(scenario)}” is not a scenario id (ids use lower-case letters, digits and hyphens).`, scenario);
    }
    if (!url) return initialState;
    // Read while the bundle downloads: a page's first look at localStorage takes milliseconds.
    const saved = scenario ? this.options.maySaveAttempts(scenario) : undefined;
    const opened = await openScenarioBundle(url, signal);
    return { bundle: opened, url, savedAttempts: opened.id === scenario && saved !== undefined ? saved : this.options.maySaveAttempts(opened.id) };
  }

  private async prepare(opened: Opened | undefined, signal: AbortSignal): Promise<ScenarioBundle | typeof initialState> {
    // Only for the scenario still being opened, and not once the page has said it cannot be.
    const current = () => !signal.aborted && !this.problem && this.opening.status === TaskStatus.COMPLETE && this.opening.value === opened;
    if (!opened || !current()) return initialState;
    // The content note first: the playing code (its download, and then building the story) would
    // hold it back, on a slow device by hundreds of milliseconds.
    await afterPaint();
    if (!current()) return initialState;
    const play = await loadPlayCode();
    if (!current()) return initialState;
    const bundle = opened.url === undefined ? opened.bundle : completeBundle(opened.bundle, opened.url);
    try {
      this.options.prepare(bundle, play);
    } catch (error) {
      throw new Error(`The story in this scenario is damaged or was made for another version of Attune (${messageOf(error)}).`);
    }
    emit(this.host, 'attune-ready', { scenario: bundle.id, title: bundle.scenario.title, storyHash: bundle.story.hash });
    return bundle;
  }
}
