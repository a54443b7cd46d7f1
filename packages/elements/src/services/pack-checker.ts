/**
 * Which validator checks packs on this page (the editor's draft, a criteria-set file, the
 * rollover's new pack): ajv in strict mode, as `formplan publish` does, unless the page asked for
 * the CSP-safe interpreter (`<fp-schema-editor interpret>`, `<fp-rollover interpret>`) or the
 * browser has refused ajv's code once (a `securitypolicyviolation` for `eval`: the page's
 * Content-Security-Policy forbids code generation). A policy holds for the whole page, so the
 * choice does too. The interpreter is the page's one `InterpretingValidator`, loaded on demand
 * from the run-time chunk; ajv's strict mode has no interpreted counterpart (see core's
 * meta-interpreted.ts).
 */
import type { Validator } from '@formplan/core';
import { loadInterpreter } from './lazy-interpreter.js';

let interpreting = false;
let loaded: Validator | undefined;
const watchers = new Set<() => void>();

const onViolation = (e: SecurityPolicyViolationEvent): void => {
  if (e.blockedURI !== 'eval' || interpreting) return;
  interpreting = true;
  for (const w of [...watchers]) w();
};

/** Checks packs with the interpreter from now on (for a page under a strict CSP). */
export function interpretPackChecks(): void {
  interpreting = true;
}

/** Whether packs are checked with the interpreter on this page. */
export function packChecksInterpreted(): boolean {
  return interpreting;
}

/**
 * Calls `onSwitch` when the browser refuses ajv's code and the page switches to the interpreter
 * (the caller checks again).
 * @returns a function that stops watching
 */
export function watchEvalRefusal(onSwitch: () => void): () => void {
  if (watchers.size === 0) document.addEventListener('securitypolicyviolation', onViolation);
  watchers.add(onSwitch);
  return () => {
    watchers.delete(onSwitch);
    if (watchers.size === 0) document.removeEventListener('securitypolicyviolation', onViolation);
  };
}

/** The interpreter if packs are checked with it and it has loaded; else `undefined`. */
export function loadedPackInterpreter(): Validator | undefined {
  return interpreting ? loaded : undefined;
}

/**
 * The validator for a pack check: `undefined` (ajv) unless packs are checked with the
 * interpreter, then the interpreter (loaded first; rejects when its chunk cannot be fetched).
 */
export async function packInterpreter(): Promise<Validator | undefined> {
  if (!interpreting) return undefined;
  return (loaded ??= await loadInterpreter());
}
