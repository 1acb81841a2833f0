import { describe, it } from 'vitest';
import { parseCountries, parseCountry } from '../../src/i18n/parsers';
import type { Locale } from '../../src/i18n/parsers/types';
import { ctxFor, expectResult, no, type Expected } from './helpers';

const COUNTRY: Record<Locale, [string, Expected<string>][]> = {
    en: [
        ['Germany', 'DE'],
        ['germany', 'DE'],
        ['GERMANY', 'DE'],
        ['We live in Germany', 'DE'],
        ['USA', 'US'],
        ['US', 'US'],
        ['in the US', 'US'],
        ['UK', 'GB'],
        ['England', 'GB'],
        ['Russia', 'RU'],
        ['UAE', 'AE'],
        ['Holland', 'NL'],
        ['Belarus', 'BY'],
        ['Kyrgyzstan', 'KG'],
        ['Moldova', 'MD'],
        ['Turkey', 'TR'],
        ['Türkiye', 'TR'],
        ['Czech Republic', 'CZ'],
        ['Czechia', 'CZ'],
        ['Bosnia and Herzegovina', 'BA'],
        ["Cote d'Ivoire", 'CI'],
        ['Germny', 'DE'],
        ['Kazakstan', 'KZ'],
        ['Switzerland.', 'CH'],
        ['DE', 'DE'],
        ['UKR', 'UA'],
        ['Congo', no('ambiguous')],
        ['Germany or Austria', no('ambiguous')],
        ['de', no('unknown_country')],
        ['let us go', no('unknown_country')],
        ['Narnia', no('unknown_country')],
        ['', no('empty')]
    ],
    de: [
        ['Deutschland', 'DE'],
        ['in Deutschland', 'DE'],
        ['Wir wohnen in Österreich', 'AT'],
        ['Oesterreich', 'AT'],
        ['die Schweiz', 'CH'],
        ['aus der Türkei', 'TR'],
        ['Russland', 'RU'],
        ['Weißrussland', 'BY'],
        ['Weissrussland', 'BY'],
        ['Vereinigte Staaten', 'US'],
        ['Großbritannien', 'GB'],
        ['Niederlande', 'NL'],
        ['Tschechien', 'CZ'],
        ['Kirgisistan', 'KG'],
        ['Moldau', 'MD'],
        ['VAE', 'AE'],
        ['Vereinigte Arabische Emirate', 'AE'],
        ['Deutschlnd', 'DE'],
        ['Ukraine', 'UA'],
        ['Kasachstan', 'KZ'],
        ['Korea', 'KR'],
        ['Atlantis', no('unknown_country')],
        ['', no('empty')]
    ],
    ru: [
        ['Россия', 'RU'],
        ['в России', 'RU'],
        ['РФ', 'RU'],
        ['из Казахстана', 'KZ'],
        ['Германии', 'DE'],
        ['живём в Германии', 'DE'],
        ['в Украине', 'UA'],
        ['на Украине', 'UA'],
        ['Беларусь', 'BY'],
        ['Белоруссия', 'BY'],
        ['в Белоруссии', 'BY'],
        ['Киргизия', 'KG'],
        ['Кыргызстан', 'KG'],
        ['Молдова', 'MD'],
        ['Турция', 'TR'],
        ['ОАЭ', 'AE'],
        ['Эмираты', 'AE'],
        ['США', 'US'],
        ['из Израиля', 'IL'],
        ['в Южной Корее', 'KR'],
        ['Чехия', 'CZ'],
        ['Узбекистан', 'UZ'],
        ['Казахтан', 'KZ'],
        ['из Египта', 'EG'],
        ['Rossiya', no('unknown_country')],
        ['Тридевятое царство', no('unknown_country')],
        ['', no('empty')]
    ],
    ar: [
        ['ألمانيا', 'DE'],
        ['المانيا', 'DE'],
        ['في ألمانيا', 'DE'],
        ['بألمانيا', 'DE'],
        ['روسيا', 'RU'],
        ['من روسيا', 'RU'],
        ['الإمارات', 'AE'],
        ['الامارات', 'AE'],
        ['الإمارات العربية المتحدة', 'AE'],
        ['السعودية', 'SA'],
        ['مصر', 'EG'],
        ['العراق', 'IQ'],
        ['في العراق', 'IQ'],
        ['الأردن', 'JO'],
        ['تركيا', 'TR'],
        ['الولايات المتحدة', 'US'],
        ['بريطانيا', 'GB'],
        ['سوريا', 'SY'],
        ['لبنان', 'LB'],
        ['كازاخستان', 'KZ'],
        ['المانيه', 'DE'],
        ['أوروبا', no('unknown_country')],
        ['بلاد العجائب', no('unknown_country')],
        ['', no('empty')]
    ]
};

const COUNTRIES: Record<Locale, [string, Expected<string[]>][]> = {
    en: [
        ['Germany', ['DE']],
        ['Germany, Israel', ['DE', 'IL']],
        ['Germany and Israel', ['DE', 'IL']],
        ['Germany or Israel', ['DE', 'IL']],
        ['Germany; Austria; Switzerland', ['DE', 'AT', 'CH']],
        ['DE, AT', ['DE', 'AT']],
        ['USA & UK', ['US', 'GB']],
        ['Bosnia and Herzegovina, Germany', ['BA', 'DE']],
        ['Germany\nSpain', ['DE', 'ES']],
        ['Germany, germany', ['DE']],
        ['Israel and Germny', ['IL', 'DE']],
        ['no preference', []],
        ['any', []],
        ["doesn't matter", []],
        ['Germany and Narnia', no('unknown_country')],
        ['Congo, Germany', no('ambiguous')],
        ['', no('empty')]
    ],
    de: [
        ['Deutschland, Israel', ['DE', 'IL']],
        ['Deutschland und Österreich', ['DE', 'AT']],
        ['Schweiz sowie Deutschland', ['CH', 'DE']],
        ['USA und Großbritannien', ['US', 'GB']],
        ['Spanien; Italien', ['ES', 'IT']],
        ['Türkei, Israel, Deutschland', ['TR', 'IL', 'DE']],
        ['Frankreich und Belgien', ['FR', 'BE']],
        ['Niederlande', ['NL']],
        ['egal', []],
        ['ist mir egal', []],
        ['keine Präferenz', []],
        ['überall', []],
        ['Deutschland und Mordor', no('unknown_country')],
        ['Deutschland, Atlantis', no('unknown_country')],
        ['', no('empty')]
    ],
    ru: [
        ['Германия, Израиль', ['DE', 'IL']],
        ['Германия и Израиль', ['DE', 'IL']],
        ['в Германии или в Израиле', ['DE', 'IL']],
        ['Турция и ОАЭ', ['TR', 'AE']],
        ['США, Великобритания', ['US', 'GB']],
        ['Испания; Италия', ['ES', 'IT']],
        ['Германия\nАвстрия', ['DE', 'AT']],
        ['Израиль', ['IL']],
        ['Германия и Германия', ['DE']],
        ['неважно', []],
        ['любая', []],
        ['без разницы', []],
        ['мне всё равно', []],
        ['Германия и Нарния', no('unknown_country')],
        ['', no('empty')]
    ],
    ar: [
        ['ألمانيا، تركيا', ['DE', 'TR']],
        ['ألمانيا و تركيا', ['DE', 'TR']],
        ['روسيا وألمانيا', ['RU', 'DE']],
        ['الإمارات والسعودية', ['AE', 'SA']],
        ['تركيا، الأردن، مصر', ['TR', 'JO', 'EG']],
        ['بريطانيا; أمريكا', ['GB', 'US']],
        ['ألمانيا\nالنمسا', ['DE', 'AT']],
        ['الهند', ['IN']],
        ['مصر والأردن', ['EG', 'JO']],
        ['العراق، سوريا، لبنان', ['IQ', 'SY', 'LB']],
        ['بريطانيا أو ألمانيا', ['GB', 'DE']],
        ['السعوديه', ['SA']],
        ['لا يهم', []],
        ['كل الدول', []],
        ['أي دولة', []],
        ['لا فرق', []],
        ['ألمانيا وأرض الأحلام', no('unknown_country')],
        ['', no('empty')]
    ]
};

describe.each(Object.keys(COUNTRY) as Locale[])('parseCountry (%s)', (locale) => {
    it.each(COUNTRY[locale])('%j → %j', (input, expected) => expectResult(parseCountry(input, ctxFor(locale)), expected));
});

describe.each(Object.keys(COUNTRIES) as Locale[])('parseCountries (%s)', (locale) => {
    it.each(COUNTRIES[locale])('%j → %j', (input, expected) => expectResult(parseCountries(input, ctxFor(locale)), expected));
});

describe('parseCountry in another language than the conversation', () => {
    it.each([
        ['Германия', 'DE'],
        ['ألمانيا', 'DE'],
        ['Deutschland', 'DE'],
        ['Germany', 'DE']
    ] as [string, string][])('%j', (input, expected) => expectResult(parseCountry(input, ctxFor('ru')), expected));
});
