import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, errorForLog } from '../../src/logger';

describe('logs', () => {
    it('keep error names and hide what a parent may have written', () => {
        const lines: string[] = [];
        const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => { lines.push(chunk.toString()); done(); } });
        const logger = createLogger('info', sink);
        logger.error({ err: { name: 'TypeError' }, text: 'Zyxquorbella has fever', draft: { answers: { child: { firstName: 'Zyxquorbella' } } }, contact: { name: 'Aigerim', email: 'a@example.org' } }, 'turn failed');
        const out = lines.join('');
        expect(out).toContain('TypeError');
        expect(out).not.toContain('Zyxquorbella');
        expect(out).not.toContain('Aigerim');
        expect(out).not.toContain('a@example.org');
    });

    it('show where an error happened but not its message, which may quote the parent', () => {
        const lines: string[] = [];
        const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => { lines.push(chunk.toString()); done(); } });
        const error = new SyntaxError('Unexpected token in "Zyxquorbella, 23 kg"');
        createLogger('info', sink).error({ err: errorForLog(error) }, 'turn failed');
        const out = lines.join('');
        expect(out).toContain('SyntaxError');
        expect(out).toContain('logger.test.ts');
        expect(out).not.toContain('Zyxquorbella');
    });
});
