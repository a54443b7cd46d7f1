/**
 * Test helpers: a small builder of synthetic packs for calendar and rollover tests.
 * Not exported from the package index.
 */
import type { AuthoredForm, Calendar, PackSource, Period } from '../pack/types.js';

const confirmed = { status: 'confirmed' as const, source: 'KH 89/KH-UBND ngày 20/3/2018' };

/** Options of {@link buildPack}. */
export interface BuildPackOptions {
  year?: number;
  id?: string;
  graceDays?: number;
  /** replaces the default periods */
  periods?: Period[];
  forms?: AuthoredForm[];
}

/** A period of `year` of the given kind (coverage from 1 January to `to`, due `MM-DD`). */
export function period(year: number, kind: string, to: string, due: string | null, graceDays?: number): Period {
  return {
    id: `${year}-${kind}`,
    kind,
    label: { vi: `Báo cáo ${kind} năm ${year}`, en: `${kind} report ${year}` },
    coverage: { from: `${year}-01-01`, to: `${year}-${to}` },
    due: due === null ? null : `${year}-${due}`,
    ...(graceDays === undefined ? {} : { graceDays }),
    provenance: confirmed,
  };
}

/** A minimal matrix form filed for the given period kinds. */
export function form(id: string, kinds: string[]): AuthoredForm {
  return {
    'x-fp-id': id,
    'x-fp-label': { vi: `Biểu ${id}`, en: `Form ${id}` },
    'x-fp-period-kinds': kinds,
    'x-fp-provenance': { status: 'proposed', note: 'test' },
    type: 'object',
    required: ['tong_tre_em'],
    properties: {
      tong_tre_em: { type: 'integer', minimum: 0, 'x-fp-label': { vi: 'Tổng số trẻ em', en: 'Children' } },
      so_lieu: {
        type: 'object',
        'x-fp-label': { vi: 'Số liệu', en: 'Figures' },
        'x-fp-matrix': {
          rows: { categorySet: 'hcdb-dieu-10', depth: 1 },
          columns: [
            { code: 'tong_so', label: { vi: 'Tổng số', en: 'Total' }, type: 'count', computed: 'sum(*)' },
            { categorySet: ['gioi-tinh'], type: 'count' },
          ],
        },
      },
    },
    'x-fp-rules': [
      { code: 'R1', expr: 'so_lieu.HCDB_01.tong_so <= tong_tre_em', severity: 'error',
        message: { vi: 'Vượt tổng số trẻ em', en: 'Exceeds the number of children' } },
    ],
  };
}

/** The default periods of a year: Q1, H1 (due 15/5, 7 grace days), M9, Y and one ad-hoc period. */
export function defaultPeriods(year: number): Period[] {
  return [
    period(year, 'Q1', '03-31', '03-15'),
    period(year, 'H1', '06-30', '05-15', 7),
    period(year, 'M9', '09-30', '08-15'),
    period(year, 'Y', '12-31', '11-10'),
    period(year, 'ADHOC', '12-31', null),
  ];
}

/** Builds a small but complete synthetic pack of `year` (default 2018). */
export function buildPack(options: BuildPackOptions = {}): PackSource {
  const year = options.year ?? 2018;
  const calendar: Calendar = {
    periodKinds: ['Q1', 'H1', 'M9', 'Y', 'ADHOC'].map((code) => ({ code, label: { vi: `Kỳ ${code}`, en: `Period ${code}` } })),
    graceDays: options.graceDays ?? 3,
    periods: options.periods ?? defaultPeriods(year),
    notes: [{ label: { vi: `Thống kê BHYT năm ${year}`, en: `Health insurance ${year}` }, due: `${year}-11-10`, provenance: confirmed }],
  };
  return {
    manifest: {
      id: options.id ?? `tay-ho-${year}`,
      year,
      version: '1.2.0',
      title: { vi: `Kế hoạch công tác trẻ em năm ${year}`, en: `Child work plan ${year}` },
      issuer: { vi: 'UBND quận Tây Hồ', en: 'Tay Ho District People\'s Committee' },
      district: 'TAY_HO',
      document: { number: '89/KH-UBND', date: `${year}-03-20`, place: 'Tây Hồ',
        basis: [{ vi: 'Kế hoạch 515/KH-LĐTĐ ngày 06/3/2018' }] },
      locale: 'vi',
      provenance: confirmed,
    },
    orgUnits: [
      { code: 'TAY_HO', name: 'Quận Tây Hồ', level: 'district', provenance: confirmed },
      { code: 'P_BUOI', name: 'Phường Bưởi', level: 'ward', parent: 'TAY_HO', validFrom: '1995-10-28', validTo: null, provenance: confirmed },
      { code: 'P_NHAT_TAN', name: 'Phường Nhật Tân', level: 'ward', parent: 'TAY_HO', provenance: confirmed },
    ],
    agencies: [{ code: 'LDTBXH', name: { vi: 'Phòng LĐTB&XH' } }],
    categorySets: [
      { id: 'hcdb-dieu-10', title: { vi: 'Trẻ em có hoàn cảnh đặc biệt' }, exclusive: false, provenance: confirmed,
        items: [
          { code: 'HCDB_01', label: { vi: 'Trẻ em mồ côi cả cha và mẹ' } },
          { code: 'HCDB_04', label: { vi: 'Trẻ em nhiễm HIV/AIDS' }, children: [{ code: 'HCDB_04a', label: { vi: 'Dưới 6 tuổi' } }] },
        ] },
      { id: 'gioi-tinh', title: { vi: 'Giới tính' }, exclusive: true, provenance: confirmed,
        items: [{ code: 'nam', label: { vi: 'Nam' } }, { code: 'nu', label: { vi: 'Nữ' } }] },
    ],
    criteriaSets: [{
      id: 'qd-34-2014', title: { vi: 'Tiêu chuẩn xã, phường phù hợp với trẻ em' }, legalBasis: 'QĐ 34/2014/QĐ-TTg',
      validFrom: '2014-06-30', validTo: '2019-03-25', maxPoints: 100, provenance: confirmed,
      criteria: [{ code: 'TC1', title: { vi: 'Tiêu chuẩn 1' }, maxPoints: 10, provenance: confirmed,
        indicators: [{ code: 'TC1_1', title: { vi: 'Chỉ tiêu 1' }, maxPoints: 10, scoring: { kind: 'boolean' }, provenance: confirmed }] }],
      recognition: { thresholds: [], allCriteriaMet: true, noZeroCriterion: true },
    }],
    calendar,
    plan: {
      title: { vi: `Kế hoạch thực hiện công tác trẻ em năm ${year}` },
      purpose: [{ vi: `Triển khai Luật Trẻ em năm ${year}; giai đoạn 2016-2020; Nghị định 56/2017/NĐ-CP` }],
      targets: [{ code: 'MT1', text: { vi: '100% phường đạt chuẩn' }, provenance: confirmed,
        binding: { expr: 'percent(a, b)', op: '>=', value: 100, unit: '%' } }],
      contentItems: [{ code: 'ND1', text: { vi: 'Tuyên truyền' }, refs: ['Luật 102/2016/QH13'] }],
      assignments: [{ number: '1', agencies: ['LDTBXH'], heading: { vi: 'Phòng LĐTB&XH' }, tasks: [
        { code: 'NV1', text: { vi: `Tổng hợp báo cáo 6 tháng năm ${year}` }, due: `${year}-05-15`, forms: ['b01', `${year}-H1`] },
        { code: 'NV2', text: { vi: 'Kiểm tra' } },
      ] }],
      recipients: ['Sở LĐTB&XH'],
      signer: { on_behalf: 'TM. UBND', capacity: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn A' },
      provenance: confirmed,
    },
    forms: options.forms ?? [form('b01', ['H1', 'Y']), form('b02', ['Q1', 'H1', 'M9', 'Y']), form('b03', ['ADHOC'])],
  };
}
