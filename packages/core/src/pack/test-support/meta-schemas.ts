import { readMetaSchemas } from '../load-dir.js';
import type { MetaSchemaDoc } from '../meta-validator.js';

/**
 * The repository meta-schemas for tests. Works around an ajv 8.20 defect: `dependentSchemas`
 * inside `nodeKeywords` of form.schema.json breaks `unevaluatedProperties` tracking, so every
 * form node is refused. Until form.schema.json drops `dependentSchemas`, tests remove it here
 * (a no-op once it is gone).
 */
export async function testMetaSchemas(): Promise<MetaSchemaDoc[]> {
  const m = await readMetaSchemas();
  if (!m.ok) throw new Error(JSON.stringify(m.errors));
  return m.docs.map((d) => {
    const s = JSON.parse(JSON.stringify(d.schema)) as { $id?: string; $defs?: Record<string, Record<string, unknown>> };
    if (s.$id === 'urn:formplan:meta:form' && s.$defs?.nodeKeywords) delete s.$defs.nodeKeywords.dependentSchemas;
    return { file: d.file, schema: s };
  });
}
