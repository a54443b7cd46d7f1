import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { FP_KEYWORDS } from './fp-keywords.js';

/** The ajv class used everywhere in core (JSON Schema 2020-12). */
export type AjvInstance = InstanceType<typeof Ajv2020>;

/**
 * Creates the one ajv configuration formplan supports: 2020-12, strict, all errors,
 * verbose (messages read the failing schema), formats, and the x-fp vocabulary declared.
 */
export function createAjv(): AjvInstance {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true, verbose: true });
  (addFormats as unknown as (a: AjvInstance) => void)(ajv);
  for (const k of FP_KEYWORDS) ajv.addKeyword(k);
  return ajv;
}
