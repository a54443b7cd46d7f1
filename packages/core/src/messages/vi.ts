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
  'pack.missing-part': (p) => `Thiếu phần bắt buộc của gói: ${str(p.file)}`,
  'pack.not-a-pack': () => 'Gói phải là một đối tượng JSON có đủ các phần',
  'pack.read-failed': (p) => `Không đọc được tệp: ${str(p.reason)}`,
  'pack.file-too-large': (p) => `Tệp quá lớn: ${str(p.size)} byte (tối đa ${str(p.limit)} byte)`,
  'pack.pack-too-large': (p) => `Gói quá lớn: hơn ${str(p.limit)} byte`,
  'pack.too-many-files': (p) => `Quá nhiều tệp trong thư mục (tối đa ${str(p.limit)})`,
  'pack.invalid-json': (p) => `JSON không hợp lệ ở dòng ${str(p.line)}, cột ${str(p.column)}: ${str(p.detail)}`,
  'pack.forbidden-key': (p) => `Khoá "${str(p.key)}" bị cấm trong dữ liệu nhập vào`,
  'pack.not-nfc': () => 'Văn bản chưa được chuẩn hoá Unicode NFC',
  'pack.too-deep': (p) => `Dữ liệu lồng quá sâu (tối đa ${str(p.limit)} cấp)`,
  'pack.not-json-value': (p) => `Không phải giá trị JSON (${str(p.kind)})`,
  'pack.meta-schema': (p) => `Lược đồ meta không dùng được: ${str(p.detail)}`,
  'pack.schema': (p) => `${str(p.text)}`,
  'pack.duplicate-code': (p) => `Mã "${str(p.code)}" bị trùng (đã có ở ${str(p.first)})`,
  'pack.unknown-category-set': (p) => `Không có bộ danh mục "${str(p.id)}"`,
  'pack.unknown-period-kind': (p) => `Không có loại kỳ báo cáo "${str(p.code)}" trong lịch`,
  'pack.unknown-criteria-set': (p) => `Không có bộ tiêu chí "${str(p.id)}"`,
  'pack.unknown-org-unit': (p) => `Không có đơn vị "${str(p.code)}"`,
  'pack.unknown-agency': (p) => `Không có cơ quan "${str(p.code)}"`,
  'pack.unknown-form': (p) => `Không có biểu "${str(p.id)}"`,
  'pack.points-mismatch': (p) =>
    `Tổng điểm không khớp: khai báo ${str(p.declared)}, tổng các thành phần là ${str(p.sum)}`,
  'pack.bad-expression': (p) => `Biểu thức lỗi ở vị trí ${str(p.index)}`,
  'pack.unknown-field': (p) => `Biểu thức tham chiếu trường không có: "${str(p.path)}"`,
  'pack.invalid-form-schema': (p) => `Biểu không phải JSON Schema hợp lệ: ${str(p.detail)}`,
  'pack.resolve-failed': (p) => `Không dựng được biểu: ${str(p.detail)}`,
  'pack.not-a-zip': (p) => `Không phải tệp nén .zip đọc được: ${str(p.detail)}`,
  'pack.unsafe-file-name': (p) => `Tên tệp trong tệp zip không an toàn: "${str(p.name)}" (không được có "..", đường dẫn tuyệt đối, dấu \\ hay ký tự điều khiển)`,
  'pack.bad-file-id': (p) => `Mã "${str(p.id)}" không đặt được tên tệp trong thư mục ${str(p.folder)} (chỉ chữ thường không dấu, số và dấu gạch nối, không trùng nhau)`,
};
