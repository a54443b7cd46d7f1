/**
 * Loading the validators `formplan build` compiled ahead of time (`<fp-provider validators-src>`):
 * a same-origin ES module, loaded with a dynamic `import()`, so a page under
 * `script-src 'self'` validates pack forms exactly as ajv does without generating code. The
 * module's expression trees (parsed by `formplan build`) spare the page the parser.
 */
import { PrecompiledValidatorBase, isValidatorsModule } from '@formplan/core';
import type { PackSource, ValidatorsModule } from '@formplan/core';
import { lazyInterpreter } from './lazy-interpreter.js';
import { addParsedExpressions } from './page-parser.js';
import type { PackRegistry } from './pack-registry.js';

/** Loads a module by URL (a seam for tests). */
export type ModuleLoader = (url: string) => Promise<unknown>;

const importModule: ModuleLoader = (url) => import(/* @vite-ignore */ url);

/**
 * A {@link PrecompiledValidatorBase} over the validators module at `url` (resolved against the
 * document). Never rejects: a module that cannot be loaded or is not a validators module is said
 * once in the console, and every form is then judged by the page's CSP-safe interpreter (loaded
 * only for such forms).
 * @param url - the module's URL, e.g. `/packs/tay-ho-2018-1.0.0.validators.js`
 * @param load - how to import it (default: `import()`)
 */
export async function loadPrecompiledValidator(url: string, load: ModuleLoader = importModule): Promise<PrecompiledValidatorBase> {
  let module: ValidatorsModule | undefined;
  try {
    const href = new URL(url, document.baseURI).href;
    const loaded = await load(href);
    const value = typeof loaded === 'object' && loaded !== null ? (loaded as { default?: unknown }).default : undefined;
    if (isValidatorsModule(value)) {
      module = value;
      addParsedExpressions(value.expressions); // the forms' trees: the page need not load the parser
    }
    else console.warn(`formplan: ${url} không phải mô-đun bộ kiểm tra của \`formplan build\` / is not a validators module written by \`formplan build\``);
  } catch (error) {
    console.warn(`formplan: không tải được ${url} / cannot load ${url}`, error);
  }
  return new PrecompiledValidatorBase(module, { fallback: lazyInterpreter });
}

/**
 * A pack registry that answers only once `ready` has settled: `<fp-provider validators-src>`
 * holds pack forms back until their precompiled validators are there, so a form opens once,
 * with them.
 */
export class WaitingPackRegistry implements PackRegistry {
  constructor(private readonly inner: PackRegistry, private readonly ready: Promise<unknown>) {}

  async getPack(id: string, version?: string): Promise<PackSource | undefined> {
    await this.ready;
    return this.inner.getPack(id, version);
  }
}
