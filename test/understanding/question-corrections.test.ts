import { describe, expect, it } from 'vitest';
import { recordAnswer } from '../../src/domain/draft';
import { fieldSpec } from '../../src/domain/fields';
import { understand } from '../../src/understanding/understand';
import { check, draftBefore, TODAY } from '../helpers/arbitration';
import { faq, texts } from '../helpers/harness';

/**
 * A question puts no earlier answer right: "¿CAR-T si ya tuvo trasplante? …hay lista de espera" (a
 * waiting list: "espera" after a small word is no "wait, I mean") left the transplant date alone.
 * A correction said as one still counts beside a question.
 */
function commands(message: string): unknown[] {
    let draft = draftBefore('treatments.carT');
    draft = recordAnswer(draft, 'treatments.hsct', true, TODAY);
    draft = recordAnswer(draft, 'treatments.hsctDate', '2021-03', TODAY);
    const answerer = faq().answerer;
    const result = understand(message, {
        field: fieldSpec('treatments.carT'), draft, locale: 'es', today: TODAY, t: texts().t('es'),
        faq: (text) => answerer.answer(text, { lang: 'es', operatorName: 'Test Care' })
    });
    return result.commands.map((c) => ('field' in c ? [c.kind, c.field, 'value' in c ? c.value : undefined] : [c.kind]));
}

describe('corrections beside a question (es)', () => {
    it('a waiting list in a question changes no date', () => {
        expect(commands('una duda, ¿hacen CAR-T si ya tuvo el trasplante? aquí hay lista de espera')).toEqual([['question']]);
    });
    it('a correction said as one does', () =>
        check('es', 'status.location', 'perdón, la recaída fue en abril de 2026, no en marzo. ¿eso importa?', [['correct', 'status.lastRelapseDate', '2026-04'], ['question']]));
});
