import { describe, it } from 'vitest';
import { parseNumber, type NumberUnit } from '../../src/i18n/parsers';
import type { Locale } from '../../src/i18n/parsers/types';
import { ctxFor, expectResult, no, type Expected } from './helpers';

type Case = [unit: NumberUnit, input: string, expected: Expected<number>];

const CASES: Record<Locale, Case[]> = {
    en: [
        ['kg', '23', 23],
        ['kg', '23.5kg', 23.5],
        ['kg', '23.5 kilos', 23.5],
        ['kg', '23,5 kg', 23.5],
        ['kg', 'about 23', 23],
        ['kg', '~23', 23],
        ['kg', '23 kg 500 g', 23.5],
        ['kg', '50 lb', 22.7],
        ['kg', '50 lbs', 22.7],
        ['kg', 'He is 5 years old and weighs 18 kg', 18],
        ['kg', '3.25 kg', 3.25],
        ['cm', '120cm', 120],
        ['cm', '1.2m', 120],
        ['cm', '1 m 20', 120],
        ['cm', '4 ft 2 in', 127],
        ['cm', `4'2"`, 127],
        ['cm', '1.20', 120],
        ['count', '2', 2],
        ['count', 'two', 2],
        ['count', 'twice', 2],
        ['count', 'three times', 3],
        ['kg', '23 or 24', no('ambiguous')],
        ['kg', '23-24 kg', no('ambiguous')],
        ['kg', '-5', no('out_of_range')],
        ['kg', 'minus 5', no('out_of_range')],
        ['kg', '120 cm', no('unrecognized')],
        ['count', '1.5', no('unrecognized')],
        ['kg', 'heavy', no('unrecognized')],
        ['kg', '', no('empty')]
    ],
    de: [
        ['kg', '23', 23],
        ['kg', '23,5 kg', 23.5],
        ['kg', 'ca. 23 Kilo', 23],
        ['kg', 'ungefähr 23,5', 23.5],
        ['kg', 'etwa 24 Kilogramm', 24],
        ['kg', '23 kg 500 g', 23.5],
        ['kg', '3500 g', 3.5],
        ['cm', '1,20 m', 120],
        ['cm', '1,20 Meter', 120],
        ['cm', '120 Zentimeter', 120],
        ['cm', '1 m 20', 120],
        ['cm', '118,5 cm', 118.5],
        ['count', 'zwei', 2],
        ['count', 'zweimal', 2],
        ['count', '3 mal', 3],
        ['count', 'einmal', 1],
        ['kg', '23 oder 24', no('ambiguous')],
        ['kg', '-23', no('out_of_range')],
        ['count', 'oft', no('unrecognized')],
        ['kg', '', no('empty')]
    ],
    ru: [
        ['kg', '23', 23],
        ['kg', '23,5 кг', 23.5],
        ['kg', '23.5кг', 23.5],
        ['kg', 'около 23 кг', 23],
        ['kg', 'примерно 23,5 килограмма', 23.5],
        ['kg', '23 кг 500 г', 23.5],
        ['kg', 'весит 18 кг, ему 5 лет', 18],
        ['cm', '120 см', 120],
        ['cm', '1,20 м', 120],
        ['cm', '1 м 20 см', 120],
        ['cm', 'рост 115 сантиметров', 115],
        ['count', 'два', 2],
        ['count', 'дважды', 2],
        ['count', '2 раза', 2],
        ['count', 'три раза', 3],
        ['count', 'один', 1],
        ['kg', '23 или 24', no('ambiguous')],
        ['kg', 'минус 3', no('out_of_range')],
        ['kg', '120 см', no('unrecognized')],
        ['kg', 'много', no('unrecognized')],
        ['kg', '', no('empty')]
    ],
    ar: [
        ['kg', '٢٣', 23],
        ['kg', '٢٣٫٥ كغ', 23.5],
        ['kg', '23.5 كيلو', 23.5],
        ['kg', '٢٣,٥ كجم', 23.5],
        ['kg', 'حوالي ٢٣ كيلو', 23],
        ['kg', '٢٣ كيلو و٥٠٠ غرام', 23.5],
        ['kg', 'تقريبا 24', 24],
        ['cm', '١٢٠ سم', 120],
        ['cm', '١٫٢ متر', 120],
        ['cm', '١ متر و٢٠ سم', 120],
        ['cm', 'طوله 118 سنتيمتر', 118],
        ['count', 'اثنان', 2],
        ['count', 'مرتين', 2],
        ['count', '٣ مرات', 3],
        ['count', 'ثلاث مرات', 3],
        ['count', 'مرة واحدة', 1],
        ['kg', '٢٣ أو ٢٤', no('ambiguous')],
        ['kg', '-٥', no('out_of_range')],
        ['kg', '١٢٠ سم', no('unrecognized')],
        ['count', 'كثير', no('unrecognized')],
        ['kg', '', no('empty')]
    ]
};

describe.each(Object.keys(CASES) as Locale[])('parseNumber (%s)', (locale) => {
    it.each(CASES[locale])('[%s] %j → %j', (unit, input, expected) => expectResult(parseNumber(input, ctxFor(locale), unit), expected));
});
