/**
 * `term()` for the modules of the ward file (`define-form`: the form, its renderers and cells):
 * registers only the `ui`, `form` and `excel` catalogues and takes only those namespaces (and
 * `excelDialog`, `paste`, registered by the run-time chunk's modules that use them), so the ward
 * file carries no calendar, district, plan or assessment texts. Other modules import `./term.js`.
 */
import './ui-strings.js';
import '../components/form/form-strings.js';
import '../components/form/excel-strings.js';
import type { KeyOf, Params, StringOverrides } from './registry.js';
import { term as lookUp } from './registry.js';
import type { Lang } from './lang.js';

/** The namespaces the ward file registers. */
export type FormNamespace = 'ui' | 'form' | 'excel' | 'excelDialog' | 'paste';

/** {@link lookUp | term} limited to the `ui` and `form` namespaces. */
export const term: <N extends FormNamespace>(lang: Lang, namespace: N, key: KeyOf<N>, params?: Params, overrides?: StringOverrides) => string = lookUp;
