/**
 * How `<fp-schema-editor>` checks its draft: with ajv (strict mode, as `formplan publish` does),
 * or, on a page whose Content-Security-Policy forbids code generation (`script-src 'self'` without
 * `'unsafe-eval'`), with the CSP-safe interpreter schema mode uses (`InterpretingValidator`,
 * loaded on demand from the run-time chunk). The host says so with the editor's `interpret`
 * attribute, and no policy violation happens; without it, the first time the browser refuses
 * ajv's code (a `securitypolicyviolation` for `eval`) the editor switches to the interpreter and
 * checks again, so its problems never come from a refused compile.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { checkDraftPack } from '@formplan/core';
import type { MetaSchemaDoc, PackProblem, PackSource, Validator } from '@formplan/core';
import { loadInterpreter } from '../../services/lazy-interpreter.js';

/** The editor as the controller sees it. */
export interface DraftCheckHost extends ReactiveControllerHost, EventTarget {
  /** set by the host: check with the interpreter from the start */
  interpret: boolean;
  /** checks the draft again (when the interpreter has loaded, or after a refused compile) */
  checkNow(): void;
}

/** Chooses the validator of the draft check and runs it. */
export class DraftCheckController implements ReactiveController {
  private evalRefused = false;
  /** the page's interpreter, once loaded */
  private interpreter?: Validator;

  constructor(private readonly host: DraftCheckHost) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('securitypolicyviolation', this.onViolation);
  }

  hostDisconnected(): void {
    document.removeEventListener('securitypolicyviolation', this.onViolation);
  }

  /** Whether the draft is checked with the interpreter. */
  get interpreting(): boolean {
    return this.host.interpret || this.evalRefused;
  }

  /**
   * The problems of the draft, or `undefined` while the interpreter loads (the host is asked to
   * check again once it has; a chunk that cannot be fetched leaves the last problems shown).
   * @param doc - the draft
   * @param metaSchemas - the meta-schemas
   */
  check(doc: PackSource, metaSchemas: readonly MetaSchemaDoc[]): PackProblem[] | undefined {
    if (!this.interpreting) return checkDraftPack(doc, metaSchemas);
    if (this.interpreter) return checkDraftPack(doc, metaSchemas, { interpreter: this.interpreter });
    loadInterpreter().then((v) => {
      this.interpreter = v;
      this.host.checkNow();
    }, () => undefined);
    return undefined;
  }

  private readonly onViolation = (e: SecurityPolicyViolationEvent): void => {
    if (e.blockedURI !== 'eval' || this.interpreting) return;
    this.evalRefused = true;
    this.host.checkNow();
  };
}
