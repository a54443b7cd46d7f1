/**
 * The typed syntax tree of a formplan expression. jsep's nodes are converted into this closed
 * union by {@link parseExpression}, so the interpreter and the analysers handle every case.
 */

/** Arithmetic operators. */
export type ArithmeticOperator = '+' | '-' | '*' | '/' | '%';

/** Comparison operators (`==`/`!=` also compare strings and booleans). */
export type ComparisonOperator = '<' | '<=' | '>' | '>=' | '==' | '!=';

/** Logical connectives; `&&`/`||` are written here as `and`/`or`. */
export type LogicalOperator = 'and' | 'or';

/** Unary operators; `!` is written here as `not`. */
export type UnaryOperator = 'not' | '-';

/** A number literal such as `3` or `2.5`. */
export interface NumberLiteral {
  readonly kind: 'number';
  readonly value: number;
}

/** A string literal such as `'nam'` (NFC-normalised). */
export interface StringLiteral {
  readonly kind: 'string';
  readonly value: string;
}

/** `true` or `false`. */
export interface BooleanLiteral {
  readonly kind: 'boolean';
  readonly value: boolean;
}

/**
 * A field reference. `segments` are the written names: `a.*.b` is `['a', '*', 'b']`,
 * `$root.x` is `['$root', 'x']`. A `'*'` segment collects over every child of the object
 * before it, so a path with a wildcard yields a list, usable only inside an aggregate.
 */
export interface PathExpr {
  readonly kind: 'path';
  readonly segments: readonly string[];
}

/** A bare `*` argument, e.g. `sum(*)`: the list the caller's scope provides through `star()`. */
export interface StarExpr {
  readonly kind: 'star';
}

/** `not x`, `!x` or `-x`. */
export interface UnaryExpr {
  readonly kind: 'unary';
  readonly op: UnaryOperator;
  readonly arg: Expr;
}

/** An arithmetic or comparison operation. */
export interface BinaryExpr {
  readonly kind: 'binary';
  readonly op: ArithmeticOperator | ComparisonOperator;
  readonly left: Expr;
  readonly right: Expr;
}

/** `a and b`, `a or b` (three-valued: a missing operand may still decide the result). */
export interface LogicalExpr {
  readonly kind: 'logical';
  readonly op: LogicalOperator;
  readonly left: Expr;
  readonly right: Expr;
}

/** A function call `name(args…)`. The name is not checked at parse time (see `checkExpression`). */
export interface CallExpr {
  readonly kind: 'call';
  readonly name: string;
  readonly args: readonly Expr[];
}

/** Any expression node. */
export type Expr =
  | NumberLiteral
  | StringLiteral
  | BooleanLiteral
  | PathExpr
  | StarExpr
  | UnaryExpr
  | BinaryExpr
  | LogicalExpr
  | CallExpr;
