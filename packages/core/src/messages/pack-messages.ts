/**
 * The messages of a pack that cannot be loaded (`pack.<code>`).
 * Kept apart from the data messages (vi.ts, en.ts) so a page that only fills in forms does not carry
 * them; callers pass them to `formatMessage` as catalogs.
 */
import { str, type MessageCatalog } from './catalog.js';

/** Vietnamese. */
const vi: MessageCatalog = {
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

/** English. */
const en: MessageCatalog = {
  'pack.missing-part': (p) => `Missing required pack part: ${str(p.file)}`,
  'pack.not-a-pack': () => 'A pack must be a JSON object with all its parts',
  'pack.read-failed': (p) => `Cannot read file: ${str(p.reason)}`,
  'pack.file-too-large': (p) => `File too large: ${str(p.size)} bytes (limit ${str(p.limit)} bytes)`,
  'pack.pack-too-large': (p) => `Pack too large: over ${str(p.limit)} bytes`,
  'pack.too-many-files': (p) => `Too many files in the folder (limit ${str(p.limit)})`,
  'pack.invalid-json': (p) => `Invalid JSON at line ${str(p.line)}, column ${str(p.column)}: ${str(p.detail)}`,
  'pack.forbidden-key': (p) => `Key "${str(p.key)}" is forbidden in imported data`,
  'pack.not-nfc': () => 'Text is not Unicode NFC-normalised',
  'pack.too-deep': (p) => `Data nested too deep (limit ${str(p.limit)} levels)`,
  'pack.not-json-value': (p) => `Not a JSON value (${str(p.kind)})`,
  'pack.meta-schema': (p) => `Meta-schema unusable: ${str(p.detail)}`,
  'pack.schema': (p) => `${str(p.text)}`,
  'pack.duplicate-code': (p) => `Duplicate code "${str(p.code)}" (first at ${str(p.first)})`,
  'pack.unknown-category-set': (p) => `No category set "${str(p.id)}"`,
  'pack.unknown-period-kind': (p) => `No period kind "${str(p.code)}" in the calendar`,
  'pack.unknown-criteria-set': (p) => `No criteria set "${str(p.id)}"`,
  'pack.unknown-org-unit': (p) => `No org unit "${str(p.code)}"`,
  'pack.unknown-agency': (p) => `No agency "${str(p.code)}"`,
  'pack.unknown-form': (p) => `No form "${str(p.id)}"`,
  'pack.points-mismatch': (p) => `Points do not add up: declared ${str(p.declared)}, parts sum to ${str(p.sum)}`,
  'pack.bad-expression': (p) => `Expression error at index ${str(p.index)}`,
  'pack.unknown-field': (p) => `Expression refers to a missing field: "${str(p.path)}"`,
  'pack.invalid-form-schema': (p) => `Form is not a valid JSON Schema: ${str(p.detail)}`,
  'pack.resolve-failed': (p) => `Cannot resolve form: ${str(p.detail)}`,
  'pack.not-a-zip': (p) => `Not a readable .zip file: ${str(p.detail)}`,
  'pack.unsafe-file-name': (p) => `Unsafe file name in the zip: "${str(p.name)}" (no "..", absolute path, \\ or control characters)`,
  'pack.bad-file-id': (p) => `Id "${str(p.id)}" cannot name a file in the ${str(p.folder)} folder (lower-case ASCII letters, digits and hyphens, each once)`,
};

export const packCatalogs = { vi, en };
