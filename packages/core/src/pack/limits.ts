/** Largest pack file read, in bytes (5 MB). Larger files are refused without being read. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Largest whole pack, in bytes (20 MB) summed over its files or its strings. */
export const MAX_PACK_BYTES = 20 * 1024 * 1024;

/** Most files read from `criteria/` or `forms/`. */
export const MAX_FILES_PER_FOLDER = 200;
