import { describe, it } from 'vitest';
import { parseDate } from '../../src/i18n/parsers';
import type { Locale } from '../../src/i18n/parsers/types';
import { ctxFor, expectResult, no, type Expected } from './helpers';

// Today is 2026-11-15 in every case.
const CASES: Record<Locale, [string, Expected<string>][]> = {
    en: [
        ['3 March 2016', '2016-03-03'],
        ['March 3, 2016', '2016-03-03'],
        ['3rd of March 2016', '2016-03-03'],
        ['Mar 3 2016', '2016-03-03'],
        ['03.03.2016', '2016-03-03'],
        ['2016-03-03', '2016-03-03'],
        ['3/4/2016', '2016-04-03'],
        ['3/24/2016', '2016-03-24'],
        ['24/3/2016', '2016-03-24'],
        ['03.03.16', '2016-03-03'],
        ['1.2.95', '1995-02-01'],
        ['born on 12 December 2019', '2019-12-12'],
        ['yesterday', '2026-11-14'],
        ['today', '2026-11-15'],
        ['2 weeks ago', '2026-11-01'],
        ['3 days ago', '2026-11-12'],
        ['March 2016', no('need_day')],
        ['2016', no('need_day')],
        ['2 years ago', no('need_day')],
        ['03/2016', no('need_day')],
        ['31.02.2016', no('unrecognized')],
        ['30 February 2016', no('unrecognized')],
        ['20.11.2026', no('future')],
        ['1 January 2027', no('future')],
        ['3 March 2016 or 4 March 2016', no('ambiguous')],
        ['soon', no('unrecognized')],
        ['', no('empty')]
    ],
    de: [
        ['3. März 2016', '2016-03-03'],
        ['3 Maerz 2016', '2016-03-03'],
        ['03.03.2016', '2016-03-03'],
        ['3.3.2016', '2016-03-03'],
        ['3/4/2016', '2016-04-03'],
        ['am 12. Dezember 2019 geboren', '2019-12-12'],
        ['1. Jan. 2020', '2020-01-01'],
        ['12.12.19', '2019-12-12'],
        ['2016-03-03', '2016-03-03'],
        ['gestern', '2026-11-14'],
        ['vorgestern', '2026-11-13'],
        ['heute', '2026-11-15'],
        ['vor 3 Tagen', '2026-11-12'],
        ['vor zwei Wochen', '2026-11-01'],
        ['März 2016', no('need_day')],
        ['im Jahr 2016', no('need_day')],
        ['vor 2 Jahren', no('need_day')],
        ['31.04.2020', no('unrecognized')],
        ['3/24/2016', no('unrecognized')],
        ['16.11.2026', no('future')],
        ['morgen', no('future')],
        ['irgendwann', no('unrecognized')],
        ['', no('empty')]
    ],
    ru: [
        ['3 марта 2016', '2016-03-03'],
        ['3 марта 2016 года', '2016-03-03'],
        ['3-го марта 2016 г.', '2016-03-03'],
        ['03.03.2016', '2016-03-03'],
        ['родился 12.12.2019', '2019-12-12'],
        ['1 января 2020', '2020-01-01'],
        ['15 сентября 2018', '2018-09-15'],
        ['Март 3, 2016', '2016-03-03'],
        ['03.03.16', '2016-03-03'],
        ['вчера', '2026-11-14'],
        ['позавчера', '2026-11-13'],
        ['сегодня', '2026-11-15'],
        ['2 недели назад', '2026-11-01'],
        ['3 дня назад', '2026-11-12'],
        ['март 2016', no('need_day')],
        ['в 2016 году', no('need_day')],
        ['2 года назад', no('need_day')],
        ['полгода назад', no('need_day')],
        ['30 февраля 2016', no('unrecognized')],
        ['32.01.2016', no('unrecognized')],
        ['1 декабря 2026', no('future')],
        ['когда-то давно', no('unrecognized')],
        ['', no('empty')]
    ],
    ar: [
        ['٣ مارس ٢٠١٦', '2016-03-03'],
        ['3 مارس 2016', '2016-03-03'],
        ['3 آذار 2016', '2016-03-03'],
        ['٠٣/٠٣/٢٠١٦', '2016-03-03'],
        ['03.03.2016', '2016-03-03'],
        ['١٥ كانون الثاني ٢٠٢٠', '2020-01-15'],
        ['15 يناير 2020', '2020-01-15'],
        ['1 تشرين الأول 2019', '2019-10-01'],
        ['٢٠١٦-٠٣-٠٣', '2016-03-03'],
        ['ولد في 12 ديسمبر 2019', '2019-12-12'],
        ['أمس', '2026-11-14'],
        ['امبارح', '2026-11-14'],
        ['أول أمس', '2026-11-13'],
        ['اليوم', '2026-11-15'],
        ['قبل أسبوعين', '2026-11-01'],
        ['قبل ٣ أيام', '2026-11-12'],
        ['مارس ٢٠١٦', no('need_day')],
        ['٢٠١٦', no('need_day')],
        ['قبل سنتين', no('need_day')],
        ['٣١/٠٢/٢٠١٦', no('unrecognized')],
        ['٢٠/١١/٢٠٢٦', no('future')],
        ['منذ زمن', no('unrecognized')],
        ['', no('empty')]
    ]
};

describe.each(Object.keys(CASES) as Locale[])('parseDate (%s)', (locale) => {
    it.each(CASES[locale])('%j → %j', (input, expected) => expectResult(parseDate(input, ctxFor(locale)), expected));
});

describe('parseDate mixes languages', () => {
    it.each([
        ['3 марта 2016', '2016-03-03'],
        ['3. März 2016', '2016-03-03'],
        ['٣ مارس ٢٠١٦', '2016-03-03']
    ] as [string, string][])('%j in an English conversation', (input, expected) => expectResult(parseDate(input, ctxFor('en')), expected));
});
