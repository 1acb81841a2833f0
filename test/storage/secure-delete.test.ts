import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStaffDatabase, type StaffDatabase } from '../../src/staff/database.js';
import { SQLITE_FILE_NAME, openDatabase, type IntakeDatabase } from '../../src/storage/database.js';
import { tempDir } from './helpers/engines.js';

const MARKER = 'Zyxquorbella';

describe('SQLite: deleted rows leave no bytes behind, whichever handle deleted them', () => {
    let dir: ReturnType<typeof tempDir>;
    let bot: IntakeDatabase;
    let staff: StaffDatabase;
    const file = () => join(dir.path, SQLITE_FILE_NAME);
    const traces = () => ['', '-wal'].filter((suffix) => readFileSync(`${file()}${suffix}`).includes(MARKER));

    beforeEach(async () => {
        dir = tempDir();
        bot = await openDatabase({ dataDir: dir.path });
        staff = await openStaffDatabase({ dataDir: dir.path });
    });
    afterEach(async () => {
        await staff.close();
        await bot.close();
        dir.remove();
    });

    it('the staff handle zeroes what it deletes, and the scrub empties the WAL', async () => {
        const conversationId = `conv-${MARKER}`;
        await staff.conversations.upsert({ conversationId, channelId: 'webchat', reference: { conversation: { id: conversationId, name: MARKER, isGroup: false, conversationType: '' } }, at: new Date() });
        await bot.storage.write({ [`webchat/conversations/${conversationId}/`]: { profile: { name: MARKER } } });
        expect(await bot.scrubDeleted()).toBe(true);
        expect(traces()).toEqual(['']); // in the file, and the WAL is empty

        await staff.conversations.deleteByConversation(conversationId);
        await bot.storage.deleteByPrefix(`webchat/conversations/${conversationId}/`);
        expect(traces()).toEqual(['']); // the zeroed pages are in the WAL; the file keeps the old ones until the checkpoint
        expect(await bot.scrubDeleted()).toBe(true);
        expect(traces()).toEqual([]);
    });
});
