import { readMetaSchemas } from '../load-dir.js';
import type { MetaSchemaDoc } from '../meta-validator.js';

/** The repository meta-schemas (`schemas/meta`), for tests; throws if they cannot be read. */
export async function testMetaSchemas(): Promise<MetaSchemaDoc[]> {
  const m = await readMetaSchemas();
  if (!m.ok) throw new Error(JSON.stringify(m.errors));
  return m.docs;
}
