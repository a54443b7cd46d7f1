/** The expression engine: parse, check, analyse and interpret formplan expressions. */
export type {
  Expr, NumberLiteral, StringLiteral, BooleanLiteral, PathExpr, StarExpr, UnaryExpr, BinaryExpr, LogicalExpr,
  CallExpr, ArithmeticOperator, ComparisonOperator, LogicalOperator, UnaryOperator,
} from './ast.js';
export type { ExpressionError, ExpressionErrorKind } from './expression-error.js';
export type { ParseResult, ExpressionParser } from './parse-expression.js';
export { parseExpression, MAX_EXPRESSION_LENGTH } from './parse-expression.js';
export { MAX_EXPRESSION_DEPTH } from './convert-jsep-node.js';
export { compileExpression, COMPILE_CACHE_SIZE } from './compile-expression.js';
export type { CheckOptions } from './check-expression.js';
export { checkExpression } from './check-expression.js';
export type { ExpressionType } from './check-expression-types.js';
export { checkExpressionTypes, expressionTypeOfField } from './check-expression-types.js';
export type { ExpressionField, FieldCheckOptions } from './check-against-fields.js';
export { checkExpressionAgainstFields } from './check-against-fields.js';
export { referencedPaths, functionsUsed, usesStar, walkExpression } from './referenced-paths.js';
export { dependencyPatterns, patternAffectedBy } from './dependency-patterns.js';
export type { Scope, EvalResult, ExpressionValue } from './scope.js';
export { evaluate } from './evaluate.js';
export type { ObjectScopeOptions } from './object-scope.js';
export { createObjectScope } from './object-scope.js';
export type { FunctionName, FunctionSpec } from './functions.js';
export { EXPRESSION_FUNCTIONS, lookupFunction } from './functions.js';
