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
    uk: [
        'AF афганський; AL албанський; DZ алжирський; AO ангольський; AR аргентинський; AM вірменський; AU австралійський;',
        'AT австрійський; AZ азербайджанський; BD бангладеський; BY білоруський; BE бельгійський; BO болівійський;',
        'BR бразильський; BG болгарський; CA канадський; CL чилійський; CN китайський; CO колумбійський; HR хорватський;',
        'CU кубинський; CY кіпрський; CZ чеський; DK данський; EG єгипетський; EE естонський; FI фінський; FR французький;',
        'GE грузинський; DE німецький; GR грецький; HU угорський; IS ісландський; IN індійський; ID індонезійський;',
        'IR іранський; IQ іракський; IE ірландський; IL ізраїльський; IT італійський; JP японський; JO йорданський;',
        'KZ казахстанський; KZ казахський; KG киргизький; LV латвійський; LB ліванський; LT литовський; MX мексиканський;',
        'MD молдовський; MD молдавський; MN монгольський; MA марокканський; NL нідерландський; NL голландський;',
        'NO норвезький; PK пакистанський; PS палестинський; PE перуанський; PL польський; PT португальський;',
        'RO румунський; RU російський; SA саудівський; RS сербський; SK словацький; SI словенський; ES іспанський;',
        'SE шведський; CH швейцарський; SY сирійський; TJ таджицький; TR турецький; TM туркменський; UA український;',
        'AE еміратський; GB британський; US американський; UZ узбецький; VN в\'єтнамський; GB англійський;',
        'UA українське; UA української; PL польське; PL польського; DE німецьке; MD молдовське; KZ казахстанське;',
        'UA українець; UA українка; PL поляк; PL полька; DE німець; BY білорус; BY білоруска; MD молдованин;',
        'IL ізраїльтянин; GE грузин; AM вірменин; KZ казах; UZ узбек; CZ чех; US американець; GB англієць; FR француз;',
        'TR турок; IT італієць; IT італійка; ES іспанець; LT литовець; LV латиш; RU росіянин; RU росіянка'
    ].join(' '),
    pl: [
        'AF afgański; AR argentyński; AM ormiański; AU australijski; AT austriacki; AZ azerski; BY białoruski;',
        'BE belgijski; BR brazylijski; BG bułgarski; CA kanadyjski; CL chilijski; CN chiński; HR chorwacki; CU kubański;',
        'CZ czeski; DK duński; EG egipski; EE estoński; FI fiński; FR francuski; GE gruziński; DE niemiecki; GR grecki;',
        'HU węgierski; IN indyjski; IR irański; IE irlandzki; IL izraelski; IT włoski; JP japoński; KZ kazachski;',
        'KZ kazachstański; LT litewski; LV łotewski; MX meksykański; MD mołdawski; NL holenderski; NO norweski;',
        'PL polski; PT portugalski; RO rumuński; RU rosyjski; RS serbski; SK słowacki; ES hiszpański; SE szwedzki;',
        'CH szwajcarski; SY syryjski; TR turecki; UA ukraiński; GB brytyjski; US amerykański; UZ uzbecki; VN wietnamski;',
        'PL polskie; PL polska; UA ukraińskie; RU rosyjskie; DE niemieckie; BY białoruskie; KZ kazachskie;',
        'PL polak; PL polka; UA ukrainiec; UA ukrainka; RU rosjanin; RU rosjanka; BY białorusin; DE niemka;',
        'FR francuz; ES hiszpan; TR turek; GB brytyjczyk; US amerykanin; GE gruzin; LT litwin; CN chińczyk'
    ].join(' '),
    ro: [
        'AF afgan; AL albanez; DZ algerian; AO angolez; AR argentinian; AM armean; AU australian; AT austriac; AT austriacă;',
        'AZ azer; BY belarus; BE belgian; BO bolivian; BA bosniac; BR brazilian; BG bulgar; BG bulgară; KH cambodgian;',
        'CA canadian; CL chilian; CN chinez; CN chinezoaică; CO columbian; HR croat; CU cubanez; CY cipriot; CZ ceh;',
        'DK danez; EG egiptean; EE estonian; ET etiopian; FI finlandez; FR francez; FR franceză; FR franțuzoaică; GE georgian;',
        'DE german; DE germană; DE neamț; DE nemțoaică; GR grec; GR greacă; HU maghiar; HU ungur; IN indian; ID indonezian;',
        'IR iranian; IQ irakian; IE irlandez; IL israelian; IL israeliancă; IT italian; IT italiancă; JP japonez; JO iordanian;',
        'KZ kazah; KE kenyan; KG kârgâz; LV leton; LB libanez; LY libian; LT lituanian; LU luxemburghez; MX mexican;',
        'MD moldovean; MD moldoveancă; MD moldoveni; MD moldovenesc; MN mongol; ME muntenegrean; MA marocan; NL olandez;',
        'NO norvegian; PK pakistanez; PS palestinian; PE peruan; PL polonez; PL poloneză; PT portughez; QA qatarez;',
        'RO român; RO română; RO romanca; RO românce; RU rus; RU rusă; RU rusoaică; SA saudit; RS sârb; SK slovac; SI sloven;',
        'ES spaniol; ES spaniolă; SE suedez; CH elvețian; SY sirian; TJ tadjic; TN tunisian; TR turc; TR turcoaică;',
        'TM turkmen; UA ucrainean; UA ucraineancă; UA ucraineni; GB britanic; GB englez; US american; US americancă;',
        'UZ uzbec; VN vietnamez; YE yemenit; AE emiratez'
    ].join(' '),
    es: [
        'AF afgano; AL albanés; DZ argelino; AD andorrano; AO angoleño; AR argentino; AR argentina; AM armenio; AU australiano;',
        'AT austriaco; AZ azerbaiyano; BH bareiní; BD bangladesí; BY bielorruso; BE belga; BZ beliceño; BO boliviano; BO boliviana;',
        'BA bosnio; BR brasileño; BR brasileña; BG búlgaro; CA canadiense; TD chadiano; CL chileno; CL chilena; CN chino;',
        'CO colombiano; CO colombiana; CR costarricense; CR tico; HR croata; CU cubano; CU cubana; CY chipriota; CZ checo; DK danés;',
        'EC ecuatoriano; EC ecuatoriana; EG egipcio; SV salvadoreño; SV salvadoreña; EE estonio; ET etíope; FI finlandés; FR francés;',
        'FR francesa; GE georgiano; DE alemán; DE alemana; GH ghanés; GR griego; GT guatemalteco; GT guatemalteca; HN hondureño;',
        'HN hondureña; HU húngaro; IS islandés; IN indio; ID indonesio; IR iraní; IQ iraquí; IE irlandés; IL israelí; IT italiano;',
        'IT italiana; JM jamaicano; JP japonés; JO jordano; KZ kazajo; KE keniano; KW kuwaití; KG kirguís; LV letón; LB libanés;',
        'LY libio; LT lituano; MX mexicano; MX mexicana; MX mexicanos; MD moldavo; MA marroquí; NL holandés; NL neerlandés;',
        'NZ neozelandés; NI nicaragüense; NG nigeriano; NO noruego; PK pakistaní; PA panameño; PA panameña; PY paraguayo; PY paraguaya;',
        'PE peruano; PE peruana; PE peruanos; PH filipino; PL polaco; PT portugués; PT portuguesa; PR puertorriqueño; QA catarí;',
        'RO rumano; RU ruso; RU rusa; SA saudí; SN senegalés; RS serbio; SK eslovaco; SI esloveno; ZA sudafricano; KR surcoreano;',
        'ES español; ES española; ES españoles; SE sueco; CH suizo; SY sirio; TW taiwanés; TJ tayiko; TH tailandés; TN tunecino;',
        'TR turco; TR turca; TM turcomano; UA ucraniano; UA ucraniana; AE emiratí; GB británico; GB inglés; GB escocés; US estadounidense;',
        'US norteamericano; UY uruguayo; UY uruguaya; UZ uzbeko; VE venezolano; VE venezolana; VE venezolanos; VN vietnamita; YE yemení;',
        'DO dominicano; DO dominicana; BO bolivianos; CO colombianos'
    ].join(' '),
    fr: [
        'AF afghan; AL albanais; DZ algérien; DZ algérienne; AD andorran; AO angolais; AR argentin; AM arménien;',
        'AU australien; AT autrichien; AZ azerbaïdjanais; BS bahaméen; BH bahreïni; BD bangladais; BB barbadien;',
        'BY biélorusse; BE belge; BZ bélizien; BJ béninois; BJ béninoise; BT bhoutanais; BO bolivien; BA bosnien;',
        'BW botswanais; BR brésilien; BN brunéien; BG bulgare; BF burkinabè; BI burundais; CV cap-verdien;',
        'KH cambodgien; CM camerounais; CM camerounaise; CA canadien; CF centrafricain; TD tchadien; CL chilien;',
        'CN chinois; CO colombien; KM comorien; CR costaricien; CI ivoirien; CI ivoirienne; HR croate; CU cubain;',
        'CY chypriote; CZ tchèque; DK danois; DJ djiboutien; EC équatorien; EG égyptien; SV salvadorien; ER érythréen;',
        'EE estonien; ET éthiopien; FJ fidjien; FI finlandais; FR français; FR française; GA gabonais; GM gambien;',
        'GE géorgien; DE allemand; DE allemande; GH ghanéen; GR grec; GR grecque; GT guatémaltèque; GN guinéen;',
        'GN guinéenne; GY guyanien; HT haïtien; HN hondurien; HU hongrois; IS islandais; IN indien; ID indonésien;',
        'IR iranien; IQ irakien; IE irlandais; IL israélien; IT italien; JM jamaïcain; JP japonais; JO jordanien;',
        'KZ kazakh; KZ kazakhstanais; KE kényan; KW koweïtien; KG kirghize; LA laotien; LV letton; LB libanais;',
        'LB libanaise; LR libérien; LY libyen; LT lituanien; LU luxembourgeois; MG malgache; MW malawite;',
        'MY malaisien; MV maldivien; ML malien; ML malienne; MT maltais; MR mauritanien; MU mauricien; MX mexicain;',
        'MD moldave; MC monégasque; MN mongol; ME monténégrin; MA marocain; MA marocaine; MZ mozambicain; NA namibien;',
        'NP népalais; NL néerlandais; NL hollandais; NZ néo-zélandais; NI nicaraguayen; NE nigérien; NG nigérian;',
        'KP nord-coréen; MK macédonien; NO norvégien; OM omanais; PK pakistanais; PS palestinien; PA panaméen;',
        'PY paraguayen; PE péruvien; PH philippin; PL polonais; PT portugais; QA qatari; RO roumain; RU russe;',
        'RW rwandais; SA saoudien; SN sénégalais; SN sénégalaise; RS serbe; SC seychellois; SL sierra-léonais;',
        'SG singapourien; SK slovaque; SI slovène; SO somalien; ZA sud-africain; KR sud-coréen; SS sud-soudanais;',
        'ES espagnol; ES espagnole; LK sri-lankais; SD soudanais; SR surinamais; SE suédois; CH suisse; SY syrien;',
        'SY syrienne; TW taïwanais; TJ tadjik; TZ tanzanien; TH thaïlandais; TG togolais; TN tunisien; TN tunisienne;',
        'TR turc; TR turque; TM turkmène; UG ougandais; UA ukrainien; AE émirati; GB britannique; GB anglais;',
        'GB écossais; US américain; US américaine; UY uruguayen; UZ ouzbek; VE vénézuélien; VN vietnamien;',
        'YE yéménite; ZM zambien; ZW zimbabwéen; GQ équato-guinéen'
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
