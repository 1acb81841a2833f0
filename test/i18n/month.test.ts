import { describe, expect, it } from 'vitest';
import { parseMonth } from '../../src/i18n/parsers';
import type { Locale } from '../../src/languages';
import { ctxFor, expectResult, no, type Expected } from './helpers';

// Today is 2026-11-15 in every case.
const CASES: Record<Locale, [string, Expected<string>][]> = {
    en: [
        // A lone "now" beside other words says when something happens, not the month asked for.
        ['consolidation now', no('unrecognized')],
        ['octobre 2023', '2023-10'],
        ['June 2025, the week after her birthday', '2025-06'],
        ['Mart 2023', '2023-03'],
        ['around October last year I think', '2025-10'],
        ['March 2016', '2016-03'],
        ['march 2016', '2016-03'],
        ['Mar. 2016', '2016-03'],
        ['3 March 2016', '2016-03'],
        ['03.03.2016', '2016-03'],
        ['03/2016', '2016-03'],
        ['3.2016', '2016-03'],
        ['2016-03', '2016-03'],
        ['in March 2016', '2016-03'],
        ['2 years ago', '2024-11'],
        ['two months ago', '2026-09'],
        ['a year ago', '2025-11'],
        ['half a year ago', '2026-05'],
        ['a year and a half ago', '2025-05'],
        ['last March', '2026-03'],
        ['in March last year', '2025-03'],
        ['March of last year', '2025-03'],
        ['this January', '2026-01'],
        ['in March', '2026-03'],
        ['in December', '2025-12'],
        ['last month', '2026-10'],
        ['this month', '2026-11'],
        ['2016', no('unrecognized')],
        ['last year', no('unrecognized')],
        ['December 2026', no('future')],
        ['13/2016', no('unrecognized')],
        ['March 2016 or April 2016', no('ambiguous')],
        ['March 3,2016', '2016-03'],
        ['1.5 years ago', '2025-05'],
        ['', no('empty')]
    ],
    de: [
        ['Februar 2024, kurz nach Fasching', '2024-02'],
        ['Ağustos 2022', '2022-08'],
        ['Jänner 2024', '2024-01'],
        ['im Feber letzten Jahres', '2025-02'],
        ['März 2016', '2016-03'],
        ['Maerz 2016', '2016-03'],
        ['im März 2016', '2016-03'],
        ['3. März 2016', '2016-03'],
        ['03/2016', '2016-03'],
        ['vor 2 Jahren', '2024-11'],
        ['vor zwei Monaten', '2026-09'],
        ['vor einem Jahr', '2025-11'],
        ['vor einem halben Jahr', '2026-05'],
        ['vor anderthalb Jahren', '2025-05'],
        ['vor 1,5 Jahren', '2025-05'],
        ['im März letzten Jahres', '2025-03'],
        ['letzten März', '2026-03'],
        ['letzten Monat', '2026-10'],
        ['diesen Monat', '2026-11'],
        ['im Januar dieses Jahres', '2026-01'],
        ['im Dezember', '2025-12'],
        ['Okt. 2020', '2020-10'],
        ['2016', no('unrecognized')],
        ['Dezember 2026', no('future')],
        ['31.02.2016', no('unrecognized')],
        ['', no('empty')]
    ],
    ru: [
        ['в сентябре прошлого года', '2025-09'],
        ['сентябрём 2021', '2021-09'],
        ['v marte 2022', '2022-03'],
        ['март 2016', '2016-03'],
        ['в марте 2016', '2016-03'],
        ['в марте 2016 года', '2016-03'],
        ['3 марта 2016', '2016-03'],
        ['03.2016', '2016-03'],
        ['2 года назад', '2024-11'],
        ['два месяца назад', '2026-09'],
        ['год назад', '2025-11'],
        ['полгода назад', '2026-05'],
        ['полтора года назад', '2025-05'],
        ['3,5 года назад', '2023-05'],
        ['в марте прошлого года', '2025-03'],
        ['в прошлом году в марте', '2025-03'],
        ['в прошлом месяце', '2026-10'],
        ['в этом месяце', '2026-11'],
        ['в январе этого года', '2026-01'],
        ['в декабре', '2025-12'],
        ['пару месяцев назад', '2026-09'],
        ['сент. 2019', '2019-09'],
        ['2016', no('unrecognized')],
        ['в прошлом году', no('unrecognized')],
        ['декабрь 2026', no('future')],
        ['', no('empty')]
    ],
    ar: [
        ['الشهر 7 هذه السنة', '2026-07'],
        ['بأيلول هذه السنة', '2026-09'],
        ['بأيلول السنة الماضية', '2025-09'],
        ['في شباط ٢٠٢٢', '2022-02'],
        ['تشرين التاني ٢٠٢٤', '2024-11'],
        ['غشت ٢٠٢٣', '2023-08'],
        ['شتنبر الماضي', '2026-09'],
        ['جويلية ٢٠٢٠', '2020-07'],
        ['يوليوز ٢٠٢٠', '2020-07'],
        ['مارس 2016', '2016-03'],
        ['مارس ٢٠١٦', '2016-03'],
        ['آذار ٢٠١٦', '2016-03'],
        ['في شهر مارس 2016', '2016-03'],
        ['٠٣/٢٠١٦', '2016-03'],
        ['قبل سنتين', '2024-11'],
        ['قبل ٣ أشهر', '2026-08'],
        ['قبل شهرين', '2026-09'],
        ['منذ سنة', '2025-11'],
        ['قبل سنة ونصف', '2025-05'],
        ['الشهر الماضي', '2026-10'],
        ['هذا الشهر', '2026-11'],
        ['في مارس الماضي', '2026-03'],
        ['مارس من العام الماضي', '2025-03'],
        ['في كانون الأول', '2025-12'],
        ['تشرين الثاني ٢٠٢٥', '2025-11'],
        ['٢٠١٦', no('unrecognized')],
        ['العام الماضي', no('unrecognized')],
        ['ديسمبر ٢٠٢٦', no('future')],
        ['', no('empty')]
    ],
    tr: [
        ['Mart 2016', '2016-03'],
        ["Mart 2016'da", '2016-03'],
        ['2016 Martında', '2016-03'],
        ['Eylül 2021', '2021-09'],
        ["eylul 2021'de", '2021-09'],
        ['Ağustos 2022', '2022-08'],
        ['agustos 2022', '2022-08'],
        ['03.2016', '2016-03'],
        ['2 yıl önce', '2024-11'],
        ['iki ay önce', '2026-09'],
        ['bir yıl önce', '2025-11'],
        ['6 ay önce', '2026-05'],
        ['yarım yıl önce', '2026-05'],
        ['bir buçuk yıl önce', '2025-05'],
        ['geçen ay', '2026-10'],
        ['bu ay', '2026-11'],
        ['geçen yıl mart ayında', '2025-03'],
        ['Aralık', '2025-12'],
        ['2016', no('unrecognized')],
        ['Aralık 2026', no('future')],
        ['', no('empty')]
    ]
};

describe.each(Object.keys(CASES) as Locale[])('parseMonth (%s)', (locale) => {
    it.each(CASES[locale])('%j → %j', (input, expected) => expectResult(parseMonth(input, ctxFor(locale)), expected));
});

describe('parseMonth relative to today', () => {
    it('"last March" in March means the previous year', () => {
        expect(parseMonth('last March', { locale: 'en', today: new Date('2026-03-10T12:00:00Z') })).toEqual({ ok: true, value: '2025-03' });
    });
    it('"in March" in March means this month', () => {
        expect(parseMonth('in March', { locale: 'en', today: new Date('2026-03-10T12:00:00Z') })).toEqual({ ok: true, value: '2026-03' });
    });
    it('a full date later this month is in the future', () => {
        expectResult(parseMonth('20.11.2026', ctxFor('en')), no('future'));
    });
    it('"2 years ago" from the end of a month stays in the right month', () => {
        expect(parseMonth('2 months ago', { locale: 'en', today: new Date('2026-03-31T12:00:00Z') })).toEqual({ ok: true, value: '2026-01' });
    });
});
