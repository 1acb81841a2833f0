import { ActionTypes, CardFactory } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { incomingTurn } from '../../../src/channels/telegram/incoming';
import { renderActivity } from '../../../src/channels/telegram/render';
import { splitText } from '../../../src/channels/telegram/text';

const imBack = (title: string) => ({ type: ActionTypes.ImBack, title, value: title });

describe('what a Telegram parent sees of a bot activity', () => {
    it('long texts are split under 4096 characters between words, nothing lost', () => {
        const words = Array.from({ length: 2500 }, (_, i) => `word${i}`);
        const text = `${words.slice(0, 400).join(' ')}\n\n${words.slice(400).join(' ')}`;
        const parts = splitText(text);
        expect(parts.length).toBeGreaterThan(1);
        for (const part of parts) expect(part.length).toBeLessThanOrEqual(4096);
        expect(parts.join(' ').split(/\s+/)).toEqual(words);
        // The paragraph break (after about 3,300 characters) is where the first cut goes.
        expect(parts[0]!.endsWith('word399')).toBe(true);
    });

    it('a word longer than the limit is the only thing cut, never inside an emoji', () => {
        const parts = splitText(`${'😀'.repeat(3000)}`);
        expect(parts.every((p) => p.length <= 4096 && !/[\uD800-\uDBFF]$/.test(p))).toBe(true);
        expect(parts.join('')).toBe('😀'.repeat(3000));
    });

    it('escapes HTML, keeps the keyboard on the last part, and puts long values by place', () => {
        const long = 'В основном лежит в кровати, но может немного посидеть';
        const messages = renderActivity({ type: 'message', text: `a <b> & "c"\n\n${'x '.repeat(3000)}`, suggestedActions: { to: [], actions: [imBack('Да'), imBack(long)] } });
        expect(messages).toHaveLength(2);
        expect(messages[0]!.text.startsWith('a &lt;b&gt; &amp; &quot;c&quot;')).toBe(true);
        expect(messages[0]!.reply_markup).toBeUndefined();
        const keyboard = messages[1]!.reply_markup!.inline_keyboard.flat();
        expect(keyboard[0]).toEqual({ text: 'Да', callback_data: 'v:Да' });
        expect(keyboard[1]).toEqual({ text: long, callback_data: 'b:1' });

        // The tap on the long one comes back as its title, read from the message's own keyboard.
        const turn = incomingTurn({
            update_id: 7,
            callback_query: { id: 'q', from: { id: 5, language_code: 'ru' }, data: 'b:1', message: { message_id: 1, chat: { id: 5, type: 'private' }, reply_markup: messages[1]!.reply_markup! } }
        }, { botId: 'bot', now: new Date(), fileReference: () => '' });
        expect(turn?.activity).toMatchObject({ type: 'message', text: long, locale: 'ru', channelId: 'telegram', conversation: { id: '5' } });
    });

    it('a hero card becomes a message with its buttons; links Telegram would refuse stay in the text', () => {
        const card = CardFactory.heroCard('', 'Choose', undefined, [imBack('English'), { type: ActionTypes.OpenUrl, title: 'Copy', value: 'https://chat.example.org/c/1' }, { type: ActionTypes.OpenUrl, title: 'Local', value: 'http://localhost:3978/c/2' }]);
        const [message] = renderActivity({ type: 'message', attachments: [card] });
        expect(message!.text).toBe('Choose\n\nLocal: http://localhost:3978/c/2');
        expect(message!.reply_markup!.inline_keyboard.flat()).toEqual([{ text: 'English', callback_data: 'v:English' }, { text: 'Copy', url: 'https://chat.example.org/c/1' }]);
    });
});
