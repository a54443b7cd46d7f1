/** Largest whole pack, in bytes (20 MB) summed over its files or its strings. */
export const MAX_PACK_BYTES = 20 * 1024 * 1024;
