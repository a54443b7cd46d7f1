import { describe, expect, it } from 'vitest';
import { describeError, errorMessages, FormplanError } from './formplan-error.js';
import { formatPointer, getAt, JsonPointerError, joinPointer, lastSegment, parsePointer, parseSafePointer, setAt } from './json-pointer.js';
import { safeKeys } from './safe-keys.js';
import { StorageFullError } from '../storage/storage-errors.js';
import { CalendarError } from '../calendar/iso-date.js';

describe('json pointer', () => {
  it('round-trips escaped segments', () => {
    const p = formatPointer(['a/b', 'c~d', 0]);
    expect(p).toBe('/a~1b/c~0d/0');
    expect(parsePointer(p)).toEqual(['a/b', 'c~d', '0']);
    expect(joinPointer('/x', 'y/z')).toBe('/x/y~1z');
    expect(lastSegment('/so_lieu/a~1b')).toBe('a/b');
    expect(parsePointer('')).toEqual([]);
  });
  it('refuses malformed pointers and, for imported data, forbidden keys', () => {
    expect(() => parsePointer('x')).toThrow(JsonPointerError);
    expect(parsePointer('/__proto__/x')).toEqual(['__proto__', 'x']);
    expect(() => parseSafePointer('/__proto__/x')).toThrow(/Forbidden key/);
    expect(getAt({ a: 1 }, ['__proto__'])).toBeUndefined();
    expect(() => setAt({}, ['__proto__', 'x'], 1)).toThrow(JsonPointerError);
    expect(safeKeys(JSON.parse('{"a":1,"__proto__":2}'))).toEqual(['a']);
  });
});

describe('errors', () => {
  it('every core error is a FormplanError with the English text as message', () => {
    const e = new CalendarError({ vi: 'Ngày sai', en: 'Bad date' });
    expect(e).toBeInstanceOf(FormplanError);
    expect(e.message).toBe('Bad date');
    expect(e.code).toBe('calendar');
    expect(new StorageFullError(1)).toBeInstanceOf(FormplanError);
  });
  it('describes anything caught, Vietnamese first', () => {
    expect(describeError(new CalendarError({ vi: 'Ngày sai', en: 'Bad date' }), 'vi')).toBe('Ngày sai');
    expect(describeError({ file: 'a', message: { vi: 'Gói lỗi', en: 'Bad pack' } }, 'en')).toBe('Bad pack');
    expect(describeError(new Error('boom'), 'vi')).toBe('boom');
    expect(describeError(42, 'vi')).toBe('Lỗi không xác định');
    expect(errorMessages({ vi: 'Chỉ tiếng Việt' }, { vi: '-', en: '-' })).toEqual({ vi: 'Chỉ tiếng Việt', en: 'Chỉ tiếng Việt' });
  });
});
