import Ajv2020 from 'ajv/dist/2020.js';
import type { Options } from 'ajv';
import addFormats from 'ajv-formats';
import { FP_KEYWORDS } from './fp-keywords.js';

/** The ajv class used everywhere in core (JSON Schema 2020-12). */
export type AjvInstance = InstanceType<typeof Ajv2020>;

/** Options of {@link createAjv}. */
export interface CreateAjvOptions {
  /** ajv's strict mode (default true: pack authoring, where it catches typos); false judges as the standard says */
  strict?: boolean;
  /** ajv's code options in place of the default `{ optimize: false }` (e.g. standalone source) */
  code?: Options['code'];
}

/**
 * Creates the one ajv configuration formplan supports: 2020-12, strict unless asked, all errors,
 * verbose (messages read the failing schema), formats, and the x-fp vocabulary declared.
 * `ownProperties`: a data object's inherited members (`toString`, `constructor`) are not its
 * properties, as in JSON. ajv's code optimisation pass is off: on a 1,000-field form it more than
 * doubles compile time (what a user waits for when a form opens) and buys nothing measurable per
 * keystroke.
 */
export function createAjv(options: CreateAjvOptions = {}): AjvInstance {
  const ajv = new Ajv2020({ strict: options.strict ?? true, ownProperties: true, allowUnionTypes: true, allErrors: true, verbose: true, code: options.code ?? { optimize: false } });
  (addFormats as unknown as (a: AjvInstance) => void)(ajv);
  for (const k of FP_KEYWORDS) ajv.addKeyword(k);
  return ajv;
}
