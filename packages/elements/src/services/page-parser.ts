/**
 * How a page parses form expressions: with the trees `formplan build` parsed ahead of time
 * (registered with {@link addParsedExpressions} when `<fp-provider validators-src>` loads them),
 * else with the parser, loaded on first need from its own chunk (core's `importParser`), so a ward page
 * whose forms all come with their trees does not carry jsep.
 */
import { importParser } from '@formplan/core';
import type { Expr, ExpressionParser, ParseResult } from '@formplan/core';

const known = new Map<string, Expr>();
let parser: ExpressionParser | undefined;
let loading: Promise<void> | undefined;

/**
 * Registers trees parsed ahead of time (a validators module's `expressions`), by their text.
 * Prototype keys are skipped.
 */
export function addParsedExpressions(trees: Readonly<Record<string, Expr>> | undefined): void {
  if (typeof trees !== 'object' || trees === null) return;
  for (const text of Object.keys(trees)) {
    if (text === '__proto__' || text === 'constructor' || text === 'prototype') continue;
    const expr = trees[text];
    if (typeof expr === 'object' && expr !== null) known.set(text, expr);
  }
}

/** Loads the parser (once per page); rejects when its chunk cannot be fetched, and a later call tries again. */
export function loadExpressionParser(): Promise<void> {
  loading ??= importParser().then(
    (m) => void (parser = m.parseExpression),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Whether the parser has been loaded. */
export function expressionParserLoaded(): boolean {
  return parser !== undefined;
}

const NOT_LOADED = {
  vi: 'Bộ phân tích biểu thức chưa tải xong',
  en: 'The expression parser has not loaded yet',
};

/**
 * A parser for one model: a tree parsed ahead of time, else the parser if loaded; `missed` says
 * whether an expression could not be parsed for want of the parser (load it and build again).
 */
export function pageParser(): { parse: ExpressionParser; readonly missed: boolean } {
  let missed = false;
  const parse = (text: string): ParseResult => {
    const tree = known.get(text);
    if (tree) return { ok: true, expr: tree };
    if (parser) return parser(text);
    missed = true;
    return { ok: false, error: { message: { ...NOT_LOADED } } };
  };
  return {
    parse,
    get missed() {
      return missed;
    },
  };
}
