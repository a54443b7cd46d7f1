/**
 * The messages of a schema a validator cannot use (`schema.<kind>`).
 * Kept apart from the data messages (vi.ts, en.ts) so a page that only fills in forms does not carry
 * them; callers pass them to `formatMessage` as catalogs.
 */
import { str, type MessageCatalog } from './catalog.js';

/** Vietnamese. */
const vi: MessageCatalog = {
  'schema.compile': (p) => `Không biên dịch được lược đồ: ${str(p.detail)}`,
  'schema.failed': (p) => `Không kiểm tra được dữ liệu theo lược đồ: ${str(p.detail)}`,
  'schema.schema': (p) => `Lược đồ không hợp lệ ở ${str(p.at)}: ${p.keyword ? `giá trị của "${str(p.keyword)}"` : 'lược đồ'} phải là một đối tượng hoặc true/false`,
  'schema.type': (p) => `Lược đồ không hợp lệ ở ${str(p.at)}: "type" phải là array, boolean, integer, null, number, object hoặc string (không lặp)`,
  'schema.count': (p) => `Lược đồ không hợp lệ ở ${str(p.at)}: "${str(p.keyword)}" phải là số nguyên không âm`,
  'schema.number': (p) => `Lược đồ không hợp lệ ở ${str(p.at)}: "${str(p.keyword)}" phải là một số`,
  'schema.positive': (p) => `Lược đồ không hợp lệ ở ${str(p.at)}: "${str(p.keyword)}" phải là số dương`,
  'schema.string': (p) => `Lược đồ không hợp lệ ở ${str(p.at)}: "${str(p.keyword)}" phải là chuỗi ký tự`,
  'schema.string-list': (p) => `Lược đồ không hợp lệ ở ${str(p.at)}: "${str(p.keyword)}" phải là danh sách tên không trùng nhau`,
  'schema.array': (p) => `Lược đồ không hợp lệ ở ${str(p.at)}: "${str(p.keyword)}" phải là một danh sách`,
  'schema.schema-list': (p) => `Lược đồ không hợp lệ ở ${str(p.at)}: "${str(p.keyword)}" phải là danh sách lược đồ`,
  'schema.schema-map': (p) => `Lược đồ không hợp lệ ở ${str(p.at)}: "${str(p.keyword)}" phải là đối tượng mà mỗi giá trị là một lược đồ`,
  'schema.regex': (p) => `Lược đồ không hợp lệ ở ${str(p.at)}: "${str(p.keyword)}" không phải biểu thức chính quy hợp lệ`,
  'schema.boolean': (p) => `Lược đồ không hợp lệ ở ${str(p.at)}: "${str(p.keyword)}" phải là true hoặc false`,
  'schema.unsupported': (p) => `Lược đồ dùng "${str(p.keyword)}" (ở ${str(p.at)}), từ khoá chưa được hỗ trợ ở chế độ lược đồ`,
  'schema.unresolved-ref': (p) => `Lược đồ không hợp lệ ở ${str(p.at)}: "$ref" trỏ tới lược đồ không có`,
  'schema.duplicate-id': () => 'Lược đồ không hợp lệ: hai lược đồ con có cùng địa chỉ ($id)',
};

/** English. */
const en: MessageCatalog = {
  'schema.compile': (p) => `The schema cannot be compiled: ${str(p.detail)}`,
  'schema.failed': (p) => `The data could not be checked against the schema: ${str(p.detail)}`,
  'schema.schema': (p) => `Invalid schema at ${str(p.at)}: ${p.keyword ? `the value of "${str(p.keyword)}"` : 'a schema'} must be an object or true/false`,
  'schema.type': (p) => `Invalid schema at ${str(p.at)}: "type" must be array, boolean, integer, null, number, object or string (no repeats)`,
  'schema.count': (p) => `Invalid schema at ${str(p.at)}: "${str(p.keyword)}" must be a non-negative whole number`,
  'schema.number': (p) => `Invalid schema at ${str(p.at)}: "${str(p.keyword)}" must be a number`,
  'schema.positive': (p) => `Invalid schema at ${str(p.at)}: "${str(p.keyword)}" must be a positive number`,
  'schema.string': (p) => `Invalid schema at ${str(p.at)}: "${str(p.keyword)}" must be a string`,
  'schema.string-list': (p) => `Invalid schema at ${str(p.at)}: "${str(p.keyword)}" must be a list of distinct names`,
  'schema.array': (p) => `Invalid schema at ${str(p.at)}: "${str(p.keyword)}" must be a list`,
  'schema.schema-list': (p) => `Invalid schema at ${str(p.at)}: "${str(p.keyword)}" must be a list of schemas`,
  'schema.schema-map': (p) => `Invalid schema at ${str(p.at)}: "${str(p.keyword)}" must be an object whose values are schemas`,
  'schema.regex': (p) => `Invalid schema at ${str(p.at)}: "${str(p.keyword)}" is not a valid regular expression`,
  'schema.boolean': (p) => `Invalid schema at ${str(p.at)}: "${str(p.keyword)}" must be true or false`,
  'schema.unsupported': (p) => `The schema uses "${str(p.keyword)}" (at ${str(p.at)}), a keyword schema mode does not support yet`,
  'schema.unresolved-ref': (p) => `Invalid schema at ${str(p.at)}: "$ref" points to a schema that does not exist`,
  'schema.duplicate-id': () => 'Invalid schema: two subschemas have the same address ($id)',
};

export const schemaCatalogs = { vi, en };
