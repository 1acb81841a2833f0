import type { Locale } from '../../src/languages';
import type { ChoiceOption } from '../../src/i18n/parsers/types';

/** Option lists as the intake would build them; real titles live in locales/<lang>/intake.json. */
type OptionSet = 'leukemia' | 'lineage' | 'sex' | 'urgency' | 'antibodies' | 'documents' | 'goal';
const o = (value: string, title: string, synonyms: string[] = []): ChoiceOption => ({ value, title, synonyms });

export const OPTIONS: Readonly<Record<Locale, Readonly<Record<OptionSet, readonly ChoiceOption[]>>>> = {
    en: {
        leukemia: [
            o('ALL', 'Acute lymphoblastic leukemia (ALL)', ['ALL', 'lymphoblastic', 'B-ALL', 'T-ALL']),
            o('AML', 'Acute myeloid leukemia (AML)', ['AML', 'myeloid', 'myeloblastic']),
            o('APL', 'Acute promyelocytic leukemia (APL)', ['APL', 'promyelocytic']),
            o('CML', 'Chronic myeloid leukemia (CML)', ['CML', 'chronic myeloid']),
            o('JMML', 'Juvenile myelomonocytic leukemia (JMML)', ['JMML', 'juvenile']),
            o('other', 'Another type', ['other', 'something else']),
            o('unknown', 'Not sure yet', [])
        ],
        lineage: [o('B', 'B-cell', ['B', 'B-lineage']), o('T', 'T-cell', ['T', 'T-lineage']), o('unknown', 'Not known', [])],
        sex: [o('female', 'Female', ['girl', 'daughter', 'F']), o('male', 'Male', ['boy', 'son', 'M']), o('unknown', 'Prefer not to say', [])],
        urgency: [
            o('asap', 'As soon as possible', ['asap', 'urgent', 'urgently', 'immediately']),
            o('within_month', 'Within a month', ['within 4 weeks', 'in a month']),
            o('flexible', 'Flexible', ['no rush', 'not urgent', 'whenever'])
        ],
        antibodies: [
            o('blinatumomab', 'Blinatumomab', ['Blincyto']),
            o('inotuzumab', 'Inotuzumab ozogamicin', ['Besponsa', 'inotuzumab']),
            o('gemtuzumab', 'Gemtuzumab ozogamicin', ['Mylotarg', 'gemtuzumab']),
            o('other', 'Another antibody', ['other']),
            o('none', 'None of these', ['none', 'no antibodies']),
            o('unknown', "I don't know", [])
        ],
        documents: [
            o('discharge_summary', 'Discharge summary', ['discharge letter', 'epicrisis']),
            o('bone_marrow_report', 'Bone marrow report', ['myelogram', 'bone marrow']),
            o('flow_cytometry', 'Flow cytometry', ['immunophenotyping']),
            o('cytogenetics', 'Cytogenetics (karyotype, FISH)', ['karyotype', 'FISH']),
            o('mrd_report', 'MRD report', ['MRD']),
            o('imaging', 'Imaging (CT, MRI)', ['CT', 'MRI', 'x-ray']),
            o('hla_typing', 'HLA typing', ['HLA']),
            o('transplant_report', 'Transplant report', []),
            o('none', 'None yet', ['none', 'nothing'])
        ],
        goal: [
            o('second_opinion', 'Second opinion', []),
            o('full_treatment', 'Full treatment', []),
            o('hsct', 'Stem cell transplant', ['BMT', 'bone marrow transplant']),
            o('car_t', 'CAR-T therapy', ['CAR-T']),
            o('clinical_trial', 'Clinical trial', ['study'])
        ]
    },
    de: {
        leukemia: [
            o('ALL', 'Akute lymphatische Leukämie (ALL)', ['ALL', 'lymphatisch', 'lymphoblastisch']),
            o('AML', 'Akute myeloische Leukämie (AML)', ['AML', 'myeloisch']),
            o('APL', 'Akute Promyelozytenleukämie (APL)', ['APL']),
            o('CML', 'Chronische myeloische Leukämie (CML)', ['CML', 'chronisch']),
            o('other', 'Andere Form', ['sonstige', 'etwas anderes']),
            o('unknown', 'Noch unklar', [])
        ],
        lineage: [o('B', 'B-Zell', ['B', 'B-Linie']), o('T', 'T-Zell', ['T', 'T-Linie']), o('unknown', 'Unbekannt', [])],
        sex: [o('female', 'Weiblich', ['Mädchen', 'Tochter', 'w']), o('male', 'Männlich', ['Junge', 'Sohn', 'm']), o('unknown', 'Keine Angabe', [])],
        urgency: [
            o('asap', 'So schnell wie möglich', ['dringend', 'sofort', 'asap']),
            o('within_month', 'Innerhalb eines Monats', ['in einem Monat', 'diesen Monat']),
            o('flexible', 'Flexibel', ['keine Eile', 'nicht dringend'])
        ],
        antibodies: [
            o('blinatumomab', 'Blinatumomab', ['Blincyto']),
            o('inotuzumab', 'Inotuzumab-Ozogamicin', ['Besponsa', 'Inotuzumab']),
            o('gemtuzumab', 'Gemtuzumab-Ozogamicin', ['Mylotarg', 'Gemtuzumab']),
            o('other', 'Anderer Antikörper', ['andere']),
            o('none', 'Keiner davon', ['keine', 'keiner']),
            o('unknown', 'Weiß nicht', [])
        ],
        documents: [
            o('discharge_summary', 'Entlassungsbrief', ['Arztbrief', 'Epikrise']),
            o('bone_marrow_report', 'Knochenmarkbefund', ['Myelogramm', 'Knochenmark']),
            o('flow_cytometry', 'Durchflusszytometrie', ['Immunphänotypisierung', 'FACS']),
            o('cytogenetics', 'Zytogenetik', ['Karyotyp', 'FISH']),
            o('mrd_report', 'MRD-Befund', ['MRD']),
            o('imaging', 'Bildgebung', ['CT', 'MRT', 'Röntgen']),
            o('hla_typing', 'HLA-Typisierung', ['HLA']),
            o('transplant_report', 'Transplantationsbericht', []),
            o('none', 'Noch keine', ['keine', 'nichts'])
        ],
        goal: [
            o('second_opinion', 'Zweitmeinung', ['zweite Meinung']),
            o('full_treatment', 'Komplette Behandlung', ['Behandlung']),
            o('hsct', 'Stammzelltransplantation', ['KMT', 'Knochenmarktransplantation']),
            o('car_t', 'CAR-T-Zelltherapie', ['CAR-T']),
            o('clinical_trial', 'Klinische Studie', ['Studie'])
        ]
    },
    ru: {
        leukemia: [
            o('ALL', 'Острый лимфобластный лейкоз (ОЛЛ)', ['ОЛЛ', 'ALL', 'лимфобластный', 'лимфобластный лейкоз']),
            o('AML', 'Острый миелоидный лейкоз (ОМЛ)', ['ОМЛ', 'AML', 'миелоидный', 'миелобластный']),
            o('APL', 'Острый промиелоцитарный лейкоз (ОПЛ)', ['ОПЛ', 'APL', 'промиелоцитарный']),
            o('CML', 'Хронический миелолейкоз (ХМЛ)', ['ХМЛ', 'CML', 'хронический']),
            o('other', 'Другой', ['другое', 'иной']),
            o('unknown', 'Пока неизвестно', [])
        ],
        lineage: [o('B', 'B-клеточный', ['B', 'В', 'В-клеточный']), o('T', 'T-клеточный', ['T', 'Т', 'Т-клеточный']), o('unknown', 'Неизвестно', [])],
        sex: [o('female', 'Девочка', ['женский', 'дочь', 'ж']), o('male', 'Мальчик', ['мужской', 'сын', 'м']), o('unknown', 'Не указывать', [])],
        urgency: [
            o('asap', 'Как можно скорее', ['срочно', 'немедленно', 'очень срочно']),
            o('within_month', 'В течение месяца', ['в этом месяце', 'через месяц']),
            o('flexible', 'Не срочно', ['не горит', 'когда угодно'])
        ],
        antibodies: [
            o('blinatumomab', 'Блинатумомаб', ['Блинцито', 'blinatumomab']),
            o('inotuzumab', 'Инотузумаб озогамицин', ['Беспонса', 'инотузумаб']),
            o('gemtuzumab', 'Гемтузумаб озогамицин', ['Милотарг', 'гемтузумаб']),
            o('other', 'Другое антитело', ['другое']),
            o('none', 'Ничего из этого', ['ничего', 'не получали']),
            o('unknown', 'Не знаю', [])
        ],
        documents: [
            o('discharge_summary', 'Выписка', ['выписной эпикриз', 'эпикриз']),
            o('bone_marrow_report', 'Миелограмма', ['костный мозг', 'пункция костного мозга']),
            o('flow_cytometry', 'Иммунофенотипирование', ['проточная цитометрия']),
            o('cytogenetics', 'Цитогенетика', ['кариотип', 'FISH']),
            o('mrd_report', 'МОБ', ['MRD', 'минимальная остаточная болезнь']),
            o('imaging', 'КТ / МРТ', ['КТ', 'МРТ', 'рентген']),
            o('hla_typing', 'HLA-типирование', ['HLA']),
            o('transplant_report', 'Выписка после трансплантации', []),
            o('none', 'Пока ничего', ['ничего', 'нет документов'])
        ],
        goal: [
            o('second_opinion', 'Второе мнение', ['консультация']),
            o('full_treatment', 'Полное лечение', ['лечение']),
            o('hsct', 'Трансплантация костного мозга', ['ТКМ', 'пересадка']),
            o('car_t', 'CAR-T терапия', ['CAR-T', 'кар-т']),
            o('clinical_trial', 'Клиническое исследование', ['исследование'])
        ]
    },
    ar: {
        leukemia: [
            o('ALL', 'ابيضاض الدم الليمفاوي الحاد (ALL)', ['ALL', 'الليمفاوي', 'لوكيميا ليمفاوية']),
            o('AML', 'ابيضاض الدم النقوي الحاد (AML)', ['AML', 'النقوي', 'لوكيميا نقوية']),
            o('APL', 'ابيضاض الدم البروميلوسيتي الحاد (APL)', ['APL']),
            o('CML', 'ابيضاض الدم النقوي المزمن (CML)', ['CML', 'المزمن']),
            o('other', 'نوع آخر', ['آخر', 'غير ذلك']),
            o('unknown', 'غير معروف بعد', [])
        ],
        lineage: [o('B', 'خلايا B', ['B']), o('T', 'خلايا T', ['T']), o('unknown', 'غير معروف', [])],
        sex: [o('female', 'أنثى', ['بنت', 'ابنة', 'فتاة']), o('male', 'ذكر', ['ولد', 'ابن', 'صبي']), o('unknown', 'أفضل عدم القول', [])],
        urgency: [
            o('asap', 'في أقرب وقت ممكن', ['عاجل', 'فورا', 'مستعجل']),
            o('within_month', 'خلال شهر', ['هذا الشهر']),
            o('flexible', 'مرن', ['غير مستعجل', 'لا عجلة'])
        ],
        antibodies: [
            o('blinatumomab', 'بليناتوموماب', ['Blinatumomab', 'بلينسيتو']),
            o('inotuzumab', 'إينوتوزوماب', ['Inotuzumab', 'بسبونسا']),
            o('gemtuzumab', 'جيمتوزوماب', ['Gemtuzumab', 'مايلوتارج']),
            o('other', 'جسم مضاد آخر', ['آخر']),
            o('none', 'لا شيء منها', ['لا شيء', 'لم يأخذ']),
            o('unknown', 'لا أعرف', [])
        ],
        documents: [
            o('discharge_summary', 'تقرير الخروج', ['ملخص الخروج']),
            o('bone_marrow_report', 'تقرير نخاع العظم', ['نخاع العظم', 'بزل النخاع']),
            o('flow_cytometry', 'قياس التدفق الخلوي', ['التنميط المناعي']),
            o('cytogenetics', 'الوراثة الخلوية', ['النمط النووي', 'FISH']),
            o('mrd_report', 'تقرير المرض المتبقي', ['MRD']),
            o('imaging', 'التصوير', ['الأشعة', 'الرنين', 'CT']),
            o('hla_typing', 'تنميط HLA', ['HLA']),
            o('transplant_report', 'تقرير الزرع', []),
            o('none', 'لا شيء بعد', ['لا شيء'])
        ],
        goal: [
            o('second_opinion', 'رأي ثان', ['رأي طبي ثان']),
            o('full_treatment', 'علاج كامل', ['العلاج']),
            o('hsct', 'زرع الخلايا الجذعية', ['زرع نخاع', 'زراعة النخاع']),
            o('car_t', 'العلاج بالخلايا CAR-T', ['CAR-T']),
            o('clinical_trial', 'تجربة سريرية', ['دراسة'])
        ]
    },
    tr: {
        leukemia: [
            o('ALL', 'Akut lenfoblastik lösemi (ALL)', ['ALL', 'lenfoblastik', 'B-ALL', 'T-ALL']),
            o('AML', 'Akut miyeloid lösemi (AML)', ['AML', 'miyeloid', 'miyeloblastik']),
            o('APL', 'Akut promiyelositik lösemi (APL)', ['APL', 'promiyelositik']),
            o('CML', 'Kronik miyeloid lösemi (KML)', ['CML', 'KML', 'kronik miyeloid']),
            o('JMML', 'Jüvenil miyelomonositik lösemi (JMML)', ['JMML', 'jüvenil']),
            o('other', 'Başka bir tür', ['başka', 'diğer']),
            o('unknown', 'Henüz belli değil', [])
        ],
        lineage: [o('B', 'B hücreli', ['B', 'B soy']), o('T', 'T hücreli', ['T', 'T soy']), o('unknown', 'Bilinmiyor', [])],
        sex: [o('female', 'Kız', ['kızım', 'kız çocuğu', 'K']), o('male', 'Erkek', ['oğlum', 'erkek çocuğu', 'E']), o('unknown', 'Belirtmek istemiyorum', [])],
        urgency: [
            o('asap', 'Mümkün olan en kısa sürede', ['acil', 'acilen', 'hemen']),
            o('within_month', 'Bir ay içinde', ['4 hafta içinde', 'bir ay']),
            o('flexible', 'Esnek', ['acelesi yok', 'acil değil', 'fark etmez'])
        ],
        antibodies: [
            o('blinatumomab', 'Blinatumomab', ['Blincyto']),
            o('inotuzumab', 'İnotuzumab ozogamisin', ['Besponsa', 'inotuzumab']),
            o('gemtuzumab', 'Gemtuzumab ozogamisin', ['Mylotarg', 'gemtuzumab']),
            o('other', 'Başka bir antikor', ['başka']),
            o('none', 'Hiçbiri', ['hiçbiri', 'antikor almadı']),
            o('unknown', 'Bilmiyorum', [])
        ],
        documents: [
            o('discharge_summary', 'Epikriz (taburcu özeti)', ['epikriz', 'taburcu özeti']),
            o('bone_marrow_report', 'Kemik iliği raporu', ['miyelogram', 'kemik iliği']),
            o('flow_cytometry', 'Flow sitometri', ['immünfenotipleme', 'flow sitometri']),
            o('cytogenetics', 'Sitogenetik (karyotip, FISH)', ['karyotip', 'FISH']),
            o('mrd_report', 'MRD raporu', ['MRD']),
            o('imaging', 'Görüntüleme (BT, MR)', ['BT', 'MR', 'röntgen']),
            o('hla_typing', 'HLA doku tiplemesi', ['HLA']),
            o('transplant_report', 'Nakil raporu', []),
            o('none', 'Henüz hiçbiri', ['hiçbiri', 'yok'])
        ],
        goal: [
            o('second_opinion', 'İkinci görüş', []),
            o('full_treatment', 'Tam tedavi', []),
            o('hsct', 'Kök hücre nakli', ['kemik iliği nakli', 'ilik nakli']),
            o('car_t', 'CAR-T tedavisi', ['CAR-T']),
            o('clinical_trial', 'Klinik çalışma', ['araştırma'])
        ]
    }
};
