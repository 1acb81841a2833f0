import { PhraseMatcher } from './patterns';

/**
 * Medicines named in leukaemia care, as international names and their usual Cyrillic and Arabic
 * spellings: "not responding to imatinib" speaks of the leukaemia, not of the child. The names are
 * the same in every language, so one list.
 */
const MEDICINES = [
    'imatin*', 'imatyn*', 'dasatin*', 'dasatyn*', 'nilotin*', 'ponatin*', 'asciminib*', 'venetoclax*', 'azacitidin*', 'decitabin*',
    'cytarabin*', 'citarabin*', 'vincristin*', 'vinkrystyn*', 'methotrexat*', 'metotrexat*', 'metotreksat*', 'mercaptopurin*', 'merkaptopuryn*',
    'asparaginas*', 'pegaspargas*', 'prednis*', 'dexameth*', 'deksamet*', 'daunorubicin*', 'idarubicin*', 'fludarabin*', 'clofarabin*',
    'nelarabin*', 'hydroxyure*', 'gilteritinib*', 'midostaurin*', 'sorafenib*', 'blinatumomab*', 'inotuzumab*', 'gemtuzumab*', 'tisagenlecleucel',
    'иматиниб*', 'дазатиниб*', 'нилотиниб*', 'понатиниб*', 'венетоклакс*', 'цитарабин*', 'винкристин*', 'метотрексат*', 'меркаптопурин*',
    'аспарагиназ*', 'преднизолон*', 'дексаметазон*', 'блинатумомаб*', 'іматиніб*', 'дазатиніб*', 'нілотиніб*',
    'ايماتينيب', 'إيماتينيب', 'داساتينيب', 'ميثوتريكسات', 'بليناتوموماب'
];

let matcher: PhraseMatcher | undefined;

/** The medicines above, compiled once. */
export function medicineMatcher(): PhraseMatcher {
    matcher ??= new PhraseMatcher(MEDICINES);
    return matcher;
}
