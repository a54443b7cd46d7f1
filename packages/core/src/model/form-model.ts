/**
 * The form model: the one value object of a form, with its computed fields, visibility,
 * cross-field rules and validation kept live, and "should this error show yet" kept apart from
 * validity. Elements are views over it; it never touches the DOM.
 */
import { evaluate, parseExpression, patternAffectedBy } from '../expression/index.js';
import type { EvalResult, ExpressionParser, Scope } from '../expression/index.js';
import type { Bilingual } from '../pack/types.js';
import { SchemaCompileError, type FieldError, type PrepareResult, type Validator } from '../validation/validator.js';
import { errorMessages } from '../common/formplan-error.js';
import { formatPointer, getAt, parsePointer, setAt } from '../common/json-pointer.js';
import type { SchemaNode } from '../schema/resolved-form.js';
import { schemaAt } from '../schema/labels.js';
import { normalizeText } from './normalize.js';
import { totalledRowKeys } from '../schema/sub-row-rules.js';
import { invalidNumericInput, NOT_COMPUTABLE } from './cell-validity.js';
import { pathInstances, sumColumn } from './column-total.js';
import { patternKey, planSchema } from './schema-plan.js';
import type { ComputedField, CrossFieldRule, PathPattern, SchemaPlan, VisibilityRule } from './schema-plan.js';

/** One problem with the data, keyed by the JSON Pointer of the value it concerns. */

/** Options of {@link FormModel}. */
export interface FormModelOptions {
  /** the resolved form schema (plain JSON Schema 2020-12 with x-fp keywords) */
  schema: SchemaNode;
  validator: Validator;
  /** the starting value (a draft); defaults fill what it lacks */
  value?: unknown;
  /** how its expressions are parsed; default `parseExpression` */
  parse?: ExpressionParser;
}

/** Options of {@link FormModelBase}: the parser is given (a ward page may carry no parser, only trees parsed ahead of time). */
export interface FormModelBaseOptions extends FormModelOptions {
  parse: ExpressionParser;
}

/** What a change did, for views to repaint only what moved. */
export interface ModelChange {
  /** pointers whose values changed (the edited one and any computed fields) */
  changed: string[];
  /** whether the edit came from the user */
  user: boolean;
}

/** The state of a computed field. */
export interface ComputedState {
  value: unknown;
  incomplete: boolean;
  error?: Bilingual;
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

/**
 * A live form, its expressions parsed by the parser it is given ({@link FormModel} defaults it).
 * @example
 * ```ts
 * const model = new FormModel({ schema: resolved.schema, validator, value: draft });
 * model.set('/so_lieu/HCDB_01/nam', 3, { user: true });
 * model.errors; // every problem; model.visibleErrors() only those to show yet
 * ```
 */
export class FormModelBase {
  readonly schema: SchemaNode;
  readonly plan: SchemaPlan;
  private readonly validator: Validator;
  private current: unknown;
  private readonly computedStates = new Map<string, ComputedState>();
  private readonly hidden = new Set<string>();
  private readonly ruleFailures = new Map<string, FieldError>();
  /** ajv's errors for the current value; computed on first need after a change (see {@link errors}) */
  private schemaErrorsCache?: readonly FieldError[];
  private readonly touched = new Set<string>();
  /** rules the user's edits have reached (directly or through computed fields) */
  private readonly touchedRules = new Set<string>();
  private submitted = false;
  private readonly listeners = new Set<(change: ModelChange) => void>();
  /** per-change caches of {@link errors}, {@link visibleErrors} and {@link errorsAt}; see {@link invalidate} */
  private errorIndex?: Map<string, FieldError[]>;
  private errorsCache?: FieldError[];
  private visibleCache?: FieldError[];
  private prepared?: PrepareResult;

  constructor(options: FormModelBaseOptions) {
    this.schema = options.schema;
    this.validator = options.validator;
    this.plan = planSchema(options.schema, options.parse);
    let value = normalizeText(options.value === undefined ? {} : options.value);
    for (const d of this.plan.defaults) {
      if (d.pattern.includes('*')) continue;
      if (getAt(value, d.pattern) === undefined) value = setAt(value, d.pattern, d.value);
    }
    this.current = value;
    this.recomputeAll();
    for (const v of this.plan.visibility) this.updateVisibility(v);
    for (const r of this.plan.rules) this.updateRule(r);
    this.schemaErrorsCache = undefined;
  }

  /** The whole value (treat as immutable; every change makes a new object along the edited path). */
  get value(): unknown {
    return this.current;
  }

  /** The value at a JSON Pointer. */
  get(pointer: string): unknown {
    return getAt(this.current, parsePointer(pointer));
  }

  /**
   * Sets one value (strings are normalised to NFC; `undefined` or `''` clears it: missing is not
   * zero) and re-computes only what depends on it.
   */
  set(pointer: string, value: unknown, opts: { user?: boolean } = {}): ModelChange {
    return this.setMany([[pointer, value]], opts);
  }

  /**
   * Sets several values as one change (a pasted block, an upload): computed fields, rules and
   * visibility follow every value, and listeners (views, autosave) hear one change, not one per
   * value. Values as in {@link set}.
   * @example
   * ```ts
   * const before = pointers.map((p) => [p, model.get(p)] as const);
   * model.setMany([['/so_lieu/A/nam', 3], ['/so_lieu/A/nu', 4]], { user: true });
   * model.setMany(before, { user: true }); // undo
   * ```
   */
  setMany(entries: Iterable<readonly [string, unknown]>, opts: { user?: boolean } = {}): ModelChange {
    const changed: string[] = [];
    const starts: string[][] = [];
    let touched = false;
    for (const [pointer, value] of entries) {
      const path = parsePointer(pointer);
      const next = value === '' ? undefined : normalizeText(value);
      if (!sameValue(getAt(this.current, path), next)) {
        this.current = setAt(this.current, path, next);
        changed.push(pointer);
        starts.push(path);
      }
      if (opts.user && !this.touched.has(pointer)) {
        this.touched.add(pointer);
        touched = true;
      }
    }
    if (starts.length) {
      this.propagate(starts, changed, !!opts.user);
      this.schemaErrorsCache = undefined;
    }
    if (touched) this.invalidate();
    const change = { changed, user: !!opts.user };
    if (changed.length) this.notify(change);
    return change;
  }

  /** Replaces the whole value (e.g. a draft loaded from the store): not a user edit. */
  reset(value: unknown): void {
    this.current = normalizeText(value === undefined ? {} : value);
    this.recomputeAll();
    for (const v of this.plan.visibility) this.updateVisibility(v);
    for (const r of this.plan.rules) this.updateRule(r);
    this.schemaErrorsCache = undefined;
    this.notify({ changed: [''], user: false });
  }

  /** Forgets the derived error lists: called on every set, touch, submit and reset. */
  private invalidate(): void {
    this.errorIndex = undefined;
    this.errorsCache = undefined;
    this.visibleCache = undefined;
  }

  private notify(change: ModelChange): void {
    this.invalidate();
    for (const l of this.listeners) l(change);
  }

  /**
   * Compiles the validator for this schema (once), reporting a schema it cannot compile as a
   * value. Call it before reading {@link errors} to show a failure without catching.
   * @example
   * ```ts
   * const p = model.prepare();
   * if (!p.ok) showNotice(describeError(p.error, lang));
   * ```
   */
  prepare(): PrepareResult {
    if (this.prepared) return this.prepared;
    if (this.validator.prepare) {
      this.prepared = this.validator.prepare(this.schema);
    } else {
      try {
        this.schemaErrorsCache ??= this.validator.validate(this.schema, this.current);
        this.prepared = { ok: true };
      } catch (e) {
        const detail = errorMessages(e, { vi: 'Không biên dịch được lược đồ', en: 'The schema cannot be compiled' });
        this.prepared = { ok: false, error: new SchemaCompileError(detail, e) };
      }
    }
    return this.prepared;
  }

  /**
   * Forgets what the validator said so far (its compile verdict and its errors), e.g. once a
   * validator that loads its code on demand has loaded: the same model then judges anew, without
   * being built again. Listeners hear of it when errors had been worked out.
   */
  recheck(): void {
    const judged = this.prepared !== undefined || this.schemaErrorsCache !== undefined || this.errorsCache !== undefined;
    this.prepared = undefined;
    this.schemaErrorsCache = undefined;
    if (judged) this.notify({ changed: [], user: false });
  }

  /** Why the schema cannot be compiled, or `undefined` when it can (see {@link prepare}). */
  get compileError(): SchemaCompileError | undefined {
    const p = this.prepare();
    return p.ok ? undefined : p.error;
  }

  /** Value, incomplete flag and error of a computed field (undefined for a plain field). */
  computedState(pointer: string): ComputedState | undefined {
    return this.computedStates.get(pointer);
  }

  /** Whether the field at `pointer` (or one of its parents) is hidden by `x-fp-visible-if`. */
  isHidden(pointer: string): boolean {
    if (this.hidden.size === 0) return false;
    for (const h of this.hidden) if (pointer === h || pointer.startsWith(h + '/')) return true;
    return false;
  }

  /**
   * Every problem with the data: schema errors outside hidden fields, then failed rules. Built
   * once per change (treat the list as read-only).
   * @throws {SchemaCompileError} when the schema cannot be compiled: ask {@link prepare} first
   */
  get errors(): FieldError[] {
    if (this.errorsCache) return this.errorsCache;
    const p = this.prepare();
    if (!p.ok) throw p.error;
    this.schemaErrorsCache ??= this.validator.validate(this.schema, this.current);
    const out = this.schemaErrorsCache.filter((e) => !this.isHidden(e.pointer));
    for (const f of this.ruleFailures.values()) out.push(f);
    this.errorsCache = out;
    return out;
  }

  /** Whether the data can be submitted: no error (warnings do not block). */
  get valid(): boolean {
    return this.errors.every((e) => e.severity !== 'error');
  }

  /** Problems at exactly this pointer (indexed once per change, so 2,000 fields can ask cheaply). */
  errorsAt(pointer: string): FieldError[] {
    if (!this.errorIndex) {
      this.errorIndex = new Map();
      for (const e of this.errors) {
        const list = this.errorIndex.get(e.pointer);
        if (list) list.push(e);
        else this.errorIndex.set(e.pointer, [e]);
      }
    }
    return this.errorIndex.get(pointer) ?? [];
  }

  /**
   * The problems at this pointer that should show now. Before any touch or submit nothing shows,
   * so a form that just opened does not validate (nor compile its validator) while it renders.
   */
  visibleErrorsAt(pointer: string): FieldError[] {
    if (!this.submitted && this.touched.size === 0 && this.touchedRules.size === 0) return [];
    return this.errorsAt(pointer).filter((e) => this.isShown(e));
  }

  /** Whether the form was submitted (every error shows). */
  get wasSubmitted(): boolean {
    return this.submitted;
  }

  /** Marks a field as touched (left by the user), so its errors may show; listeners hear of it. */
  touch(pointer: string): void {
    if (this.touched.has(pointer)) return;
    this.touched.add(pointer);
    this.notify({ changed: [], user: false });
  }

  /** Marks the form as submitted: every error shows from now on; listeners hear of it. */
  markSubmitted(): void {
    this.submitted = true;
    this.notify({ changed: [], user: false });
  }

  /** Whether an error should be shown yet (after touch or submit); validity is separate. */
  isShown(error: FieldError): boolean {
    if (this.submitted || this.touched.has(error.pointer)) return true;
    return error.keyword === 'x-fp-rule' && this.touchedRules.has(String(error.params?.code));
  }

  /** The errors to show now (none before any touch or submit: nothing is validated yet). */
  visibleErrors(): FieldError[] {
    if (!this.submitted && this.touched.size === 0 && this.touchedRules.size === 0) return [];
    this.visibleCache ??= this.errors.filter((e) => this.isShown(e));
    return this.visibleCache;
  }

  /**
   * Sum of one column of a matrix (or of any object of objects) over its top-level rows: sub-rows
   * ("of which") are part of their parent and not added again. The total is incomplete when a
   * cell is missing or an incomplete computed value, missing (null) when every cell is, and not
   * computable (an error, no value) when a cell is invalid (−3 in a count, 1,5 in an integer,
   * text) or a computed cell failed.
   */
  columnTotal(objectPointer: string, column: string): ComputedState {
    return sumColumn({ schema: this.schema, value: this.current, states: this.computedStates }, objectPointer, column);
  }

  /** Listens to changes; returns the function that stops listening. */
  subscribe(listener: (change: ModelChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private scopeFor(base: readonly string[], basePattern: PathPattern): Scope {
    return {
      get: (p) => (p[0] === '$root' ? getAt(this.current, p.slice(1)) : getAt(this.current, [...base, ...p])),
      keys: (p) => {
        const abs = p[0] === '$root' ? p.slice(1) : [...base, ...p];
        const node = schemaAt(this.schema, abs);
        if (node?.properties && typeof node.properties === 'object') return totalledRowKeys(node) ?? Object.keys(node.properties as SchemaNode);
        const v = getAt(this.current, abs);
        return v && typeof v === 'object' ? Object.keys(v) : [];
      },
      star: () => (this.plan.starMembers.get(patternKey(basePattern)) ?? []).map((k) => getAt(this.current, [...base, k])),
    };
  }

  private computeOne(field: ComputedField, path: string[], changed: string[]): void {
    const base = path.slice(0, -1);
    let r: EvalResult = evaluate(field.expr, this.scopeFor(base, field.base));
    if (!r.error && this.readsInvalidInput(field, base)) r = { value: null, incomplete: true, error: NOT_COMPUTABLE };
    const ptr = formatPointer(path);
    const failedBefore = this.computedStates.get(ptr)?.error !== undefined;
    this.computedStates.set(ptr, { value: r.value, incomplete: r.incomplete, error: r.error });
    const next = r.value === null ? undefined : r.value;
    if (!sameValue(getAt(this.current, path), next)) {
      this.current = setAt(this.current, path, next);
      changed.push(ptr);
    } else if (failedBefore !== (r.error !== undefined)) changed.push(ptr); // shown as "not computable" or no longer
  }

  /** Whether a computed field reads an invalid number or a computed input that failed. */
  private readsInvalidInput(field: ComputedField, base: readonly string[]): boolean {
    for (const dep of field.deps) {
      const concrete = dep.map((seg, i) => (seg === '*' && i < base.length && field.base[i] === '*' ? base[i] : seg));
      for (const p of pathInstances(this.current, concrete)) {
        if (this.computedStates.get(formatPointer(p))?.error !== undefined) return true;
        if (invalidNumericInput(schemaAt(this.schema, p), getAt(this.current, p))) return true;
      }
    }
    return false;
  }

  private recomputeAll(): void {
    const sink: string[] = [];
    for (let pass = 0; pass <= this.plan.computed.length; pass++) {
      const before = sink.length;
      for (const f of this.plan.computed) for (const p of pathInstances(this.current, f.pattern)) this.computeOne(f, p, sink);
      if (sink.length === before) break;
    }
  }

  /**
   * Re-computes what the changed paths reach, wave by wave: each computed field, visibility rule
   * and rule reached by a wave is evaluated once for the whole wave (a pasted block of 400 cells
   * is not 400 passes), and the computed values that changed make the next wave.
   */
  private propagate(starts: readonly string[][], changed: string[], user: boolean): void {
    let wave: readonly string[][] = starts;
    const waves = (this.plan.computed.length + 1) * 8;
    for (let i = 0; wave.length && i < waves; i++) {
      const reached = (deps: readonly PathPattern[]): boolean => wave.some((path) => deps.some((d) => patternAffectedBy(d, path)));
      const next: string[][] = [];
      for (const f of this.plan.computed) {
        if (!reached(f.deps)) continue;
        for (const inst of pathInstances(this.current, f.pattern)) {
          const before = changed.length;
          this.computeOne(f, inst, changed);
          if (changed.length > before) next.push(inst);
        }
      }
      for (const v of this.plan.visibility) if (reached(v.deps)) this.updateVisibility(v);
      for (const r of this.plan.rules) {
        if (!reached(r.deps)) continue;
        this.updateRule(r);
        if (user) this.touchedRules.add(r.code);
      }
      wave = next;
    }
  }

  private updateVisibility(v: VisibilityRule): void {
    for (const inst of pathInstances(this.current, v.pattern)) {
      const r = evaluate(v.expr, this.scopeFor(inst.slice(0, -1), v.base));
      const ptr = formatPointer(inst);
      if (r.value === false || r.value === null) this.hidden.add(ptr);
      else this.hidden.delete(ptr);
    }
  }

  private updateRule(rule: CrossFieldRule): void {
    for (const inst of pathInstances(this.current, rule.base)) {
      const r = evaluate(rule.expr, this.scopeFor(inst, rule.base));
      const key = `${rule.code}@${formatPointer(inst)}`;
      // A rule over missing data does not fire: required-ness reports what is missing.
      if (r.value === false) {
        this.ruleFailures.set(key, { pointer: rule.pointer, keyword: 'x-fp-rule', message: { vi: rule.message.vi, en: rule.message.en ?? rule.message.vi }, severity: rule.severity, params: { code: rule.code } });
      } else this.ruleFailures.delete(key);
    }
  }
}

/** A {@link FormModelBase} whose expressions are parsed with `parseExpression` unless `parse` is given. */
export class FormModel extends FormModelBase {
  constructor(options: FormModelOptions) {
    super({ ...options, parse: options.parse ?? parseExpression });
  }
}
