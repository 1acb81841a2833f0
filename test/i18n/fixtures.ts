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
    uk: {
        leukemia: [
            o('ALL', 'Гострий лімфобластний лейкоз (ГЛЛ)', ['ГЛЛ', 'ОЛЛ', 'ALL', 'лімфобластний', 'лімфобластний лейкоз']),
            o('AML', 'Гострий мієлоїдний лейкоз (ГМЛ)', ['ГМЛ', 'AML', 'мієлоїдний', 'мієлобластний']),
            o('APL', 'Гострий промієлоцитарний лейкоз (ГПЛ)', ['ГПЛ', 'APL', 'промієлоцитарний']),
            o('CML', 'Хронічний мієлолейкоз (ХМЛ)', ['ХМЛ', 'CML', 'хронічний']),
            o('other', 'Інший', ['інше', 'щось інше']),
            o('unknown', 'Поки невідомо', [])
        ],
        lineage: [o('B', 'B-клітинний', ['B', 'В', 'В-клітинний']), o('T', 'T-клітинний', ['T', 'Т', 'Т-клітинний']), o('unknown', 'Невідомо', [])],
        sex: [o('female', 'Дівчинка', ['жіноча', 'донька', 'ж']), o('male', 'Хлопчик', ['чоловіча', 'син', 'ч']), o('unknown', 'Не вказувати', [])],
        urgency: [
            o('asap', 'Якомога швидше', ['терміново', 'негайно', 'дуже терміново']),
            o('within_month', 'Протягом місяця', ['цього місяця', 'через місяць']),
            o('flexible', 'Не терміново', ['не горить', 'будь-коли'])
        ],
        antibodies: [
            o('blinatumomab', 'Блінатумомаб', ['Бліназито', 'blinatumomab']),
            o('inotuzumab', 'Інотузумаб озогаміцин', ['Беспонса', 'інотузумаб']),
            o('gemtuzumab', 'Гемтузумаб озогаміцин', ['Мілотарг', 'гемтузумаб']),
            o('other', 'Інше антитіло', ['інше']),
            o('none', 'Нічого з цього', ['нічого', 'не отримували']),
            o('unknown', 'Не знаю', [])
        ],
        documents: [
            o('discharge_summary', 'Виписка', ['виписний епікриз', 'епікриз']),
            o('bone_marrow_report', 'Мієлограма', ['кістковий мозок', 'пункція кісткового мозку']),
            o('flow_cytometry', 'Імунофенотипування', ['проточна цитометрія']),
            o('cytogenetics', 'Цитогенетика', ['каріотип', 'FISH']),
            o('mrd_report', 'МЗХ', ['MRD', 'мінімальна залишкова хвороба']),
            o('imaging', 'КТ / МРТ', ['КТ', 'МРТ', 'рентген']),
            o('hla_typing', 'HLA-типування', ['HLA']),
            o('transplant_report', 'Виписка після трансплантації', []),
            o('none', 'Поки нічого', ['нічого', 'немає документів'])
        ],
        goal: [
            o('second_opinion', 'Друга думка', ['консультація']),
            o('full_treatment', 'Повне лікування', ['лікування']),
            o('hsct', 'Трансплантація кісткового мозку', ['ТКМ', 'пересадка']),
            o('car_t', 'CAR-T терапія', ['CAR-T', 'кар-т']),
            o('clinical_trial', 'Клінічне дослідження', ['дослідження'])
        ]
    },
    pl: {
        leukemia: [
            o('ALL', 'Ostra białaczka limfoblastyczna (ALL)', ['ALL', 'limfoblastyczna', 'B-ALL', 'T-ALL']),
            o('AML', 'Ostra białaczka szpikowa (AML)', ['AML', 'szpikowa', 'mieloidalna']),
            o('APL', 'Ostra białaczka promielocytowa (APL)', ['APL', 'promielocytowa']),
            o('CML', 'Przewlekła białaczka szpikowa (CML)', ['CML', 'przewlekła']),
            o('JMML', 'Młodzieńcza białaczka mielomonocytowa (JMML)', ['JMML', 'młodzieńcza']),
            o('other', 'Inny rodzaj', ['inny', 'coś innego']),
            o('unknown', 'Jeszcze nie wiadomo', [])
        ],
        lineage: [o('B', 'Linia B', ['B', 'B-komórkowa']), o('T', 'Linia T', ['T', 'T-komórkowa']), o('unknown', 'Nie wiadomo', [])],
        sex: [o('female', 'Dziewczynka', ['córka', 'dziewczyna', 'K']), o('male', 'Chłopiec', ['syn', 'chłopak', 'M']), o('unknown', 'Wolę nie podawać', [])],
        urgency: [
            o('asap', 'Jak najszybciej', ['pilnie', 'natychmiast', 'od razu']),
            o('within_month', 'W ciągu miesiąca', ['za miesiąc', 'kilka tygodni']),
            o('flexible', 'Bez pośpiechu', ['nie pilnie', 'nie spieszy się'])
        ],
        antibodies: [
            o('blinatumomab', 'Blinatumomab', ['Blincyto']),
            o('inotuzumab', 'Inotuzumab ozogamycyny', ['Besponsa', 'inotuzumab']),
            o('gemtuzumab', 'Gemtuzumab ozogamycyny', ['Mylotarg', 'gemtuzumab']),
            o('other', 'Inne przeciwciało', ['inne']),
            o('none', 'Żaden z nich', ['żaden', 'nie dostawał']),
            o('unknown', 'Nie wiem', [])
        ],
        documents: [
            o('discharge_summary', 'Karta informacyjna (wypis)', ['wypis', 'epikryza']),
            o('bone_marrow_report', 'Mielogram', ['szpik', 'biopsja szpiku']),
            o('flow_cytometry', 'Cytometria przepływowa', ['immunofenotyp']),
            o('cytogenetics', 'Cytogenetyka (kariotyp, FISH)', ['kariotyp', 'FISH']),
            o('mrd_report', 'Wynik MRD', ['MRD']),
            o('imaging', 'Badania obrazowe (TK, MRI)', ['TK', 'MRI', 'rezonans']),
            o('hla_typing', 'Typowanie HLA', ['HLA']),
            o('transplant_report', 'Wypis po przeszczepie', []),
            o('none', 'Na razie żadnych', ['nic', 'żadnych'])
        ],
        goal: [
            o('second_opinion', 'Druga opinia', ['konsultacja']),
            o('full_treatment', 'Leczenie za granicą', ['leczenie']),
            o('hsct', 'Przeszczep komórek macierzystych', ['przeszczep szpiku', 'BMT']),
            o('car_t', 'Terapia CAR-T', ['CAR-T']),
            o('clinical_trial', 'Badanie kliniczne', ['badanie'])
        ]
    },
    ro: {
        leukemia: [
            o('ALL', 'Leucemie acută limfoblastică (LAL)', ['LAL', 'ALL', 'limfoblastică', 'leucemie limfoblastică']),
            o('AML', 'Leucemie acută mieloidă (LAM)', ['LAM', 'AML', 'mieloidă', 'mieloblastică']),
            o('APL', 'Leucemie acută promielocitară (LAP)', ['LAP', 'APL', 'promielocitară']),
            o('CML', 'Leucemie mieloidă cronică (LMC)', ['LMC', 'CML', 'cronică']),
            o('other', 'Alt tip', ['altul', 'altceva']),
            o('unknown', 'Încă nu se știe', [])
        ],
        lineage: [o('B', 'Celule B', ['B', 'LAL-B', 'linia B']), o('T', 'Celule T', ['T', 'LAL-T', 'linia T']), o('unknown', 'Nu se știe', [])],
        sex: [o('female', 'Fată', ['fetiță', 'fiica', 'F']), o('male', 'Băiat', ['fiul', 'băiețel', 'M']), o('unknown', 'Prefer să nu spun', [])],
        urgency: [
            o('asap', 'Cât mai repede', ['urgent', 'imediat', 'de urgență']),
            o('within_month', 'Într-o lună', ['luna asta', 'peste o lună']),
            o('flexible', 'Nu e urgent', ['nu e grabă', 'oricând'])
        ],
        antibodies: [
            o('blinatumomab', 'Blinatumomab', ['Blincyto']),
            o('inotuzumab', 'Inotuzumab ozogamicin', ['Besponsa', 'inotuzumab']),
            o('gemtuzumab', 'Gemtuzumab ozogamicin', ['Mylotarg', 'gemtuzumab']),
            o('other', 'Alt anticorp', ['altul']),
            o('none', 'Niciunul dintre acestea', ['niciunul', 'nimic']),
            o('unknown', 'Nu știu', [])
        ],
        documents: [
            o('discharge_summary', 'Bilet de externare', ['epicriză', 'externare']),
            o('bone_marrow_report', 'Mielogramă', ['măduvă osoasă', 'puncție medulară']),
            o('flow_cytometry', 'Imunofenotipare', ['citometrie în flux']),
            o('cytogenetics', 'Citogenetică', ['cariotip', 'FISH']),
            o('mrd_report', 'BMR (MRD)', ['MRD', 'BMR', 'boală minimă reziduală']),
            o('imaging', 'CT / RMN', ['CT', 'RMN', 'radiografie']),
            o('hla_typing', 'Tipizare HLA', ['HLA']),
            o('transplant_report', 'Raport de transplant', []),
            o('none', 'Încă niciunul', ['niciunul', 'nimic'])
        ],
        goal: [
            o('second_opinion', 'A doua opinie', ['consultație']),
            o('full_treatment', 'Tratament complet', ['tratament']),
            o('hsct', 'Transplant de măduvă osoasă', ['transplant', 'TCSH']),
            o('car_t', 'Terapie CAR-T', ['CAR-T']),
            o('clinical_trial', 'Studiu clinic', ['studiu'])
        ]
    },
    es: {
        leukemia: [
            o('ALL', 'Leucemia linfoblástica aguda (LLA)', ['LLA', 'ALL', 'linfoblástica', 'linfoide']),
            o('AML', 'Leucemia mieloide aguda (LMA)', ['LMA', 'AML', 'mieloide', 'mieloblástica']),
            o('APL', 'Leucemia promielocítica aguda (LPA)', ['LPA', 'APL', 'promielocítica']),
            o('CML', 'Leucemia mieloide crónica (LMC)', ['LMC', 'CML', 'crónica']),
            o('other', 'Otro tipo', ['otro', 'otra cosa']),
            o('unknown', 'Aún no se sabe', [])
        ],
        lineage: [o('B', 'Células B', ['B', 'linaje B', 'pre-B']), o('T', 'Células T', ['T', 'linaje T']), o('unknown', 'No se sabe', [])],
        sex: [o('female', 'Niña', ['hija', 'femenino', 'f']), o('male', 'Niño', ['hijo', 'masculino', 'varón', 'm']), o('unknown', 'Prefiero no decirlo', [])],
        urgency: [
            o('asap', 'Lo antes posible', ['urgente', 'ya', 'cuanto antes']),
            o('within_month', 'En el plazo de un mes', ['en un mes', 'este mes']),
            o('flexible', 'Sin fecha fija', ['sin prisa', 'no es urgente'])
        ],
        antibodies: [
            o('blinatumomab', 'Blinatumomab', ['Blincyto', 'blina']),
            o('inotuzumab', 'Inotuzumab ozogamicina', ['Besponsa', 'inotuzumab']),
            o('gemtuzumab', 'Gemtuzumab ozogamicina', ['Mylotarg', 'gemtuzumab']),
            o('other', 'Otro anticuerpo', ['otro']),
            o('none', 'Ninguno de estos', ['ninguno', 'nada']),
            o('unknown', 'No lo sé', [])
        ],
        documents: [
            o('discharge_summary', 'Informe de alta', ['epicrisis', 'resumen de alta']),
            o('bone_marrow_report', 'Informe de médula ósea', ['mielograma', 'médula']),
            o('flow_cytometry', 'Citometría de flujo', ['inmunofenotipo']),
            o('cytogenetics', 'Citogenética', ['cariotipo', 'FISH']),
            o('mrd_report', 'Informe de EMR', ['EMR', 'MRD']),
            o('imaging', 'Pruebas de imagen', ['TAC', 'resonancia', 'radiografía']),
            o('hla_typing', 'Tipaje HLA', ['HLA']),
            o('transplant_report', 'Informe del trasplante', []),
            o('none', 'Ninguno todavía', ['ninguno', 'nada'])
        ],
        goal: [
            o('second_opinion', 'Segunda opinión', ['otra opinión']),
            o('full_treatment', 'Tratamiento completo', ['tratamiento']),
            o('hsct', 'Trasplante de células madre', ['trasplante de médula', 'TPH']),
            o('car_t', 'Terapia CAR-T', ['CAR-T']),
            o('clinical_trial', 'Ensayo clínico', ['estudio'])
        ]
    },
    fr: {
        leukemia: [
            o('ALL', 'Leucémie aiguë lymphoblastique (LAL)', ['LAL', 'lymphoblastique']),
            o('AML', 'Leucémie aiguë myéloïde (LAM)', ['LAM', 'myéloïde', 'myéloblastique']),
            o('APL', 'Leucémie aiguë promyélocytaire (LAP)', ['LAP', 'promyélocytaire']),
            o('CML', 'Leucémie myéloïde chronique (LMC)', ['LMC', 'chronique']),
            o('other', 'Autre forme', ['autre', 'autre chose']),
            o('unknown', 'Pas encore clair', [])
        ],
        lineage: [o('B', 'LAL B', ['B', 'lignée B', 'pré-B']), o('T', 'LAL T', ['T', 'lignée T']), o('unknown', 'Je ne sais pas', [])],
        sex: [o('female', 'Fille', ['fille', 'féminin', 'f']), o('male', 'Garçon', ['garçon', 'fils', 'masculin', 'm']), o('unknown', 'Je préfère ne pas le dire', [])],
        urgency: [
            o('asap', 'Le plus vite possible', ['urgent', 'tout de suite', 'asap']),
            o('within_month', 'Dans le mois', ["d'ici un mois", 'quelques semaines']),
            o('flexible', 'Pas de délai précis', ['pas pressé', 'pas urgent'])
        ],
        antibodies: [
            o('blinatumomab', 'Blinatumomab', ['Blincyto', 'blina']),
            o('inotuzumab', 'Inotuzumab ozogamicine', ['Besponsa', 'Inotuzumab']),
            o('gemtuzumab', 'Gemtuzumab ozogamicine', ['Mylotarg', 'Gemtuzumab']),
            o('other', 'Un autre anticorps', ['autre']),
            o('none', 'Aucun de ceux-là', ['aucun', 'rien']),
            o('unknown', 'Je ne sais pas', [])
        ],
        documents: [
            o('discharge_summary', "Compte rendu d'hospitalisation", ['compte rendu', 'CRH', 'lettre de sortie']),
            o('bone_marrow_report', 'Myélogramme', ['moelle', 'moelle osseuse']),
            o('flow_cytometry', 'Cytométrie en flux', ['immunophénotypage', 'cytométrie']),
            o('cytogenetics', 'Cytogénétique', ['caryotype', 'FISH']),
            o('mrd_report', 'Résultat de MRD', ['MRD']),
            o('imaging', 'Imagerie', ['scanner', 'IRM', 'radio']),
            o('hla_typing', 'Typage HLA', ['HLA']),
            o('transplant_report', 'Compte rendu de greffe', []),
            o('none', 'Aucun pour l’instant', ['aucun', 'rien'])
        ],
        goal: [
            o('second_opinion', 'Deuxième avis', ['second avis', 'avis']),
            o('full_treatment', 'Traitement complet', ['traitement']),
            o('hsct', 'Greffe de cellules souches', ['greffe', 'greffe de moelle']),
            o('car_t', 'Thérapie CAR-T', ['CAR-T']),
            o('clinical_trial', 'Essai clinique', ['essai', 'étude'])
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
