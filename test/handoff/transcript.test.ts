import { ActivityTypes, CardFactory, MessageFactory, TestAdapter, type TurnContext } from 'botbuilder';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { TranscriptRecorder } from '../../src/handoff/transcript-recorder.js';
import { createStaffTexts } from '../../src/handoff/staff-texts.js';
import { renderTranscriptHtml, renderTranscriptText, transcriptLabels } from '../../src/handoff/transcript-render.js';
import type { TranscriptStore } from '../../src/handoff/transcript.js';
import { handoffEngines, type EngineFixture } from './helpers/engines.js';
import { SECOND, T0, captureLogger } from './helpers/fixtures.js';
import { testHandoff } from './helpers/handoff.js';
import { describeEngines } from '../storage/helpers/pg.js';
import { texts } from '../helpers/harness.js';

/** A tiny bot: greets with options and a leaflet, thanks for files, echoes the rest. */
async function bot(context: TurnContext): Promise<void> {
    if (context.activity.type !== ActivityTypes.Message) return;
    const text = context.activity.text ?? '';
    if (text === 'hello') {
        await context.sendActivity({ type: ActivityTypes.Typing });
        const reply = MessageFactory.suggestedActions(['Yes', 'No'], 'Shall we start?');
        reply.attachments = [{ contentType: 'application/pdf', contentUrl: 'https://files.example.org/secret-token/leaflet.pdf', name: 'leaflet.pdf' }];
        await context.sendActivity(reply);
    } else if ((context.activity.attachments ?? []).length > 0) {
        await context.sendActivity('Thank you for the file.');
    } else {
        await context.sendActivity({ text: `You said: ${text}`, attachments: [CardFactory.heroCard('Card title')] });
    }
}

describeEngines(handoffEngines)('transcript ($name)', (engine) => {
    let fx: EngineFixture;
    let store: TranscriptStore;

    beforeEach(async () => {
        fx = await engine.open();
        store = fx.database.applications.transcripts;
    });
    afterEach(async () => {
        await fx.cleanup();
    });

    function recordedAdapter(): { adapter: TestAdapter; conversationId: string } {
        let tick = 0;
        const adapter = new TestAdapter(bot);
        adapter.use(new TranscriptRecorder(store, { clock: () => new Date(T0.getTime() + tick++ * SECOND) }));
        return { adapter, conversationId: adapter.conversation.conversation.id };
    }

    it('records both sides of a conversation in order, through the middleware', async () => {
        const { adapter, conversationId } = recordedAdapter();
        await adapter.receiveActivity({ type: 'conversationUpdate', membersAdded: [{ id: 'user', name: 'User' }] });
        await adapter.receiveActivity({ type: 'message', text: 'hello' });
        await adapter.receiveActivity({ type: 'message', text: '', attachments: [{ contentType: 'image/png', contentUrl: 'https://x/y', name: 'marrow report.png' }] });
        await adapter.receiveActivity({ type: 'message', text: '<script>alert(1)</script>\nline two' });

        const entries = await store.transcriptFor(conversationId);
        expect(entries.map(({ role, text, attachments, actions, at }) => ({ role, text, attachments, actions, at }))).toEqual([
            { role: 'parent', text: 'hello', attachments: [], actions: [], at: '2025-03-01T10:00:00.000Z' },
            { role: 'bot', text: 'Shall we start?', attachments: ['leaflet.pdf (application/pdf)'], actions: ['Yes', 'No'], at: '2025-03-01T10:00:01.000Z' },
            { role: 'parent', text: '', attachments: ['marrow report.png (image/png)'], actions: [], at: '2025-03-01T10:00:02.000Z' },
            { role: 'bot', text: 'Thank you for the file.', attachments: [], actions: [], at: '2025-03-01T10:00:03.000Z' },
            { role: 'parent', text: '<script>alert(1)</script>\nline two', attachments: [], actions: [], at: '2025-03-01T10:00:04.000Z' },
            { role: 'bot', text: 'You said: <script>alert(1)</script>\nline two\nCard title', attachments: [], actions: [], at: '2025-03-01T10:00:05.000Z' }
        ]);
        expect(entries.map((e) => e.seq)).toEqual([...entries.map((e) => e.seq)].sort((a, b) => a - b));

        const text = renderTranscriptText(entries);
        expect(text.split('\n').slice(0, 6)).toEqual([
            'Conversation transcript',
            '',
            '2025-03-01 10:00:00 UTC  Parent: hello',
            '2025-03-01 10:00:01 UTC  Assistant: Shall we start?',
            '    [Attachments: leaflet.pdf (application/pdf)]',
            '    [Options: Yes | No]'
        ]);
        expect(text).toContain('2025-03-01 10:00:04 UTC  Parent: <script>alert(1)</script>\n    line two');
        expect(text).not.toContain('secret-token'); // URLs are never recorded

        const html = renderTranscriptHtml(entries);
        expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;<br>');
        expect(html).not.toContain('<script>');
        expect(html.indexOf('Parent:')).toBeLessThan(html.indexOf('Assistant:'));
    });

    it('shows a card\'s text and buttons instead of its content type, names files, and points a repeated menu back to its first time', async () => {
        let tick = 0;
        const languages = CardFactory.heroCard('', 'Which language would you like to use?', undefined, ['English', 'Deutsch'].map((title) => ({ type: 'imBack', title, value: title })));
        const adapter = new TestAdapter(async (context) => {
            if (context.activity.attachments?.length) return void (await context.sendActivity('Thank you for the file.'));
            await context.sendActivity({ type: ActivityTypes.Message, attachments: [languages] });
        });
        adapter.use(new TranscriptRecorder(store, { clock: () => new Date(T0.getTime() + tick++ * SECOND) }));
        await adapter.receiveActivity({ type: 'message', text: 'hi' });
        await adapter.receiveActivity({ type: 'message', text: 'restart' });
        await adapter.receiveActivity({ type: 'message', text: '', attachments: [{ contentType: 'application/pdf', contentUrl: 'https://x/secret', name: 'Befund Mai.pdf' }] });
        const conversationId = adapter.conversation.conversation.id;
        // A row stored before cards were read: only the content type.
        await store.append({ conversationId, role: 'bot', at: new Date(T0.getTime() + 9 * SECOND), text: 'Welcome back.', attachments: ['application/vnd.microsoft.card.hero'] });

        const text = renderTranscriptText(await store.transcriptFor(conversationId));
        expect(text.split('\n').slice(2)).toEqual([
            '2025-03-01 10:00:00 UTC  Parent: hi',
            '2025-03-01 10:00:01 UTC  Assistant: Which language would you like to use?',
            '    [Options: English | Deutsch]',
            '2025-03-01 10:00:02 UTC  Parent: restart',
            '2025-03-01 10:00:03 UTC  Assistant: (the same message as at 2025-03-01 10:00:01 UTC)',
            '2025-03-01 10:00:04 UTC  Parent: ',
            '    [Attachments: Befund Mai.pdf (application/pdf)]',
            '2025-03-01 10:00:05 UTC  Assistant: Thank you for the file.',
            '2025-03-01 10:00:09 UTC  Assistant: Welcome back.',
            ''
        ]);
        expect(text).not.toContain('vnd.microsoft');
        const html = renderTranscriptHtml(await store.transcriptFor(conversationId), transcriptLabels(createStaffTexts(texts(), 'de')));
        expect(html).toContain('<em>(dieselbe Nachricht wie um 2025-03-01 10:00:01 UTC)</em>');
        expect(html).toContain('Anhänge: Befund Mai.pdf (application/pdf)');
        expect(html).not.toContain('vnd.microsoft');
        expect(html).not.toContain('secret');
    });

    it('reads Adaptive Cards: text blocks, facts and action titles', async () => {
        const adapter = new TestAdapter(async (context) => {
            await context.sendActivity({
                attachments: [CardFactory.adaptiveCard({
                    type: 'AdaptiveCard', version: '1.5',
                    body: [{ type: 'TextBlock', text: 'Please check your answers' }, { type: 'Container', items: [{ type: 'FactSet', facts: [{ title: 'Child', value: 'Masha' }] }] }],
                    actions: [{ type: 'Action.Submit', title: 'Send' }]
                })]
            });
        });
        adapter.use(new TranscriptRecorder(store, { clock: () => T0 }));
        await adapter.receiveActivity({ type: 'message', text: 'done' });
        const [, bot] = await store.transcriptFor(adapter.conversation.conversation.id);
        expect(bot).toMatchObject({ role: 'bot', text: 'Please check your answers\nChild: Masha', attachments: [], actions: ['Send'] });
    });

    it('records coordinator messages as staff and keeps conversations apart', async () => {
        await store.append({ conversationId: 'a', role: 'parent', at: T0, text: 'for a' });
        await store.append({ conversationId: 'b', role: 'parent', at: T0, text: 'for b' });
        const adapter = new TestAdapter(async (context) => {
            await context.sendActivity({ text: 'This is Dr. Test.', channelData: { staff: true } });
        });
        adapter.use(new TranscriptRecorder(store, { clock: () => T0 }));
        await adapter.receiveActivity({ type: 'message', text: 'hi' });
        const roles = (await store.transcriptFor(adapter.conversation.conversation.id)).map((e) => e.role);
        expect(roles).toEqual(['parent', 'staff']);
        expect((await store.transcriptFor('a')).map((e) => e.text)).toEqual(['for a']);
    });

    it('deletes a conversation (delete my data) without touching others', async () => {
        for (const text of ['one', 'two']) await store.append({ conversationId: 'gone', role: 'parent', at: T0, text });
        await store.append({ conversationId: 'kept', role: 'bot', at: T0, text: 'stays' });
        expect(await store.deleteByConversation('gone')).toBe(2);
        expect(await store.transcriptFor('gone')).toEqual([]);
        expect(await store.deleteByConversation('gone')).toBe(0);
        expect(await store.transcriptFor('kept')).toHaveLength(1);
    });

    it('stores odd text safely: NUL replaced, very long text capped', async () => {
        await store.append({ conversationId: 'odd', role: 'parent', at: T0, text: `a\u0000b${'x'.repeat(30_000)}` });
        const [entry] = await store.transcriptFor('odd');
        expect(entry?.text.startsWith('a\ufffdb')).toBe(true);
        expect(entry?.text.length).toBe(20_001);
    });

    it('renders an empty transcript and staff-language labels through createHandoff', async () => {
        const h = testHandoff(fx.database, { staffLocale: 'ru' });
        expect(await h.transcripts.renderText('none')).toBe('Протокол беседы\n\nБеседа не записана.\n');
        await h.transcripts.append({ conversationId: 'c', role: 'parent', at: T0, text: 'Привет' });
        expect(await h.transcripts.renderText('c')).toContain('2025-03-01 10:00:00 UTC  Родитель: Привет');
        expect(await h.transcripts.renderHtml('c')).toContain('<strong>Родитель:</strong>');
        expect(h.channelsConfigured).toEqual([]);
    });

    it('a failing store is logged by code and never breaks the turn', async () => {
        const { logger, lines } = captureLogger();
        const broken: TranscriptStore = {
            append: async () => {
                throw Object.assign(new Error('disk full: Маша'), { code: 'SQLITE_FULL' });
            },
            transcriptFor: async () => [],
            deleteByConversation: async () => 0
        };
        const adapter = new TestAdapter(bot);
        adapter.use(new TranscriptRecorder(broken, { logger }));
        await adapter.receiveActivity({ type: 'message', text: 'hello' });
        expect(adapter.activeQueue.some((a) => a.text === 'Shall we start?')).toBe(true);
        expect(lines.map((l) => l['code'])).toEqual(['SQLITE_FULL', 'SQLITE_FULL']);
        expect(JSON.stringify(lines)).not.toContain('Маша');
    });
});

it('shows a question asked again once: the retry keeps its new words and buttons with an "asked again" mark; files link where staff can open them', () => {
    const at = (s: number) => new Date(T0.getTime() + s * SECOND).toISOString();
    const prompt = 'When was Mia born?';
    const entries = [
        { seq: 1, role: 'bot' as const, text: `First, a few questions about your child.\n\n${prompt}`, attachments: [], actions: [], at: at(0) },
        { seq: 2, role: 'parent' as const, text: 'purple', attachments: [], actions: [], at: at(1) },
        { seq: 3, role: 'bot' as const, text: `I need a date, for example 14.05.2017.\n\n${prompt}`, attachments: [], actions: [], at: at(2) },
        { seq: 4, role: 'bot' as const, text: 'Has Mia had chemotherapy?', attachments: [], actions: ['Yes', 'No'], at: at(3) },
        { seq: 5, role: 'parent' as const, text: 'hmm', attachments: [], actions: [], at: at(4) },
        { seq: 6, role: 'bot' as const, text: 'Please answer yes or no.\n\nHas Mia had chemotherapy?', attachments: [], actions: ['Yes', 'No', 'Talk to a person'], at: at(5) },
        { seq: 7, role: 'parent' as const, text: '', attachments: ['marrow.pdf (application/pdf)', 'other.png (image/png)'], actions: [], at: at(6) },
        { seq: 8, role: 'bot' as const, text: 'Thank you.', attachments: [], actions: [], at: at(7) },
        { seq: 9, role: 'bot' as const, text: 'Thank you.', attachments: [], actions: [], at: at(8) }
    ];
    const text = renderTranscriptText(entries);
    expect(text.split(prompt)).toHaveLength(2);
    expect(text.split('Has Mia had chemotherapy?')).toHaveLength(2);
    expect(text).toContain('Assistant: I need a date, for example 14.05.2017.\n    (asked again; first asked at 2025-03-01 10:00:00 UTC)');
    expect(text).toContain('Assistant: Please answer yes or no.\n    (asked again; first asked at 2025-03-01 10:00:03 UTC)\n    [Options: Talk to a person]');
    expect(text.match(/Thank you\./g)).toHaveLength(2);

    const html = renderTranscriptHtml(entries, undefined, (name) => (name.startsWith('marrow.pdf') ? { href: '/staff/conversations/c/files/f1', size: '12 kB' } : undefined));
    expect(html).toContain('<a href="/staff/conversations/c/files/f1" download>marrow.pdf (application/pdf)</a> <span class="size">12 kB</span>, other.png (image/png)');
    expect(html).toContain('<em class="again">(asked again; first asked at 2025-03-01 10:00:03 UTC)</em>');
});
