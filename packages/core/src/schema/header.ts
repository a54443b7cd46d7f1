import type { SchemaNode } from './resolved-form.js';

/** Name of the standard header property. */
export const HEADER_KEY = 'thong_tin';

/**
 * The standard report header (Thông tin biểu): data cut-off date and preparer required,
 * signing leader optional. Added by the resolver unless the form says `x-fp-header: false`.
 */
export function headerSchema(): SchemaNode {
  return {
    type: 'object',
    additionalProperties: false,
    'x-fp-label': { vi: 'Thông tin biểu', en: 'Report information' },
    'x-fp-order': ['ngay_chot_so_lieu', 'nguoi_lap', 'lanh_dao_ky'],
    required: ['ngay_chot_so_lieu', 'nguoi_lap'],
    properties: {
      ngay_chot_so_lieu: {
        type: 'string', format: 'date', 'x-fp-widget': 'date',
        'x-fp-label': { vi: 'Ngày chốt số liệu', en: 'Data cut-off date' },
      },
      nguoi_lap: {
        type: 'string', minLength: 1, maxLength: 200,
        'x-fp-label': { vi: 'Người lập biểu', en: 'Prepared by' },
      },
      lanh_dao_ky: {
        type: 'string', maxLength: 200,
        'x-fp-label': { vi: 'Lãnh đạo ký', en: 'Signed by' },
      },
    },
  };
}
