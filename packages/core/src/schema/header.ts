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

/** What the standard header holds, read from a form's data. */
export interface ReportHeader {
  /** `ngay_chot_so_lieu`: the data cut-off date, `YYYY-MM-DD` as entered */
  cutOffDate?: string;
  /** `nguoi_lap`: who prepared the report */
  preparer?: string;
  /** `lanh_dao_ky`: the leader who signs */
  signer?: string;
}

function textAt(header: unknown, key: string): string | undefined {
  if (header === null || typeof header !== 'object' || !Object.prototype.hasOwnProperty.call(header, key)) return undefined;
  const v = (header as Record<string, unknown>)[key];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/**
 * Reads the standard header (under {@link HEADER_KEY}) from a form's data.
 * @param value - the form data
 * @returns the texts present (empty strings count as absent)
 */
export function readHeader(value: unknown): ReportHeader {
  const header = value !== null && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, HEADER_KEY)
    ? (value as Record<string, unknown>)[HEADER_KEY]
    : undefined;
  const out: ReportHeader = {};
  const cutOffDate = textAt(header, 'ngay_chot_so_lieu');
  const preparer = textAt(header, 'nguoi_lap');
  const signer = textAt(header, 'lanh_dao_ky');
  if (cutOffDate !== undefined) out.cutOffDate = cutOffDate;
  if (preparer !== undefined) out.preparer = preparer;
  if (signer !== undefined) out.signer = signer;
  return out;
}
