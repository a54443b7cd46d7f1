/** Static analysis: which fields and functions an expression uses. */
import type { Expr } from './ast.js';

/**
 * Visits every node of a tree, parents first.
 * @param expr - the tree
 * @param visit - called on each node
 */
export function walkExpression(expr: Expr, visit: (node: Expr) => void): void {
  const stack: Expr[] = [expr];
  while (stack.length > 0) {
    const node = stack.pop() as Expr;
    visit(node);
    switch (node.kind) {
      case 'unary': stack.push(node.arg); break;
      case 'binary':
      case 'logical': stack.push(node.right, node.left); break;
      case 'call': for (let i = node.args.length - 1; i >= 0; i--) stack.push(node.args[i]); break;
      default: break;
    }
  }
}

/**
 * Every field path the expression references, as written (`'*'` wildcard segments and a leading
 * `'$root'` kept), without duplicates, in order of appearance. A bare `*` is not a path.
 * @param expr - the tree
 * @returns e.g. `[['so_lieu', '*', 'tong_so'], ['$root', 'x']]`
 */
export function referencedPaths(expr: Expr): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  walkExpression(expr, (node) => {
    if (node.kind !== 'path') return;
    const key = JSON.stringify(node.segments);
    if (seen.has(key)) return;
    seen.add(key);
    out.push([...node.segments]);
  });
  return out;
}

/**
 * The names of the functions called, without duplicates, in order of appearance
 * (unknown names included, so callers can report them).
 * @param expr - the tree
 * @returns e.g. `['sum', 'round']`
 */
export function functionsUsed(expr: Expr): string[] {
  const out: string[] = [];
  walkExpression(expr, (node) => {
    if (node.kind === 'call' && !out.includes(node.name)) out.push(node.name);
  });
  return out;
}

/**
 * Whether the expression uses a bare `*` (so it depends on the caller's `star()` list).
 * @param expr - the tree
 * @returns true when some argument is `*`
 */
export function usesStar(expr: Expr): boolean {
  let found = false;
  walkExpression(expr, (node) => {
    if (node.kind === 'star') found = true;
  });
  return found;
}
