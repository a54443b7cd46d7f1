/**
 * Bounds on the files of a pack read from a folder or a zip. Apart from limits.ts (the bound of a
 * whole pack, which the ward bundle checks): only the CLI and the editor read pack files.
 */

/** Largest pack file read, in bytes (5 MB). Larger files are refused without being read. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Most files read from `criteria/` or `forms/`. */
export const MAX_FILES_PER_FOLDER = 200;
