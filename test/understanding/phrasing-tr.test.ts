import { describe, it } from 'vitest';
import { check, type Case } from '../helpers/arbitration';

/** Turkish phrasings parents use (from the dev6 misses, in sentences of our own). */
const CASES: Case[] = [
    // Conditioning chemo ("hazırlık kemoterapisi") was given; a treatment they plan is not.
    ['treatments.chemotherapy', 'nakil öncesi hazırlık kemoterapisi verildi', [['set', 'treatments.chemotherapy', true], ['set', 'treatments.hsct', true]]],
    ['treatments.antibodies', 'inotuzumab vermeyi planlıyorlar', [['set', 'treatments.antibodies', ['none']]]],
    ['request.urgency', 'mümkünse en kısa zamanda', [['set', 'request.urgency', 'asap']]],
    // Azerbaijani yes and no, as families from Azerbaijan write them.
    ['treatments.radiotherapy', 'yox', [['set', 'treatments.radiotherapy', false]]],
    // The copula glued to the result: past "-ti/-di", reported "-miş".
    ['status.mrd', 'son kontrolde pozitifti', [['set', 'status.mrd', 'positive']]],
    ['status.mrd', 'en son bakılan MRD negatifmiş', [['set', 'status.mrd', 'negative']]],
    // "Özel" is private insurance as often as paying privately; "karşılamıyor" (does not cover) negates the payer before it.
    ['request.payer', 'özel sigortamız masrafları karşılıyor', [['set', 'request.payer', 'insurance']]],
    ['request.payer', 'sigorta karşılamıyor, vakıftan yardım alacağız', [['set', 'request.payer', 'charity']]],
    // "Kabul" (accept) is no Kabul, Afghanistan: Turkish calls the city Kabil.
    ['request.preferredCountries', 'İtalya ya da Fransa, hangi hastane kabul ederse', [['set', 'request.preferredCountries', ['IT', 'FR']]]],
    // Leaving the choice to the coordinators is no preference.
    ['request.preferredCountries', 'bilemiyorum, siz nereyi önerirseniz', [['set', 'request.preferredCountries', []]]],
    ['request.preferredCountries', 'nereyi uygun görürseniz', [['set', 'request.preferredCountries', []]]],
    ['contact.email', 'e-mailim yok maalesef', [['skip', 'contact.email']]],
    // "Atmak" (to throw) is how files and mails are sent in speech.
    ['documents.files', 'raporları bu akşam atarım', [['skip', 'documents.files']]],
    // Refractory told in the past tense.
    ['status.diseaseState', 'ilaçlar işe yaramadı, remisyona girmedi', [['set', 'status.diseaseState', 'refractory']]],
    ['status.activityLevel', 'çok enerjik, evde yerinde durmuyor', [['set', 'status.activityLevel', 'fully_active']]],
    ['status.activityLevel', 'yatalak oldu, tuvalete bile taşıyoruz', [['set', 'status.activityLevel', 'bedridden']]],
    ['request.goal', 'başka bir uzmanın fikrini almak istiyoruz', [['set', 'request.goal', 'second_opinion']]],
    // Struggling with a channel ("zorlanıyoruz") rules it out.
    ['contact.preferredChannel', 'whatsapp olsun, telefonla anlaşmakta zorlanıyoruz', [['set', 'contact.preferredChannel', 'whatsapp']]],
    // "Değil" follows what it negates: "X değil, Y" is "not X but Y".
    ['status.location', 'hastanede değil, evde', [['set', 'status.location', 'home']]],
    ['request.goal', 'nakil değil, ikinci görüş istiyoruz', [['set', 'request.goal', 'second_opinion']]],
    ['contact.preferredChannel', 'telefon değil, e-posta', [['set', 'contact.preferredChannel', 'email']]]
];

describe('Turkish phrasings at the open question', () => {
    it.each(CASES)('at %s: %s', (open, message, expected) => check('tr', open, message, expected));
});
