/**
 * What every LMS reporter (SCORM 1.2, SCORM 2004, cmi5) offers the glue in `attach.ts`, and the
 * status messages a launch page shows the trainee. Messages are calm and say what happens next;
 * technical detail goes to `detail` (and the console), never in the trainee's face.
 */
import type { AttemptReport } from './report.js';

export type LmsKind = 'scorm12' | 'scorm2004' | 'cmi5';

export interface LmsStart {
  /** The LMS's stored resume data (or this device's longer copy): a replay code. */
  resumeCode?: string;
  /** The mastery score the LMS asks for (0–1), overriding the scenario's, when it sets one. */
  mastery?: number;
  /** `normal` records results; `browse` and `review` play without recording. */
  mode: 'normal' | 'browse' | 'review';
  learnerId: string;
  learnerName?: string;
}

export type LmsStatusLevel = 'ok' | 'info' | 'warning';

export interface LmsStatus {
  level: LmsStatusLevel;
  /** For the trainee: one or two calm sentences. */
  message: string;
  /** For support staff: the LMS's error codes and the element concerned. */
  detail?: string;
}

export interface LmsReporter {
  readonly kind: LmsKind;
  /** Connects (Initialize / cmi5 launch) and reads what the LMS holds for this attempt. */
  start(): Promise<LmsStart>;
  /** Sends the attempt as it stands after a decision (and right after start or resume). */
  record(report: AttemptReport): Promise<void>;
  /** The attempt reached its end: final status and score, then a proper finish (Terminate). */
  complete(report: AttemptReport): Promise<void>;
  /** The page is going away: save and finish, synchronously where the standard allows. */
  suspend(): void;
  /** The page may come back (bfcache): save without finishing. */
  flush(): void;
  /** Fires on every change of connection health. */
  onStatus(listener: (status: LmsStatus) => void): void;
  /** True once the LMS has been finished (Terminate / terminated statement). */
  readonly finished: boolean;
  /**
   * Where the LMS asks the trainee to be sent when they leave (cmi5 `returnURL`, §10.2.6). With
   * one, the launch page offers "Return to your course", which calls `exit`.
   */
  readonly returnURL?: string | undefined;
  /** The trainee leaves: finish the session, then go to `returnURL`. False if the LMS could not be told. */
  exit?(): Promise<boolean>;
}

/** The launch belongs to a session that has already ended (e.g. the page reloaded after it was left). */
export class LmsSessionEnded extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LmsSessionEnded';
  }
}

export class StatusEmitter {
  private listeners: ((status: LmsStatus) => void)[] = [];
  last?: LmsStatus;

  on(listener: (status: LmsStatus) => void) {
    this.listeners.push(listener);
    if (this.last) listener(this.last);
  }

  emit(status: LmsStatus) {
    if (this.last && this.last.level === status.level && this.last.message === status.message) return;
    this.last = status;
    for (const l of this.listeners) l(status);
  }
}

export const MESSAGES = {
  retrying:
    'Your course is not accepting results right now. Your progress is safe on this device and will be sent automatically; you can carry on.',
  recovered: 'Your results are being saved to your course again.',
  tooLong:
    'This attempt has grown too long for your course to store a resume point. Your answers and scores are still being sent, and your progress is kept on this device.',
  notSent:
    'Your results could not be sent to your course yet. They are kept safely on this device and will be sent the next time you open this activity.',
  standalone: 'No course connection was found, so this scenario is running on its own: nothing you do here is recorded or sent to your course.',
  expired:
    'Your course no longer accepts results from this page (the session has expired or was closed), so nothing more can be sent from here. Your answers so far are kept on this device: reopen the activity from your course page to carry on and send them.',
  sessionEnded:
    'This visit to the activity has ended, so nothing more can be sent to your course from this page. To carry on where you left off, reopen the activity from your course page.',
  refused: 'Your course refused one of the results sent to it. The others are still being sent; if your grade looks wrong, tell your course leader.',
  left: 'Your results have been sent to your course. Returning you to your course…',
  review: 'You are reviewing this activity: nothing you do now changes your recorded results.',
  storyChanged:
    'This scenario has been updated since your last visit, so your earlier attempt cannot be continued exactly. It starts again from the beginning.',
  finished: 'This attempt has been sent to your course. To try again, reopen the activity from your course page.',
} as const;
