/**
 * jsep, configured once for the formplan expression language:
 * - word operators `and`, `or` (same precedence as `&&`, `||`) and unary `not`;
 * - a small plugin (a `gobble-token` hook) for the wildcard: `a.*.b` becomes a member chain whose
 *   property is an identifier named `*`, and a bare `*` token (as in `sum(*)`) becomes a node of
 *   type {@link STAR_NODE_TYPE}. Positions elsewhere are validated by the converter.
 *
 * jsep's configuration is global to the process; this module is its only configurer in formplan.
 */
import jsep from 'jsep';

/** The jsep node type produced for a bare `*` token. */
export const STAR_NODE_TYPE = 'FormplanStar';

const STAR_CODE = 42; // *
const PERIOD_CODE = 46; // .

/** Same rule as jsep's own identifier start (letters, `$`, `_`, non-ASCII). */
function isIdentifierStartCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 36 || code === 95 ||
    (code >= 128 && !Object.prototype.hasOwnProperty.call(jsep.binary_ops, String.fromCharCode(code)));
}

/**
 * Hook: a bare `*`, or an identifier chain that contains a `.*` step. Chains without a wildcard
 * are left to jsep (the index is restored), so literals, `not` and ordinary members behave as usual.
 */
function gobbleWildcard(this: jsep.HookScope, env: { node?: jsep.Expression }): void {
  if (this.code === STAR_CODE) {
    this.index++;
    env.node = { type: STAR_NODE_TYPE };
    return;
  }
  if (!isIdentifierStartCode(this.code)) return;
  const start = this.index;
  let node = this.gobbleIdentifier() as jsep.Expression;
  let sawStar = false;
  for (;;) {
    const beforeDot = this.index;
    this.gobbleSpaces();
    if (this.code !== PERIOD_CODE) {
      this.index = beforeDot;
      break;
    }
    this.index++;
    this.gobbleSpaces();
    let property: jsep.Expression;
    if (this.expr.charCodeAt(this.index) === STAR_CODE) {
      this.index++;
      property = { type: 'Identifier', name: '*' };
      sawStar = true;
    } else {
      property = this.gobbleIdentifier() as jsep.Expression;
    }
    node = { type: 'MemberExpression', computed: false, object: node, property };
  }
  if (!sawStar) {
    this.index = start;
    return;
  }
  env.node = this.gobbleTokenProperty(node);
}

let configured = false;

/**
 * Returns jsep configured for formplan (configures it on first use).
 * @returns the jsep parse function
 */
export function configuredJsep(): typeof jsep {
  if (!configured) {
    jsep.addBinaryOp('or', 1);
    jsep.addBinaryOp('and', 2);
    jsep.addUnaryOp('not');
    jsep.plugins.register({
      name: 'formplan-wildcard',
      init() {
        jsep.hooks.add('gobble-token', gobbleWildcard);
      },
    });
    configured = true;
  }
  return jsep;
}
