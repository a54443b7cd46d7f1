import { InterpretingValidator } from './interpreting-validator.js';
import { PrecompiledValidatorBase, type PrecompiledValidatorBaseOptions, type ValidatorsModule } from './precompiled-validator-base.js';

export type { PrecompiledFunction, PrecompiledForm, ValidatorsModule } from './precompiled-validator-base.js';
export { isValidatorsModule, PrecompiledValidatorBase } from './precompiled-validator-base.js';

/** Options of {@link PrecompiledValidator}. */
export type PrecompiledValidatorOptions = Partial<PrecompiledValidatorBaseOptions>;

/**
 * A {@link PrecompiledValidatorBase} whose fallback is, unless given, a CSP-safe
 * {@link InterpretingValidator} with the same catalogs.
 * @example
 * ```ts
 * const mod = await import('/packs/tay-ho-2018-1.0.0.validators.js');
 * const v = new PrecompiledValidator(mod.default);
 * const errors = v.validate(resolveForm(pack, 'bieu-02')!.schema, data);
 * ```
 */
export class PrecompiledValidator extends PrecompiledValidatorBase {
  /**
   * @param module - the validators module; undefined judges everything with the fallback
   * @param options - catalogs, fallback (default: the interpreter), where notices go
   */
  constructor(module: ValidatorsModule | undefined, options: PrecompiledValidatorOptions = {}) {
    super(module, { ...options, fallback: options.fallback ?? new InterpretingValidator({ catalogs: options.catalogs }) });
  }
}
