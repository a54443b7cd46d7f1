/**
 * What both exchange files share on import (the ward's bundle of submissions and the district's
 * bundle of reviews): the size bound checked before parsing, JSON, the format marker and
 * version, forbidden keys, the pinned pack version and its hash, and the per-item report.
 */
import type { Bilingual } from '../common/bilingual.js';
import { describeError } from '../common/formplan-error.js';
import { FORBIDDEN_KEYS } from '../common/safe-keys.js';
import { StoreError } from '../storage/storage-errors.js';
import { findForbiddenKey } from '../storage/canonical-json.js';
import type { FormDataKey, PackRecord } from '../storage/records.js';
import type { Store } from '../storage/store.js';
import type { ImportReport, RefusedItem } from './bundle.js';
import { importMessages as msg } from './import-messages.js';

/** A parsed JSON object. */
export type Obj = Record<string, unknown>;

/** Whether a value is a plain (non-array) object. */
export const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
/** Whether a value is a non-empty text of at most 200 characters (codes, names, times). */
export const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200;
/** 64 lowercase hex digits: a SHA-256 hash. */
export const HEX64 = /^[0-9a-f]{64}$/;

function utf8Length(text: string, max: number): number {
  // Every UTF-16 unit is at least one UTF-8 byte: a text longer than the bound is over it.
  if (text.length > max) return text.length;
  return new TextEncoder().encode(text).length;
}

/** What kind of file is read: its format marker, the name of its item list, and how to call it. */
export interface FileKind {
  format: string;
  formatVersion: number;
  /** the field holding the items (`submissions`, `reviews`) */
  itemsField: string;
  /** the file named for the user, e.g. "tệp báo cáo của phường" */
  name: Bilingual;
  /** a check of the file's own fields before its pack is looked up (e.g. whose file it is) */
  check?: (file: Obj) => Bilingual | undefined;
}

/** A file whose envelope passed: the parsed object, its items and the pinned pack stored here. */
export interface Envelope {
  file: Obj;
  items: unknown[];
  pack: PackRecord;
}

function parseBounded(input: unknown, kind: FileKind, max: number): { parsed: unknown } | { fatal: Bilingual } {
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    try {
      text = JSON.stringify(input) ?? '';
    } catch {
      return { fatal: msg.notSerialisable() };
    }
  }
  const bytes = utf8Length(text, max);
  if (bytes > max) return { fatal: msg.tooLarge(bytes, max) };
  try {
    return { parsed: JSON.parse(text) };
  } catch (e) {
    return { fatal: msg.invalidJson(describeError(e, 'en'), kind.name) };
  }
}

/**
 * Parses and checks an exchange file's envelope; nothing is stored.
 * @param store where the pinned pack version must be
 * @param input the file text or an already parsed value
 * @param kind which file is expected
 * @param maxBytes the size bound in UTF-8 bytes, checked before parsing
 * @returns the envelope, or the reason the whole file is refused
 */
export async function readEnvelope(store: Store, input: unknown, kind: FileKind, maxBytes: number): Promise<Envelope | { fatal: Bilingual }> {
  const read = parseBounded(input, kind, maxBytes);
  if ('fatal' in read) return read;
  const parsed = read.parsed;
  if (!isObj(parsed) || parsed.format !== kind.format) return { fatal: msg.notBundle(kind.name) };
  for (const k of Object.keys(parsed)) {
    if (FORBIDDEN_KEYS.has(k)) return { fatal: msg.forbiddenKey(`/${k}`) };
  }
  if (parsed.formatVersion !== kind.formatVersion) return { fatal: msg.formatVersion(parsed.formatVersion, kind.formatVersion) };
  for (const f of ['packId', 'packVersion', 'ward']) {
    if (!isText(parsed[f])) return { fatal: msg.badField(f) };
  }
  const items = parsed[kind.itemsField];
  if (!Array.isArray(items)) return { fatal: msg.badField(kind.itemsField) };
  if (parsed.packHash !== undefined && typeof parsed.packHash !== 'string') return { fatal: msg.badField('packHash') };
  const refused = kind.check?.(parsed);
  if (refused) return { fatal: refused };
  const packId = parsed.packId as string;
  const packVersion = parsed.packVersion as string;
  const pack = await store.getPack(packId, packVersion);
  if (!pack) return { fatal: msg.unknownPack(packId, packVersion) };
  if (parsed.packHash !== undefined && parsed.packHash !== pack.hash) return { fatal: msg.packHashMismatch(packId, packVersion) };
  return { file: parsed, items, pack };
}

/** An empty report. */
export function emptyReport(): ImportReport {
  return { taken: [], skipped: [], refused: [] };
}

/** Adds a refused item, with its key and revision when they could be read. */
export function refuse(report: ImportReport, index: number, read: Omit<RefusedItem, 'index'>): void {
  const refused: RefusedItem = { index, reason: read.reason };
  if (read.list) refused.list = read.list;
  if (read.key) refused.key = read.key;
  if (read.revision !== undefined) refused.revision = read.revision;
  report.refused.push(refused);
}

/** The reason of an unexpected error while storing an item. */
export function errorReason(e: unknown): Bilingual {
  return e instanceof StoreError ? e.messages : { vi: `Lỗi: ${describeError(e, 'vi')}`, en: `Error: ${describeError(e, 'en')}` };
}

/** One item read: the record, or why it is refused (with its key and revision when read). */
export type ItemRead<T> = { record: T } | { reason: Bilingual; key?: FormDataKey; revision?: number };

/** How an item's refusals are worded (a submission, a review). */
export interface ItemMessages {
  field: (field: string) => Bilingual;
  outside: (field: string) => Bilingual;
}

/** An item's key and revision, read and checked against its file. */
export interface ItemHead {
  item: Obj;
  key: FormDataKey;
  revision: number;
}

/** An item's key, read and checked against its file. */
export interface ItemKeyRead {
  item: Obj;
  key: FormDataKey;
}

/**
 * Reads an item's object, forbidden keys, text fields (the form data key and `texts`) and
 * checks its pack version and ward against the file's.
 * @param item the raw item
 * @param file the file's envelope
 * @param texts the item's other required text fields
 * @param says the refusals for a missing or mistyped field and for a field that differs from the file's
 * @returns the item and its key, or the refusal
 */
export function readItemKey(item: unknown, file: Obj, texts: readonly string[], says: ItemMessages): ItemKeyRead | { reason: Bilingual; key?: FormDataKey } {
  if (!isObj(item)) return { reason: msg.itemNotObject() };
  const forbidden = findForbiddenKey(item);
  if (forbidden !== undefined) return { reason: msg.forbiddenKey(forbidden) };
  for (const f of ['packId', 'packVersion', 'formId', 'ward', 'period', ...texts]) {
    if (!isText(item[f])) return { reason: says.field(f) };
  }
  const key: FormDataKey = {
    packId: item.packId as string, packVersion: item.packVersion as string, formId: item.formId as string,
    ward: item.ward as string, period: item.period as string,
  };
  for (const f of ['packId', 'packVersion', 'ward'] as const) {
    if (key[f] !== file[f]) return { reason: says.outside(f), key };
  }
  return { item, key };
}

/**
 * Reads what every submission and review starts with: {@link readItemKey} and a positive revision.
 * @param item the raw item
 * @param file the file's envelope
 * @param texts the item's other required text fields
 * @param says the refusals for a missing or mistyped field and for a field that differs from the file's
 * @returns the head, or the refusal
 */
export function readItemHead(item: unknown, file: Obj, texts: readonly string[], says: ItemMessages): ItemHead | { reason: Bilingual; key?: FormDataKey } {
  const read = readItemKey(item, file, texts, says);
  if (!('item' in read)) return read;
  const revision = read.item.revision;
  if (typeof revision !== 'number' || !Number.isInteger(revision) || revision < 1) return { reason: says.field('revision'), key: read.key };
  return { ...read, revision };
}
