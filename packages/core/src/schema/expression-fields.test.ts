import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { pathExists } from '../pack/check-expressions.js';
import { loadPackFromDir } from '../pack/load-dir.js';
import { bindingFields, expressionFields } from './expression-fields.js';
import { resolveForm, resolvePack } from './resolve-form.js';
import { bindingTarget } from '../pack/check-bindings.js';
import type { ResolvedForm } from './resolved-form.js';

const TAY_HO = fileURLToPath(new URL('../../../../schemas/packs/tay-ho-2018/', import.meta.url));
let bieu02: ResolvedForm;
let forms: ResolvedForm[];

beforeAll(async () => {
  const r = await loadPackFromDir(TAY_HO);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const form = resolveForm(r.pack, 'bieu-02');
  if (!form) throw new Error('bieu-02 missing');
  bieu02 = form;
  forms = resolvePack(r.pack);
});

describe('expressionFields', () => {
  it('lists the table columns over every row first, then every leaf, with labels and types', () => {
    const fields = expressionFields(bieu02.schema);
    const byCode = new Map(fields.map((f) => [f.code, f]));
    const star = byCode.get('so_lieu.*.tong_so');
    expect(star).toBeDefined();
    expect(star!.label.vi).toContain('mọi dòng');
    expect(star!.label.en).toContain('every row');
    expect(star!.type).toBe('integer');
    expect(byCode.get('so_lieu.HCDB_06.tong_so')?.type).toBe('integer');
    expect(fields.findIndex((f) => f.code.includes('*'))).toBe(0);
    expect(new Set(fields.map((f) => f.code)).size).toBe(fields.length);
  });

  it('agrees with the pack validator: every listed code names a field from the form root', () => {
    const unknown = expressionFields(bieu02.schema).filter((f) => !pathExists(bieu02.schema, f.code.split('.')));
    expect(unknown).toEqual([]);
  });

  it('prefixes the fields of each form for indicator bindings, as the binding check reads them', () => {
    const fields = bindingFields(forms.filter((f) => f.id !== 'tu-danh-gia'));
    const kinhPhi = fields.find((f) => f.code === 'bieu_08.nguon_luc.kinh_phi_bvcste');
    expect(kinhPhi?.label.vi.split(' › ').length).toBeGreaterThanOrEqual(3);
    const unknown = fields.filter((f) => {
      const t = bindingTarget(f.code.split('.'), forms);
      return !t || !pathExists(t.form.schema, t.rest);
    });
    expect(unknown).toEqual([]);
  });
});
