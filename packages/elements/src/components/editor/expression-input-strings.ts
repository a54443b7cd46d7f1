/**
 * Interface texts of `<fp-expression-input>`, Vietnamese first: the `expression` namespace of
 * `term()`. Registered when the editor loads this element (not part of the ward bundle).
 */
import { defineStrings } from '../../i18n/registry.js';

const STRINGS = {
  vi: {
    help: 'Chọn trường từ danh sách "Chèn trường" hoặc gõ mã trường; các nút hàm chèn hàm tại con trỏ.',
    pickField: 'Chèn trường',
    filter: 'Tìm trường theo tên hoặc mã',
    fieldList: 'Các trường của biểu mẫu',
    noMatch: 'Không có trường nào khớp "{text}".',
    fieldCount: '{n} trường',
    functions: 'Hàm',
    insertFunction: 'Chèn hàm {signature}: {description}',
    valid: 'Biểu thức hợp lệ.',
    problems: 'Biểu thức có {n} lỗi:',
    at: '(vị trí {n})',
    goTo: 'Đến vị trí {n}',
    inserted: 'Đã chèn "{code}".',
  },
  en: {
    help: 'Pick a field from "Insert field" or type a field code; the function buttons insert a function at the caret.',
    pickField: 'Insert field',
    filter: 'Find a field by name or code',
    fieldList: 'Fields of the form',
    noMatch: 'No field matches "{text}".',
    fieldCount: '{n} field(s)',
    functions: 'Functions',
    insertFunction: 'Insert function {signature}: {description}',
    valid: 'The expression is valid.',
    problems: 'The expression has {n} problem(s):',
    at: '(character {n})',
    goTo: 'Go to character {n}',
    inserted: 'Inserted "{code}".',
  },
};

declare module '../../i18n/registry.js' {
  interface FpStrings {
    expression: (typeof STRINGS)['vi'];
  }
}
defineStrings('expression', STRINGS);
