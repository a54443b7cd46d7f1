import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCouchStandIn, type CouchStandIn } from '../../../../test/support/couch-standin.mjs';
import { capture, TAY_HO } from '../capture.test-helper.js';

let couch: CouchStandIn;

beforeAll(async () => {
  couch = await startCouchStandIn();
});

afterAll(async () => {
  await couch.close();
});

describe('formplan couch-setup', () => {
  it('creates the district database and the 8 ward users plus the district user, printing the new passwords once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fp-couch-'));
    const file = join(dir, 'passwords.json');
    await writeFile(file, JSON.stringify({ 'district-d003': 'quan-tay-ho-2018' }));
    const admin = `${couch.admin.username}:${couch.admin.password}`;
    const first = await capture(['couch-setup', couch.url, '--pack', TAY_HO, '--admin', admin, '--passwords', file]);
    expect(first.code).toBe(0);
    expect(first.out).toContain(`${couch.url}/formplan-d003  (D003: đã tạo, ghi quy tắc)`);
    expect(first.out.match(/tạo mới/g)).toHaveLength(9);
    expect(first.out).toMatch(/district-d003 .* quan-tay-ho-2018 +Quận Tây Hồ/);
    expect(first.out).toContain('Hãy lưu các mật khẩu trên ngay');
    const again = await capture(['couch-setup', couch.url, '--pack', TAY_HO, '--admin', admin, '--json']);
    const report = JSON.parse(again.out) as { users: { action: string; password?: string }[] };
    expect(report.users.every((u) => u.action === 'kept' && u.password === undefined)).toBe(true);
  });

  it('exits 1 with the server\u2019s refusal when the admin password is wrong, 2 without --pack', async () => {
    const wrong = await capture(['couch-setup', couch.url, '--pack', TAY_HO, '--admin', 'admin:wrong', '--lang', 'en']);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/wrong password/);
    expect((await capture(['couch-setup', couch.url])).code).toBe(2);
  });
});
