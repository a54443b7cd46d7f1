/**
 * Test helpers for the matrix renderer: small matrices made by the real resolver from a tiny
 * in-memory pack, and a mount function over a real FormModel + AjvValidator.
 */
import { fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AjvValidator, FormModel, resolveAuthoredForm } from '@formplan/core';
import type { PackSource, SchemaNode } from '@formplan/core';
import { pasteReaderReady } from './matrix-paste-view.js';
import type { FpMatrixRenderer } from './matrix-renderer.component.js';
import './matrix-renderer.js';

const text = (vi: string, en: string) => ({ vi, en });

/** A pack with two-level rows and two crossed column sets, like the Tây Hồ forms. */
export const MINI_PACK = {
  manifest: { id: 'thu-nghiem', version: '1.0.0' },
  orgUnits: [], agencies: [], criteriaSets: [], forms: [],
  calendar: {}, plan: {},
  categorySets: [
    {
      id: 'nhom', title: text('Nhóm', 'Group'),
      items: [
        { code: 'A', label: text('Trẻ em mồ côi', 'Orphans'), children: [{ code: 'A_1', label: text('Không có người chăm sóc', 'No caregiver') }] },
        { code: 'B', label: text('Trẻ em khuyết tật', 'Children with disabilities') },
      ],
    },
    { id: 'tuoi', title: text('Tuổi', 'Age'), items: [{ code: 'duoi_6', label: text('Dưới 06 tuổi', 'Under 6') }] },
    { id: 'gioi', title: text('Giới tính', 'Sex'), items: [{ code: 'nam', label: text('Nam', 'Male') }, { code: 'nu', label: text('Nữ', 'Female') }] },
  ],
} as unknown as PackSource;

let forms = 0;

/**
 * A resolved form with one matrix `so_lieu` (rows A, A_1, B; columns tong_so = sum(*),
 * duoi_6__nam, duoi_6__nu under the group "Dưới 06 tuổi", then `extraColumns`).
 */
export function miniForm(extraColumns: unknown[] = [], columnTotals = true): SchemaNode {
  const form = {
    'x-fp-id': `mini-${++forms}`, 'x-fp-header': false, type: 'object',
    'x-fp-label': text('Biểu thử', 'Test form'),
    properties: {
      so_lieu: {
        type: 'object', 'x-fp-label': text('Trẻ em theo nhóm', 'Children by group'),
        'x-fp-matrix': {
          rows: { categorySet: 'nhom', depth: 2 },
          columns: [
            { code: 'tong_so', label: text('Tổng số', 'Total'), type: 'count', computed: 'sum(*)' },
            { categorySet: ['tuoi', 'gioi'], type: 'count' },
            ...extraColumns,
          ],
          columnTotals,
        },
      },
    },
  };
  const resolved = resolveAuthoredForm(MINI_PACK, form as unknown as Parameters<typeof resolveAuthoredForm>[1]);
  return { ...resolved.schema, $id: `${resolved.$id}:${Date.now().toString(36)}:${forms}` };
}

/** Mounts `<fp-matrix-renderer>` for `/so_lieu` of a form schema (or `opts.node` in its place, with the form's model). */
export async function mountMatrix(schema: SchemaNode, value: Record<string, unknown> = {}, opts: { readonly?: boolean; lang?: 'vi' | 'en'; node?: SchemaNode } = {}) {
  const model = new FormModel({ schema, validator: new AjvValidator(), value });
  const el = document.createElement('fp-matrix-renderer') as FpMatrixRenderer;
  const node = opts.node ?? (schema.properties as Record<string, SchemaNode>).so_lieu;
  Object.assign(el, { model, schema: node, pointer: '/so_lieu', readonly: !!opts.readonly, lang: opts.lang ?? 'vi' });
  await fixture(el);
  await el.updateComplete;
  await pasteReaderReady(); // the tests paste at once, as a user does once the table has loaded
  const root = el.shadowRoot!;
  const cell = (row: string, col: string) => root.querySelector<HTMLElement>(`[data-pointer="/so_lieu/${row}/${col}"]`)!;
  const input = (row: string, col: string) => cell(row, col) as HTMLInputElement;
  const total = (col: string) => root.querySelector<HTMLElement>(`tfoot .total[data-column="${col}"]`)!;
  return { el, model, root, cell, input, total };
}

/** Pastes `clip` the way the browser does: a real `paste` ClipboardEvent carrying a DataTransfer, at `target`. */
export function pasteInto(target: HTMLElement, clip: string): ClipboardEvent {
  const data = new DataTransfer();
  data.setData('text/plain', clip);
  const e = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  target.dispatchEvent(e);
  return e;
}

/** Presses Ctrl+Z with the real keyboard. */
export async function pressCtrlZ(): Promise<void> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'z' });
  await sendKeys({ up: 'Control' });
}
