import { describe, expect, it } from 'vitest';
import { parseCountry } from '../../src/i18n/parsers';
import type { Locale } from '../../src/languages';
import { ctxFor } from './helpers';

/**
 * Nationality words as parents write them, for every country (a few in Russian and Arabic are
 * missing where nobody is sure of the usual form). Most are made by each language's rule from the
 * country's name (src/i18n/parsers/demonyms.ts), the rest are listed in the lexicons.
 */
const DEMONYMS: Record<Locale, string> = {
    en: [
        'AF Afghan; AL Albanian; DZ Algerian; AD Andorran; AO Angolan; AG Antiguan; AR Argentinian; AR Argentine;',
        'AM Armenian; AU Australian; AT Austrian; AZ Azerbaijani; BS Bahamian; BH Bahraini; BD Bangladeshi;',
        'BB Barbadian; BY Belarusian; BE Belgian; BZ Belizean; BJ Beninese; BT Bhutanese; BO Bolivian; BA Bosnian;',
        'BW Botswanan; BR Brazilian; BN Bruneian; BG Bulgarian; BF Burkinabe; BI Burundian; CV Cape Verdean;',
        'KH Cambodian; CM Cameroonian; CA Canadian; CF Central African; TD Chadian; CL Chilean; CN Chinese;',
        'CO Colombian; KM Comorian; CR Costa Rican; CI Ivorian; HR Croatian; CU Cuban; CY Cypriot; CZ Czech;',
        'DK Danish; DJ Djiboutian; EC Ecuadorian; EG Egyptian; SV Salvadoran; GQ Equatorial Guinean; ER Eritrean;',
        'EE Estonian; SZ Swazi; ET Ethiopian; FJ Fijian; FI Finnish; FR French; GA Gabonese; GM Gambian; GE Georgian;',
        'DE German; GH Ghanaian; GR Greek; GD Grenadian; GT Guatemalan; GN Guinean; GY Guyanese; HT Haitian;',
        'HN Honduran; HU Hungarian; IS Icelandic; IN Indian; ID Indonesian; IR Iranian; IQ Iraqi; IE Irish;',
        'IL Israeli; IT Italian; JM Jamaican; JP Japanese; JO Jordanian; KZ Kazakh; KZ Kazakhstani; KE Kenyan;',
        'KW Kuwaiti; KG Kyrgyz; LA Laotian; LV Latvian; LB Lebanese; LS Basotho; LR Liberian; LY Libyan;',
        'LI Liechtensteiner; LT Lithuanian; LU Luxembourgish; MG Malagasy; MW Malawian; MY Malaysian; MV Maldivian;',
        'ML Malian; MT Maltese; MH Marshallese; MR Mauritanian; MU Mauritian; MX Mexican; FM Micronesian; MD Moldovan;',
        'MC Monegasque; MN Mongolian; ME Montenegrin; MA Moroccan; MZ Mozambican; MM Burmese; NA Namibian; NR Nauruan;',
        'NP Nepali; NP Nepalese; NL Dutch; NZ New Zealander; NI Nicaraguan; NE Nigerien; NG Nigerian; KP North Korean;',
        'MK Macedonian; NO Norwegian; OM Omani; PK Pakistani; PW Palauan; PS Palestinian; PA Panamanian;',
        'PG Papua New Guinean; PY Paraguayan; PE Peruvian; PH Filipino; PH Filipina; PL Polish; PT Portuguese;',
        'QA Qatari; RO Romanian; RU Russian; RW Rwandan; LC Saint Lucian; VC Vincentian; WS Samoan; SM Sammarinese;',
        'ST Santomean; SA Saudi; SN Senegalese; RS Serbian; SC Seychellois; SL Sierra Leonean; SG Singaporean;',
        'SK Slovak; SI Slovenian; SB Solomon Islander; SO Somali; ZA South African; KR South Korean; KR Korean;',
        'SS South Sudanese; ES Spanish; LK Sri Lankan; SD Sudanese; SR Surinamese; SE Swedish; CH Swiss; SY Syrian;',
        'TW Taiwanese; TJ Tajik; TZ Tanzanian; TH Thai; TL Timorese; TG Togolese; TO Tongan; TT Trinidadian;',
        'TN Tunisian; TR Turkish; TM Turkmen; TV Tuvaluan; UG Ugandan; UA Ukrainian; AE Emirati; GB British;',
        'GB English; GB Scottish; GB Welsh; US American; UY Uruguayan; UZ Uzbek; VU Ni-Vanuatu; VE Venezuelan;',
        'VN Vietnamese; YE Yemeni; ZM Zambian; ZW Zimbabwean; KN Kittitian; KI I-Kiribati; GW Bissau-Guinean;',
        'VA Vatican'
    ].join(' '),
    de: [
        'AF afghanisch; AL albanisch; DZ algerisch; AD andorranisch; AO angolanisch; AG antiguanisch; AR argentinisch;',
        'AM armenisch; AU australisch; AT österreichisch; AZ aserbaidschanisch; BS bahamaisch; BH bahrainisch;',
        'BD bangladeschisch; BB barbadisch; BY belarussisch; BY weißrussisch; BE belgisch; BZ belizisch; BJ beninisch;',
        'BT bhutanisch; BO bolivianisch; BA bosnisch; BW botsuanisch; BR brasilianisch; BN bruneiisch; BG bulgarisch;',
        'BF burkinisch; BI burundisch; CV kap-verdisch; KH kambodschanisch; CM kamerunisch; CA kanadisch;',
        'CF zentralafrikanisch; TD tschadisch; CL chilenisch; CN chinesisch; CO kolumbianisch; KM komorisch;',
        'CR costa-ricanisch; CI ivorisch; HR kroatisch; CU kubanisch; CY zyprisch; CZ tschechisch; DK dänisch;',
        'DJ dschibutisch; DO dominikanisch; EC ecuadorianisch; EG ägyptisch; SV salvadorianisch;',
        'GQ äquatorialguineisch; ER eritreisch; EE estnisch; ET äthiopisch; FJ fidschianisch; FI finnisch;',
        'FR französisch; GA gabunisch; GM gambisch; GE georgisch; DE deutsch; GH ghanaisch; GR griechisch;',
        'GD grenadisch; GT guatemaltekisch; GN guineisch; GY guyanisch; HT haitianisch; HN honduranisch; HU ungarisch;',
        'IS isländisch; IN indisch; ID indonesisch; IR iranisch; IQ irakisch; IE irisch; IL israelisch;',
        'IT italienisch; JM jamaikanisch; JP japanisch; JO jordanisch; KZ kasachisch; KE kenianisch; KW kuwaitisch;',
        'KG kirgisisch; LA laotisch; LV lettisch; LB libanesisch; LR liberianisch; LY libysch; LI liechtensteinisch;',
        'LT litauisch; LU luxemburgisch; MG madagassisch; MW malawisch; MY malaysisch; MV maledivisch; ML malisch;',
        'MT maltesisch; MR mauretanisch; MU mauritisch; MX mexikanisch; MD moldauisch; MD moldawisch; MC monegassisch;',
        'MN mongolisch; ME montenegrinisch; MA marokkanisch; MZ mosambikanisch; NA namibisch; NP nepalesisch;',
        'NL niederländisch; NL holländisch; NZ neuseeländisch; NI nicaraguanisch; NE nigrisch; NG nigerianisch;',
        'MK nordmazedonisch; MK mazedonisch; NO norwegisch; OM omanisch; PK pakistanisch; PS palästinensisch;',
        'PA panamaisch; PY paraguayisch; PE peruanisch; PH philippinisch; PL polnisch; PT portugiesisch; QA katarisch;',
        'RO rumänisch; RU russisch; RW ruandisch; SA saudi-arabisch; SA saudisch; SN senegalesisch; RS serbisch;',
        'SC seychellisch; SG singapurisch; SK slowakisch; SI slowenisch; SO somalisch; ZA südafrikanisch;',
        'KR südkoreanisch; KR koreanisch; SS südsudanesisch; ES spanisch; LK sri-lankisch; SD sudanesisch;',
        'SR surinamisch; SE schwedisch; CH schweizerisch; CH Schweizer; SY syrisch; TW taiwanisch; TJ tadschikisch;',
        'TZ tansanisch; TH thailändisch; TG togoisch; TO tongaisch; TT trinidadisch; TN tunesisch; TR türkisch;',
        'TM turkmenisch; UG ugandisch; UA ukrainisch; AE emiratisch; GB britisch; GB englisch; US amerikanisch;',
        'UY uruguayisch; UZ usbekisch; VE venezolanisch; VN vietnamesisch; YE jemenitisch; ZM sambisch;',
        'ZW simbabwisch; DE Deutscher; DE deutsche; AT Österreicher; AT Österreicherin; AT österreichische;',
        'LI Liechtensteiner; LI Liechtensteinerin; LU Luxemburger; RU Russe; RU Russin; TR Türke; TR Türkin; SY Syrer;',
        'SY Syrerin; LY Libyer; FR Franzose; FR Französin; PL Pole; PL Polin; IT Italiener; IT Italienerin;',
        'ES Spanier; GR Grieche; UA Ukrainer; KZ Kasache; GB Brite; GB Britin; US Amerikaner; IQ Iraker; IR Iraner;',
        'AF Afghane; EG Ägypter; IL Israeli; NL Niederländer; DK Däne; SE Schwede; NO Norweger; FI Finne; BE Belgier;',
        'CZ Tscheche; HU Ungar; RO Rumäne; BG Bulgare; RS Serbe; HR Kroate; AL Albaner; BA Bosnier; MA Marokkaner;',
        'TN Tunesier; DZ Algerier; LB Libanese; JO Jordanier; PS Palästinenser; CN Chinese; JP Japaner; IN Inder;',
        'VN Vietnamese; PK Pakistaner; NG Nigerianer; GH Ghanaer; KE Kenianer; ET Äthiopier; SO Somalier; ER Eritreer;',
        'BR Brasilianer; MX Mexikaner; CA Kanadier; AU Australier; GE Georgier; AM Armenier; AZ Aserbaidschaner;',
        'MD Moldauer; UZ Usbeke; TJ Tadschike; KG Kirgise; TM Turkmene'
    ].join(' '),
    ru: [
        'AF афганский; AL албанский; DZ алжирский; AD андоррский; AO ангольский; AR аргентинский; AM армянский;',
        'AU австралийский; AT австрийский; AZ азербайджанский; BH бахрейнский; BD бангладешский; BY белорусский;',
        'BE бельгийский; BJ бенинский; BO боливийский; BA боснийский; BR бразильский; BG болгарский; BI бурундийский;',
        'KH камбоджийский; CM камерунский; CA канадский; TD чадский; CL чилийский; CN китайский; CO колумбийский;',
        'HR хорватский; CU кубинский; CY кипрский; CZ чешский; DK датский; EC эквадорский; EG египетский;',
        'EE эстонский; ET эфиопский; FI финский; FI финляндский; FR французский; GE грузинский; DE немецкий;',
        'DE германский; GH ганский; GR греческий; GT гватемальский; HU венгерский; IS исландский; IN индийский;',
        'ID индонезийский; IR иранский; IQ иракский; IE ирландский; IL израильский; IT итальянский; JM ямайский;',
        'JP японский; JO иорданский; KZ казахстанский; KZ казахский; KE кенийский; KW кувейтский; KG киргизский;',
        'KG кыргызский; KG кыргызстанский; LV латвийский; LB ливанский; LY ливийский; LT литовский; LU люксембургский;',
        'MY малайзийский; MT мальтийский; MX мексиканский; MD молдавский; MD молдовский; MN монгольский;',
        'ME черногорский; MA марокканский; NP непальский; NL нидерландский; NL голландский; NZ новозеландский;',
        'NG нигерийский; NO норвежский; OM оманский; PK пакистанский; PS палестинский; PA панамский; PE перуанский;',
        'PH филиппинский; PL польский; PT португальский; QA катарский; RO румынский; RU российский; RU русский;',
        'SA саудовский; RS сербский; SG сингапурский; SK словацкий; SI словенский; SO сомалийский; ES испанский;',
        'LK шри-ланкийский; SD суданский; SE шведский; CH швейцарский; SY сирийский; TJ таджикский;',
        'TJ таджикистанский; TH тайский; TN тунисский; TR турецкий; TM туркменский; UG угандийский; UA украинский;',
        'AE эмиратский; GB британский; GB английский; US американский; UY уругвайский; UZ узбекский;',
        'UZ узбекистанский; VE венесуэльский; VN вьетнамский; YE йеменский; ZA южноафриканский; KR южнокорейский;',
        'KR корейский; KZ казахстанское; KZ казахстанская; RU российское; RU российского; KG кыргызское;',
        'AZ азербайджанское; AM армянское; GE грузинское; MD молдавское; TJ таджикское; UA украинское; BY белорусское;',
        'DE немецкое; IL израильское; RU россиянин; RU россиянка; KZ казахстанец; KZ казахстанка; KZ казах;',
        'KZ казашка; UA украинец; UA украинка; BY белорус; BY белоруска; UZ узбек; UZ узбечка; TJ таджик; TJ таджичка;',
        'KG киргиз; KG кыргыз; KG киргизка; TM туркмен; AZ азербайджанец; AZ азербайджанка; AM армянин; AM армянка;',
        'GE грузин; GE грузинка; MD молдаванин; MD молдаванка; DE немец; DE немка; IL израильтянин; IL израильтянка;',
        'US американец; US американка; GB англичанин; GB британец; FR француз; FR француженка; IT итальянец; TR турок;',
        'TR турчанка; PL поляк; LV латыш; LT литовец; EE эстонец; CZ чех; CN китаец; JP японец; KR кореец; IN индиец;',
        'EG египтянин; SY сириец; LY ливиец; IQ иракец; IR иранец; AF афганец'
    ].join(' '),
    ar: [
        'AF أفغاني; AL ألباني; DZ جزائري; AO أنغولي; AR أرجنتيني; AM أرميني; AU أسترالي; AT نمساوي; AZ أذربيجاني;',
        'BH بحريني; BD بنغلاديشي; BY بيلاروسي; BE بلجيكي; BR برازيلي; BG بلغاري; CA كندي; TD تشادي; CL تشيلي; CN صيني;',
        'CO كولومبي; HR كرواتي; CU كوبي; CY قبرصي; CZ تشيكي; DK دنماركي; DJ جيبوتي; EG مصري; EG مصرية; ER إريتري;',
        'EE إستوني; ET إثيوبي; FI فنلندي; FR فرنسي; GE جورجي; DE ألماني; DE ألمانية; GH غاني; GR يوناني; HU مجري;',
        'IS آيسلندي; IN هندي; ID إندونيسي; IR إيراني; IQ عراقي; IQ عراقية; IE إيرلندي; IT إيطالي; JP ياباني; JO أردني;',
        'JO أردنية; KZ كازاخستاني; KZ كازاخي; KE كيني; KW كويتي; KW كويتية; KG قيرغيزي; LV لاتفي; LB لبناني;',
        'LB لبنانية; LY ليبي; LY ليبية; LT ليتواني; MY ماليزي; MR موريتاني; MX مكسيكي; MA مغربي; MA مغربية; NL هولندي;',
        'NG نيجيري; NO نرويجي; OM عماني; OM عمانية; PK باكستاني; PS فلسطيني; PS فلسطينية; PH فلبيني; PL بولندي;',
        'PT برتغالي; QA قطري; QA قطرية; RO روماني; RU روسي; SA سعودي; SA سعودية; SN سنغالي; RS صربي; SO صومالي;',
        'ZA جنوب أفريقي; KR كوري جنوبي; SS جنوب سوداني; ES إسباني; SD سوداني; SD سودانية; SE سويدي; CH سويسري;',
        'SY سوري; SY سورية; TJ طاجيكي; TH تايلاندي; TN تونسي; TN تونسية; TR تركي; TR تركية; TM تركماني; UG أوغندي;',
        'UA أوكراني; AE إماراتي; AE إماراتية; GB بريطاني; GB إنجليزي; US أمريكي; US أمريكية; US أميركي; UZ أوزبكي;',
        'VE فنزويلي; VN فيتنامي; YE يمني; YE يمنية; ZM زامبي; ZW زيمبابوي; DZ الجزائرية; EG المصري;',
        'SA الجنسية السعودية; IQ الجنسية العراقية; DZ جزائرية; MA المغربية'
    ].join(' '),
    tr: [
        'AF Afgan; AL Arnavut; DZ Cezayirli; AR Arjantinli; AM Ermeni; AU Avustralyalı; AT Avusturyalı; AZ Azerbaycanlı; AZ Azeri;',
        'BH Bahreynli; BD Bangladeşli; BY Belaruslu; BE Belçikalı; BA Boşnak; BR Brezilyalı; BG Bulgar; BG Bulgaristanlı; CA Kanadalı;',
        'CL Şilili; CN Çinli; CO Kolombiyalı; HR Hırvat; CU Kübalı; CZ Çek; DK Danimarkalı; EG Mısırlı; EE Estonyalı; ET Etiyopyalı;',
        'FI Finlandiyalı; FR Fransız; GE Gürcü; DE Alman; DE Almanyalı; GH Ganalı; GR Yunan; HU Macar; IS İzlandalı; IN Hintli;',
        'ID Endonezyalı; IR İranlı; IQ Iraklı; IE İrlandalı; IL İsrailli; IT İtalyan; JP Japon; JO Ürdünlü; KZ Kazak; KZ Kazakistanlı;',
        'KE Kenyalı; KW Kuveytli; KG Kırgız; KG Kırgızistanlı; LV Letonyalı; LB Lübnanlı; LY Libyalı; LT Litvanyalı; LU Lüksemburglu;',
        'MY Malezyalı; MX Meksikalı; MD Moldovalı; MN Moğol; MA Faslı; NL Hollandalı; NZ Yeni Zelandalı; NG Nijeryalı; NO Norveçli;',
        'OM Ummanlı; PK Pakistanlı; PS Filistinli; PL Polonyalı; PT Portekizli; QA Katarlı; RO Romen; RO Romanyalı; RU Rus; SA Suudi;',
        'RS Sırp; SK Slovak; SI Sloven; SO Somalili; ES İspanyol; SD Sudanlı; SE İsveçli; CH İsviçreli; SY Suriyeli; TJ Tacik;',
        'TN Tunuslu; TR Türk; TM Türkmen; UA Ukraynalı; AE Emirlikli; GB İngiliz; US Amerikalı; UZ Özbek; VE Venezuelalı;',
        'YE Yemenli; KR Güney Koreli; XK Kosovalı; MK Makedon; TR türküz; DE almanyalıyız; SY suriyeliyim'
    ].join(' ')
};

const pairs = (list: string) =>
    list
        .split(';')
        .map((item) => item.trim())
        .filter(Boolean)
        .map((item) => [item.slice(3), item.slice(0, 2)] as const);

describe.each(Object.keys(DEMONYMS) as Locale[])('nationality words (%s)', (locale) => {
    it('name their country, for every country', () => {
        const wrong = pairs(DEMONYMS[locale])
            .map(([word, code]) => ({ word, code, got: parseCountry(word, ctxFor(locale)) }))
            .filter(({ code, got }) => !(got.ok && got.value === code))
            .map(({ word, code, got }) => `${word}: ${code} expected, got ${got.ok ? got.value : got.reason}`);
        expect(wrong).toEqual([]);
    });
});
