// Module resolve hook of the CLI: resolves @formplan/* through their "@formplan/source" export
// condition (src/*.ts, which tsx runs), as the rest of the monorepo does (see tsconfig.base.json),
// so the CLI needs no library build of @formplan/core.
export async function resolve(specifier, context, nextResolve) {
  return nextResolve(specifier, { ...context, conditions: [...context.conditions, '@formplan/source'] });
}
