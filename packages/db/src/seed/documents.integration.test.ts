import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chefDocuments, driverDocuments } from '../schema/index.ts';
import { createTestDatabase, type TestDatabase } from '../testing.ts';
import { seedDemo } from './index.ts';

let database: TestDatabase;
const stored = new Map<string, Uint8Array>();

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database.db, {
    // A fast stand-in: this test is about the files, not the password hash.
    hashPassword: (pw) => Promise.resolve(`plain:${pw}`),
    storeFile: (key, data) => {
      stored.set(key, data);
      return Promise.resolve();
    },
  });
});
afterAll(async () => {
  await database.close();
});

describe('demo documents', () => {
  it('stores a real PDF behind every document row, matching its size and hash', async () => {
    const rows = [
      ...(await database.db.select().from(chefDocuments)),
      ...(await database.db.select().from(driverDocuments)),
    ];
    expect(rows.length).toBeGreaterThan(0);
    expect(stored.size).toBe(rows.length);
    for (const row of rows) {
      const data = stored.get(row.storageKey);
      expect(data, row.storageKey).toBeDefined();
      expect(Buffer.from(data!.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      expect(Buffer.from(data!).toString('latin1')).toMatch(/%%EOF\n$/);
      expect(row.sizeBytes).toBe(data!.byteLength);
      expect(row.sha256).toBe(createHash('sha256').update(data!).digest('hex'));
    }
  });
});
