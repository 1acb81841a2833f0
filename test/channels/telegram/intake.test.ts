import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../../src/domain/schema';
import { EXPECTED, SCRIPTS } from '../../fixtures/scripts';
import { DOCUMENTS } from '../../fixtures/documents';
import { texts } from '../../helpers/harness';
import type { SentMessage } from '../../helpers/peers/telegramBotApi';
import type { TelegramParent } from './parent';
import { startTelegram, type TelegramSetup } from './setup';

const NOW = new Date('2026-11-15T12:00:00Z');
let tg: TelegramSetup;
beforeAll(async () => {
    // A script answers faster than any parent: the flood limit has its own test.
    tg = await startTelegram({ TELEGRAM_FLOOD_PER_MINUTE: '0' }, () => NOW);
});
afterAll(async () => tg.stop());

/** The button a parent would tap for this answer: the same words, or the title starting with them ("да" → "Да, даю согласие"). */
function buttonFor(replies: SentMessage[], answer: string): { message: SentMessage; title: string } | undefined {
    const wanted = answer.toLocaleLowerCase();
    for (const message of [...replies].reverse()) {
        const button = message.keyboard.flat().find((b) => b.callback_data && (b.text.toLocaleLowerCase() === wanted || b.text.toLocaleLowerCase().startsWith(`${wanted},`)));
        if (button) return { message, title: button.text };
    }
    return undefined;
}

/**
 * The whole intake as a parent does it in Telegram: taps a button where one says the script's
 * answer, types otherwise, sends a PDF at the documents question and taps "Done".
 */
async function intakeOverTelegram(parent: TelegramParent, locale: 'en' | 'ru'): Promise<{ reference: string; taps: number }> {
    const script = SCRIPTS[locale];
    const t = texts().t(locale);
    let replies = await parent.start();
    let taps = 0;
    let previous: string | undefined;
    for (let turn = 0; turn < 100; turn++) {
        const profile = await tg.profile(parent.chatId);
        if (profile?.submittedReference) return { reference: profile.submittedReference, taps };
        const field = profile?.currentField ?? 'review.confirm';
        const said = replies.map((m) => m.text).join('\n');
        expect(field, `"${String(previous && script[previous])}" was not accepted for ${String(previous)}; bot said:\n${said}`).not.toBe(previous);
        previous = field;
        if (field === 'documents.files') {
            tg.api.addFile('doc-1', DOCUMENTS.pdf, 'documents/file_7.pdf');
            const received = await parent.document('doc-1', 'discharge.pdf', 'application/pdf', DOCUMENTS.pdf.length);
            const done = buttonFor(received, t('intake:fields.documents.files.done'));
            expect(done, received.map((m) => m.text).join('\n')).toBeDefined();
            replies = await parent.tap(done!.message, done!.title);
            taps++;
            continue;
        }
        const answer = field === 'review.confirm' ? t('intake:fields.review.confirm.choices.confirm') : script[field];
        expect(answer, `no answer for ${field}; bot said:\n${said}`).toBeDefined();
        const button = buttonFor(replies, answer!);
        if (button) {
            replies = await parent.tap(button.message, button.title);
            taps++;
        } else {
            replies = await parent.say(answer!);
        }
    }
    throw new Error('intakeOverTelegram(): the intake did not finish in 100 turns');
}

describe.each([['en', 8101], ['ru', 8102]] as const)('a whole intake over Telegram in %s', (locale, chatId) => {
    it('asks with inline keyboards, takes taps and a document, and stores the application', async () => {
        const parent = tg.parent(chatId, locale);
        const callsBefore = tg.api.calls.length;
        const { reference, taps } = await intakeOverTelegram(parent, locale);
        const calls = tg.api.calls.slice(callsBefore);

        const stored = await tg.server.app.database.applications.findByReference(reference);
        expect(stored?.conversationId).toBe(String(chatId));
        const app = stored?.data as Application;
        expect(app.channel).toBe('telegram');
        expect(app.locale).toBe(locale);
        const expected = EXPECTED[locale];
        for (const section of ['child', 'diagnosis', 'status', 'treatments', 'request', 'contact'] as const) {
            expect(app[section], section).toEqual(expected[section]);
        }
        expect(app.documents.available).toEqual((expected.documents as { available: string[] }).available);
        expect(app.documents.files).toEqual([expect.objectContaining({ name: 'discharge.pdf', contentType: 'application/pdf', size: DOCUMENTS.pdf.length })]);
        expect(tg.api.fileDownloads).toContain('documents/file_7.pdf');

        // Every tap was answered, and the parent saw "typing" before the bot's answers.
        expect(taps).toBeGreaterThanOrEqual(5);
        expect(calls.filter((c) => c.method === 'answerCallbackQuery')).toHaveLength(taps);
        expect(calls.filter((c) => c.method === 'sendChatAction').every((c) => c.body.action === 'typing' && c.body.chat_id === String(chatId))).toBe(true);
        expect(calls.filter((c) => c.method === 'sendMessage').every((c) => c.body.parse_mode === 'HTML')).toBe(true);
        // As in Web Chat, suggestions show under the newest message only; the language card keeps its buttons.
        const withButtons = tg.api.withButtonsNow(chatId);
        expect(withButtons.map((m) => m.message_id)).toEqual([tg.api.messages(chatId)[1]!.message_id]);
        expect(tg.api.refused.filter((r) => r.method !== 'editMessageReplyMarkup')).toEqual([]);
        // The confirmation names the reference; the copy's links (http here) are in the text, not buttons Telegram would refuse.
        const last = tg.api.messages(chatId).slice(-3);
        expect(last.some((m) => m.text.includes(reference))).toBe(true);
        expect(last.at(-1)?.text).toMatch(/http:\/\/localhost:\d+\/copies\//);
    });
});
