/**
 * `bilingual()` for the parsing modules alone: in the ward bundle they are a chunk loaded on
 * demand (formplan-parser.js) that may share no module with formplan.js, or the bundler would
 * split that module into a third file both import (packages/elements/vite.config.ts).
 */
import type { Bilingual } from '../common/bilingual.js';

/** A vi/en text, the Vietnamese normalised to NFC. */
export function parserText(vi: string, en: string): Bilingual {
  return { vi: vi.normalize('NFC'), en };
}
