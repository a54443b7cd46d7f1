/**
 * The page's one CSP-safe interpreter (`InterpretingValidator`), loaded on first need from its
 * run-time chunk (runtime.ts), so a ward page judged wholly by precompiled validators does not
 * carry it in formplan.js. {@link lazyInterpreter} stands for it before and after it is loaded.
 */
import type { FieldError, PrepareResult, Validator } from '@formplan/core';
import { loadRuntime } from './load-runtime.js';

let loaded: Validator | undefined;
let loading: Promise<Validator> | undefined;

/** Loads the interpreter (once per page); rejects when its chunk cannot be fetched, and a later call tries again. */
export function loadInterpreter(): Promise<Validator> {
  loading ??= loadRuntime().then(
    (m) => (loaded = m.createInterpreter()),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The interpreter if it has been loaded. */
export function loadedInterpreter(): Validator | undefined {
  return loaded;
}

/** What validate() answers before the interpreter has loaded: one root error, never "valid". */
const NOT_LOADED: FieldError = {
  pointer: '',
  keyword: 'schema',
  params: { code: 'validator-loading' },
  message: { vi: 'Bộ kiểm tra dữ liệu chưa tải xong; hãy kiểm tra lại sau giây lát', en: 'The data validator has not loaded yet; check again in a moment' },
  severity: 'error',
};

/**
 * The interpreter, loaded on demand: {@link Validator.ready} loads it, then it judges as the
 * interpreter does. Asked before that, `prepare` cannot tell yet (ok) and `validate` answers one
 * root error, so data is never "valid" unchecked.
 */
export const lazyInterpreter: Validator = {
  prepare(schema: Record<string, unknown>): PrepareResult {
    return loaded?.prepare?.(schema) ?? { ok: true };
  },
  validate(schema: Record<string, unknown>, value: unknown): FieldError[] {
    return loaded ? loaded.validate(schema, value) : [{ ...NOT_LOADED, params: { ...NOT_LOADED.params } }];
  },
  async ready(): Promise<void> {
    await loadInterpreter();
  },
};
