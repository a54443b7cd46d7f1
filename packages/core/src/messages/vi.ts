import { list, str, type MessageCatalog } from './catalog.js';

const FORMAT_VI: Record<string, string> = {
  date: 'Phải là ngày hợp lệ (dd/mm/yyyy)',
  'date-time': 'Phải là ngày giờ hợp lệ',
  email: 'Phải là địa chỉ email hợp lệ',
  uri: 'Phải là địa chỉ URI hợp lệ',
  time: 'Phải là giờ hợp lệ',
};

const TYPE_VI: Record<string, string> = {
  integer: 'số nguyên', number: 'số', string: 'chuỗi ký tự', boolean: 'giá trị đúng/sai',
  object: 'đối tượng', array: 'danh sách', null: 'rỗng',
};

/** Vietnamese messages for data validation keywords and pack errors. */
export const vi: MessageCatalog = {
  'kw.required': () => 'Trường này là bắt buộc',
  'kw.type': (p) =>
    p.type === 'integer' && p.nonNegative === true
      ? 'Phải là số nguyên không âm'
      : `Phải là ${String(p.type).split(',').map((t) => TYPE_VI[t] ?? t).join(' hoặc ')}`,
  'kw.minimum': (p) => (p.limit === 0 ? 'Phải là số không âm' : `Phải lớn hơn hoặc bằng ${str(p.limit)}`),
  'kw.maximum': (p) => `Phải nhỏ hơn hoặc bằng ${str(p.limit)}`,
  'kw.exclusiveMinimum': (p) => `Phải lớn hơn ${str(p.limit)}`,
  'kw.exclusiveMaximum': (p) => `Phải nhỏ hơn ${str(p.limit)}`,
  'kw.multipleOf': (p) => `Phải là bội số của ${str(p.multipleOf)}`,
  'kw.enum': (p) => `Phải là một trong các giá trị: ${list(p.allowedValues)}`,
  'kw.const': (p) => `Phải bằng ${str(p.allowedValue)}`,
  'kw.format': (p) => FORMAT_VI[str(p.format)] ?? `Không đúng định dạng ${str(p.format)}`,
  'kw.pattern': (p) => `Không đúng mẫu ${str(p.pattern)}`,
  'kw.additionalProperties': (p) => `Không được có trường "${str(p.additionalProperty)}"`,
  'kw.maxLength': (p) => `Không được dài quá ${str(p.limit)} ký tự`,
  'kw.minLength': (p) => (p.limit === 1 ? 'Không được để trống' : `Phải dài ít nhất ${str(p.limit)} ký tự`),
  'kw.maxItems': (p) => `Không được có quá ${str(p.limit)} mục`,
  'kw.minItems': (p) => `Phải có ít nhất ${str(p.limit)} mục`,
  'kw.uniqueItems': (p) => `Các mục không được trùng nhau (mục ${str(p.j)} và ${str(p.i)})`,
  'kw.oneOf': () => 'Không khớp đúng một trong các dạng cho phép',
  'kw.anyOf': () => 'Không khớp dạng nào trong các dạng cho phép',
  'kw.not': () => 'Giá trị không được phép',
  'kw.propertyNames': (p) => `Tên trường không hợp lệ: "${str(p.propertyName)}"`,
  'kw.minProperties': (p) => `Phải có ít nhất ${str(p.limit)} trường`,
  'kw.maxProperties': (p) => `Không được có quá ${str(p.limit)} trường`,
  'kw.unevaluatedProperties': (p) => `Không được có trường "${str(p.unevaluatedProperty)}"`,
  'kw.dependentRequired': (p) => `Khi có "${str(p.property)}" thì phải có "${str(p.missingProperty)}"`,
  'kw.contains': () => 'Danh sách thiếu mục bắt buộc',
  'kw.false schema': () => 'Không được có giá trị ở đây',
  'kw.unknown': (p) => `Giá trị không hợp lệ (${str(p.keyword)})`,
};
