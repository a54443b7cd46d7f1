// A small plain JSON Schema (no pack) for pages that embed `<fp-form>` in schema mode.

/** One count (integer ≥ 0, required) and a note, labelled vi/en. */
export const PLAIN_SCHEMA = {
  type: 'object',
  'x-fp-label': { vi: 'Báo cáo thử', en: 'Test report' },
  properties: {
    so_tre_em: { type: 'integer', minimum: 0, 'x-fp-label': { vi: 'Số trẻ em', en: 'Number of children' } },
    ghi_chu: { type: 'string', 'x-fp-label': { vi: 'Ghi chú', en: 'Note' } },
  },
  required: ['so_tre_em'],
};
