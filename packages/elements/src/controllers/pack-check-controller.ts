/**
 * The validator of an element's pack checks (`<fp-schema-editor>`'s draft, `<fp-rollover>`'s new
 * pack): ajv, or on a page under a strict Content-Security-Policy the CSP-safe interpreter
 * (services/pack-checker.ts chooses, for the whole page). The element's `interpret` attribute
 * asks for the interpreter, so no policy violation happens; without it, the first time the browser
 * refuses ajv's code the element is told to check again, with the interpreter, so its problems
 * never come from a refused compile.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Validator } from '@formplan/core';
import { interpretPackChecks, loadedPackInterpreter, packChecksInterpreted, packInterpreter, watchEvalRefusal } from '../services/pack-checker.js';

/** An element whose packs are checked. */
export interface PackCheckHost extends ReactiveControllerHost {
  /** set by the host: check with the interpreter from the start */
  interpret: boolean;
}

/** What a pack check is given: no interpreter (ajv), or the interpreter. */
export interface PackCheckOptions {
  interpreter?: Validator;
}

/** Chooses the validator of an element's pack checks. */
export class PackCheckController implements ReactiveController {
  private unwatch?: () => void;

  /**
   * @param host - the element
   * @param recheck - called when the element should check again: the page switched to the
   *   interpreter, or the interpreter {@link now} waited for has loaded
   */
  constructor(private readonly host: PackCheckHost, private readonly recheck: () => void) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unwatch ??= watchEvalRefusal(this.recheck);
  }

  hostDisconnected(): void {
    this.unwatch?.();
    this.unwatch = undefined;
  }

  /** The options of a check now, or `undefined` while the interpreter loads (`recheck` follows once it has). */
  now(): PackCheckOptions | undefined {
    if (this.host.interpret) interpretPackChecks();
    if (!packChecksInterpreted()) return {};
    const interpreter = loadedPackInterpreter();
    if (interpreter) return { interpreter };
    packInterpreter().then(this.recheck, () => undefined);
    return undefined;
  }

  /** The options of a check, once the interpreter (if used) has loaded. */
  async ready(): Promise<PackCheckOptions> {
    if (this.host.interpret) interpretPackChecks();
    return { interpreter: await packInterpreter() };
  }
}
