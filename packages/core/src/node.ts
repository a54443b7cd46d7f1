/**
 * @formplan/core/node: the parts of core that need node (file system). Everything else is in
 * the browser-safe main entry.
 */
export { loadPackFromDir, loadPackFromZipFile, readMetaSchemas, DEFAULT_META_DIR } from './pack/load-dir.js';
export type { StandaloneSource } from './validation/standalone-source.js';
export { standaloneValidatorsSource, STANDALONE_RESOLVE_DIR, VALIDATORS_FORMAT } from './validation/standalone-source.js';
