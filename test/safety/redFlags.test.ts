import { describe, expect, it } from 'vitest';
import { detectRedFlag, RED_FLAG_SIGNS, type RedFlagSign } from '../../src/safety/redFlags';
import { LOCALES } from '../../src/languages';

type Emergency = readonly [text: string, sign: RedFlagSign];

/** A language's cases: described now, asked in general, ordinary intake answers, negations. */
interface Table {
    emergency: readonly Emergency[];
    question: readonly string[];
    none: readonly string[];
    negated: readonly string[];
}

const en: Table = {
    emergency: [
        ["my son can't breathe", 'breathing'],
        ['she has a fever of 39.2', 'fever'],
        ['He has a fever after chemo', 'fever'],
        ['39,2', 'fever'],
        ['temp 38.5°', 'fever'],
        ['her temperature is 102F', 'fever'],
        ['his temperature is 35.2', 'low_temperature'],
        ['he is having a seizure right now', 'seizure'],
        ['my daughter is fitting!!', 'seizure'],
        ['we cant wake him up', 'unresponsive'],
        ['she is not responding to me at all', 'unresponsive'],
        ['he had trouble breathing, now worse', 'breathing'],
        ["he is very confused and doesn't recognise me", 'confusion'],
        ['her speech is slurred since this morning', 'speech'],
        ['his face is drooping on one side', 'facial_droop'],
        ["nosebleed won't stop for 20 minutes", 'bleeding'],
        ['there is blood in his urine', 'blood_in_urine_stool'],
        ['he vomited something black', 'black_vomit'],
        ['I noticed tiny red spots on her legs', 'petechiae'],
        ['she has a terrible headache and blurry vision', 'headache_vision'],
        ["he keeps vomiting and can't keep his meds down", 'cannot_drink_or_keep_medicine'],
        ['he is screaming in pain', 'severe_pain'],
        ['his central line is leaking', 'broken_line'],
        ['his classmate has chickenpox', 'infection_exposure'],
        ['she fainted in the bathroom', 'fainting'],
        ['he started shaking after they flushed his line', 'shivering'],
        ['her lips are blue', 'blue_lips'],
        ['my sonn cant breath', 'breathing'],
        ['feverrr 39!!!', 'fever'],
        ['HE HAS FEVER AGAIN', 'fever'],
        ['just now he had a fit and is not responding', 'unresponsive'],
        ['is it normal that my son has a fever after CAR-T?', 'fever'],
        ['he has a temperature, what should I do?', 'fever'],
        ['she is burning up', 'fever'],
        ["he's been bleeding from the gums for an hour", 'bleeding'],
        ['he passed out', 'fainting'],
        ['he is breathing very fast and his lips look blue', 'blue_lips'],
        ['he had a seizure 10 minutes ago', 'seizure'],
        ['fever 101.5 since last night', 'fever'],
        ["my son can't breathe since an hour, what should I do?", 'breathing'],
        ['pls help my baby is not breathing properly', 'breathing'],
        ['son temp 39.8 after chemo what do i do', 'fever'],
        ['my daughter cant stop shaking after the nurse flushed her picc', 'shivering'],
        ["he's been having diarrhea all day and won't drink", 'cannot_drink_or_keep_medicine']
    ],
    question: [
        'is fever normal after car-t',
        'what does CRS mean',
        'can chemo cause nosebleeds',
        'Is fever normal after CAR-T?',
        'What are the warning signs of ICANS?',
        'When should I go to the hospital with a fever?',
        'Can seizures happen after CAR-T?',
        'Why do children get petechiae during chemotherapy?',
        'What temperature counts as a fever during chemo?',
        'How common is confusion after blinatumomab?',
        'Is chickenpox dangerous for kids on chemo?',
        'What should I do if he has a fever?',
        'Does blinatumomab cause tremor?',
        'what is febrile neutropenia',
        'Can chemo cause blood in the urine?',
        'hi doctor, is it normal to have chills after a line flush?',
        'How long does fever last after CAR-T infusion in general?'
    ],
    none: [
        'sadly it is still not responding, the blasts went up again', 
        'the leukemia is not responding to the chemotherapy',
        'Not responding to treatment',
        // What the doctors say of the disease, not of the child's waking.
        'chemo failed twice, they told us he is not responding',
        'no', 'yes', 'at home', 'in hospital', 'in intensive care', 'AML', '2 years ago', '2023-05-14', '14.05.2023', '38 kg',
        '38.5 kg', '120 cm', 'he had a seizure in 2023', 'he had a fungal infection in May', 'CNS3', 'AIEOP-BFM ALL 2017', 'Maria',
        'maria.ivanova@gmail.com', '+49 151 23456789', 'Germany', 'United Arab Emirates', 'he is 5 years old',
        'B-ALL, diagnosed March 2023', 'he had fever and infections during induction, now in remission', 'relapse', 'blinatumomab',
        "don't know", 'She weighs 39 kg', 'second opinion', 'as soon as possible'
    ],
    negated: [
        'she had trouble breathing at night, now fine', 
        'no fever', 'he has no fever', 'the bleeding stopped', 'his fever is gone', "he doesn't have a fever", 'no bleeding, no fever',
        'the nosebleed has stopped', 'she was vaccinated against measles', 'no seizures since 2022', 'temperature 36.8, all fine'
    ]
};

const de: Table = {
    emergency: [
        ['er krampft', 'seizure'],
        ['Er hat Fieber 39,5', 'fever'],
        ['Fieber 39', 'fever'],
        ['Meine Tochter bekommt keine Luft', 'breathing'],
        ['Sie hat seit heute morgen hohes Fieber nach der Chemo', 'fever'],
        ['Er ist nicht ansprechbar', 'unresponsive'],
        ['Das Nasenbluten hört nicht auf', 'bleeding'],
        ['Blut im Urin seit gestern', 'blood_in_urine_stool'],
        ['er erbricht schwarz', 'black_vomit'],
        ['sie hat kleine rote Punkte an den Beinen', 'petechiae'],
        ['er hat starke Kopfschmerzen und sieht doppelt', 'headache_vision'],
        ['er erbricht alles und trinkt nichts', 'cannot_drink_or_keep_medicine'],
        ['er schreit vor Schmerzen', 'severe_pain'],
        ['der Katheter ist undicht', 'broken_line'],
        ['im Kindergarten gibt es Windpocken', 'infection_exposure'],
        ['er ist ohnmächtig geworden', 'fainting'],
        ['nach dem Spülen hat er Schüttelfrost', 'shivering'],
        ['ihre Lippen sind blau', 'blue_lips'],
        ['er ist ganz verwirrt und erkennt mich nicht', 'confusion'],
        ['er lallt', 'speech'],
        ['sein Mundwinkel hängt', 'facial_droop'],
        ['Temperatur 35,1', 'low_temperature'],
        ['er hat fiber', 'fever'],
        ['mein sohn atmet ganz schwer', 'breathing'],
        ['ist es normal, dass er seit gestern Fieber hat?', 'fever'],
        ['Hilfe, sie krampft', 'seizure'],
        ['er blutet stark aus der Nase', 'bleeding'],
        ['unser Kind reagiert nicht mehr', 'unresponsive'],
        ['Fieber 39,2 nach CAR-T, ist das normal?', 'fever']
    ],
    question: [
        'Ist Fieber nach CAR-T normal?',
        'Was bedeutet CRS?',
        'Kann Chemo Nasenbluten verursachen?',
        'Wann sollte man mit Fieber in die Notaufnahme?',
        'Sind Krampfanfälle nach CAR-T häufig?',
        'Was sind Warnzeichen für ICANS?',
        'Warum bekommen Kinder unter Chemo Petechien?',
        'Ab wie viel Grad spricht man von Fieber?',
        'Wie gefährlich sind Windpocken bei Leukämie?',
        'Ist Schüttelfrost nach dem Spülen des Katheters normal?',
        'Was soll ich tun, wenn mein Kind Fieber hat?',
        'Gibt es nach Blinatumomab oft Zittern?',
        'Was ist febrile Neutropenie?',
        'Kann die Chemo Blut im Urin verursachen?',
        'Sind starke Kopfschmerzen nach der Lumbalpunktion normal?',
        'Wie lange dauert Fieber nach CAR-T normalerweise?'
    ],
    none: [
        // A date's ordinal dot ends no sentence: '31. Oktober' is no temperature of 31.
        'zuletzt gemessen am 31. Oktober, da waren es 48 kg',
        'die Leukämie hat leider auch auf den zweiten Block nicht angesprochen', 
        'spricht leider nicht auf die Therapie an',
        'sie reagiert nicht auf die Chemo',
        'nein', 'ja', 'zu Hause', 'im Krankenhaus', 'auf der Intensivstation', 'AML', 'vor 2 Jahren', '14.05.2023', '38 kg', '120 cm',
        'er hatte 2023 einen Krampfanfall', 'er hatte im Mai eine Pilzinfektion', 'ZNS3', 'AIEOP-BFM ALL 2017', 'Lukas',
        'lukas.mueller@web.de', '+49 170 1234567', 'Deutschland', 'weiß nicht', 'er ist 7 Jahre alt', 'Rezidiv', 'Zweitmeinung',
        'er wiegt 38 kg', 'so schnell wie möglich'
    ],
    negated: [
        'sie hatte starke Kopfschmerzen gehabt, inzwischen besser', 
        'kein Fieber', 'er hat kein Fieber', 'das Nasenbluten hat aufgehört', 'das Fieber ist weg', 'keine Krampfanfälle mehr',
        'gegen Masern geimpft', 'Fieber hat sie nicht'
    ]
};

const ru: Table = {
    emergency: [
        ['у дочки кровь из носа не останавливается', 'bleeding'],
        ['температура 39', 'fever'],
        ['u nego temperatura 39 posle himii', 'fever'],
        ['у него температура', 'fever'],
        ['сын не может дышать', 'breathing'],
        ['у сына судороги', 'seizure'],
        ['не можем разбудить', 'unresponsive'],
        ['он бредит и не узнает меня', 'confusion'],
        ['речь невнятная с утра', 'speech'],
        ['лицо перекосило', 'facial_droop'],
        ['кровь в моче', 'blood_in_urine_stool'],
        ['рвота с кровью', 'black_vomit'],
        ['появились мелкие красные точки на ногах', 'petechiae'],
        ['сильно болит голова и двоится в глазах', 'headache_vision'],
        ['рвет постоянно, не может пить', 'cannot_drink_or_keep_medicine'],
        ['кричит от боли', 'severe_pain'],
        ['катетер протекает', 'broken_line'],
        ['в садике ветрянка', 'infection_exposure'],
        ['она потеряла сознание', 'fainting'],
        ['после промывки катетера его трясет', 'shivering'],
        ['губы синие', 'blue_lips'],
        ['тимпература 38,7', 'fever'],
        ['у ребенка температура 39, что делать?', 'fever'],
        ['ne mozhet dyshat', 'breathing'],
        ['температура 35,2', 'low_temperature'],
        ['опять температура 38.5 после химии', 'fever'],
        ['у него судороги, это нормально?', 'seizure'],
        ['задыхается!!!', 'breathing'],
        ['температура 39 уже два дня, нормально ли это после CAR-T?', 'fever'],
        ['Ёлки, у неё жар', 'fever']
    ],
    question: [
        'бывает ли температура после химии',
        'что такое CRS?',
        'может ли химия вызывать кровь из носа?',
        'нормально ли, что после CAR-T бывает температура?',
        'когда нужно вызывать скорую при температуре?',
        'какие признаки нейротоксичности после CAR-T?',
        'почему у детей на химии появляются петехии?',
        'опасна ли ветрянка для ребенка на химии?',
        'бывают ли судороги после блинатумомаба?',
        'что делать, если у ребенка температура?',
        'при какой температуре нужно ехать в больницу?',
        'что значит фебрильная нейтропения?',
        'может ли быть озноб после промывки катетера?',
        'вызывает ли химия сильную головную боль?',
        'как долго обычно держится температура после CAR-T?',
        'бывает ли кровь в моче после циклофосфамида?'
    ],
    none: [
        'болезнь так и не ответила, бласты остались', 
        'не отвечает на лечение',
        'лейкоз не реагирует на химию',
        'нет', 'да', 'дома', 'в больнице', 'в реанимации', 'ОМЛ', '2 года назад', '14.05.2023', '38 кг', '120 см',
        'у него были судороги в 2023 году', 'в мае была грибковая инфекция', 'ЦНС3', 'AIEOP-BFM ALL 2017', 'Иван',
        'ivan.petrov@mail.ru', '+7 916 123-45-67', 'Россия', 'не знаю', 'ему 5 лет', 'рецидив', 'вес 38 кг', 'температура 36,6',
        'как можно скорее'
    ],
    negated: [
        'у него была одышка, сейчас лучше', 
        'температуры нет', 'у него нет температуры', 'без температуры', 'кровь остановилась', 'температура спала', 'судорог больше нет',
        'привит от кори'
    ]
};

const ar: Table = {
    emergency: [
        ['ابني ما يقدر يتنفس', 'breathing'],
        ['حرارة ٣٩', 'fever'],
        ['عنده حرارة', 'fever'],
        ['بنتي عندها حرارة ٣٨٫٥ بعد الكيماوي', 'fever'],
        ['ابني يتشنج', 'seizure'],
        ['ما نقدر نصحيه', 'unresponsive'],
        ['صاير يهلوس وما يعرفني', 'confusion'],
        ['كلامه ثقيل من الصبح', 'speech'],
        ['وجهه مايل على جنب', 'facial_droop'],
        ['النزيف من انفه ما وقف', 'bleeding'],
        ['في دم في البول', 'blood_in_urine_stool'],
        ['يستفرغ دم', 'black_vomit'],
        ['طلعت له نقط حمرا صغيرة على رجليه', 'petechiae'],
        ['عنده صداع شديد وما يشوف منيح', 'headache_vision'],
        ['يستفرغ كل شي وما يشرب', 'cannot_drink_or_keep_medicine'],
        ['يصرخ من الوجع', 'severe_pain'],
        ['القسطرة انكسرت', 'broken_line'],
        ['اخوه عنده جدري الماء', 'infection_exposure'],
        ['أغمي عليه', 'fainting'],
        ['بعد ما غسلوا القسطرة صار يرجف', 'shivering'],
        ['شفايفه زرقا', 'blue_lips'],
        ['حرارته ٣٩ ونص', 'fever'],
        ['ابني سخن كتير وهو على الكيماوي', 'fever'],
        ['ibni 3ando 7arara', 'fever'],
        ['ابني عنده حرارة، هل هذا طبيعي؟', 'fever'],
        ['الحقوني ابني بيتشنج', 'seizure'],
        ['ما عم يتنفس منيح', 'breathing'],
        ['درجة حرارته ٣٥', 'low_temperature'],
        ['بنتي عم تنزف من اللثة من ساعة', 'bleeding']
    ],
    question: [
        'هل الحرارة طبيعية بعد العلاج',
        'ما معنى CRS؟',
        'هل يسبب العلاج الكيماوي نزيف الانف؟',
        'هل التشنجات شائعة بعد الخلايا التائية؟',
        'متى لازم نروح على الطوارئ اذا في حرارة؟',
        'ما هي علامات الخطر بعد العلاج الكيماوي؟',
        'ليش بتطلع نقط حمرا عند الاطفال بالكيماوي؟',
        'هل جدري الماء خطير على طفل يأخذ كيماوي؟',
        'كم درجة الحرارة اللي تعتبر حمى؟',
        'شو يعني نقص العدلات مع حرارة؟',
        'هل الرجفة بعد غسيل القسطرة طبيعية؟',
        'ماذا افعل اذا صار عنده حرارة؟',
        'هل الصداع الشديد طبيعي بعد البزل القطني؟',
        'هل الاسهال الشديد خطير بعد الكيماوي؟',
        'لماذا يحدث نزيف اللثة اثناء العلاج؟',
        'ما اسباب الحمى بعد زراعة النخاع؟'
    ],
    none: [
        'المرض لم يستجب بعد دورتين', 
        'ما عم يستجيب للعلاج',
        'المرض لا يستجيب للكيماوي',
        'لا', 'نعم', 'في البيت', 'في المستشفى', 'في العناية المركزة', 'AML', 'قبل سنتين', '١٤/٥/٢٠٢٣', '٣٨ كيلو', '١٢٠ سم',
        'كان عنده تشنج في ٢٠٢٣', 'كان عنده التهاب فطري في مايو', 'CNS3', 'AIEOP-BFM ALL 2017', 'محمد', 'mohammed.ali@gmail.com',
        '+971 50 123 4567', 'الإمارات', 'ما بعرف', 'عمره ٥ سنين', 'انتكاس', 'رأي ثاني', 'وزنه ٣٨ كيلو', 'بأسرع وقت'
    ],
    negated: ['في الاول كان عنده نزيف من الانف', 'ما في حرارة', 'ما عنده حرارة', 'الحرارة نزلت', 'النزيف وقف', 'وقف النزيف', 'ما صار عنده تشنج', 'ملقح ضد الحصبة']
};

const uk: Table = {
    emergency: [
        ['син не може дихати', 'breathing'],
        ['температура 39', 'fever'],
        ['у доньки температура 38,5 після хімії', 'fever'],
        ['у нього жар', 'fever'],
        ['донька вся горить, вона на хімії', 'fever'],
        ['у сина судоми', 'seizure'],
        ['не можемо розбудити', 'unresponsive'],
        ['марить і не впізнає мене', 'confusion'],
        ['язик заплітається з ранку', 'speech'],
        ['обличчя перекосило', 'facial_droop'],
        ['кров з носа не зупиняється', 'bleeding'],
        ['кров у сечі', 'blood_in_urine_stool'],
        ['знудило чимось чорним', 'black_vomit'],
        ['з\'явилися нові червоні цятки на ногах', 'petechiae'],
        ['дуже сильно болить голова і погано бачить', 'headache_vision'],
        ['блює від усього і нічого не п\'є', 'cannot_drink_or_keep_medicine'],
        ['кричить від болю', 'severe_pain'],
        ['катетер тріснув', 'broken_line'],
        ['у садочку вітрянка, він контактував з вітрянкою', 'infection_exposure'],
        ['знепритомніла', 'fainting'],
        ['після промивання катетера його трусить', 'shivering'],
        ['губи посиніли', 'blue_lips'],
        ['тимпература 39 і не збивається', 'fever'],
        ['u syna temperatura', 'fever'],
        ['у сина температура, це нормально?', 'fever'],
        ['допоможіть, донька задихається', 'breathing'],
        ['температура 35', 'low_temperature'],
        ['ясна кровлять вже годину, кров не зупиняється', 'bleeding']
    ],
    question: [
        'чи нормальна температура після лікування',
        'що таке CRS?',
        'чи може хіміотерапія викликати кровотечу з носа?',
        'чи бувають судоми після CAR-T?',
        'коли треба їхати в лікарню, якщо температура?',
        'які тривожні ознаки після хімії?',
        'чому в дітей на хімії з\'являються червоні цятки?',
        'чи небезпечна вітрянка для дитини на хімії?',
        'яка температура вважається гарячкою?',
        'що означає нейтропенія з температурою?',
        'чи нормальний озноб після промивання катетера?',
        'що робити, якщо з\'явилася температура?',
        'чи нормальний сильний головний біль після люмбальної пункції?',
        'чи небезпечний сильний пронос після хімії?',
        'чому кровоточать ясна під час лікування?',
        'від чого буває температура після пересадки?'
    ],
    none: [
        'лейкоз не відповідає на лікування',
        'хвороба не реагує на хімію',
        'ні', 'так', 'вдома', 'у лікарні', 'в реанімації', 'ГМЛ', 'два роки тому', '14.05.2023', '38 кг', '120 см',
        'у 2023 були судоми', 'у травні була грибкова інфекція', 'CNS3', 'AIEOP-BFM ALL 2017', 'Тарас', 'olena.kovalenko@example.org',
        '+380 50 123 4567', 'Україна', 'не знаю', 'йому 5 років', 'рецидив', 'друга думка', 'важить 38 кг', 'якомога швидше'
    ],
    negated: ['температури немає', 'температура спала', 'кров зупинилася', 'судом не було', 'щеплений від кору', 'вже немає температури', 'без температури']
};

const pl: Table = {
    emergency: [
        ['Córka ma wysoką gorączkę', 'fever'],
        ['syn nie może oddychać', 'breathing'],
        ['krwawienie z nosa nie ustaje', 'bleeding'],
        ['ma drgawki', 'seizure'],
        ['jest nieprzytomny', 'unresponsive'],
        ['temperatura 39', 'fever'],
        ['goraczka 38,7 po chemii', 'fever'],
        ['ma gorączkę od rana', 'fever'],
        ['corka nie moze zlapac oddechu', 'breathing'],
        ['dusi się!!!', 'breathing'],
        ['nie możemy go obudzić', 'unresponsive'],
        ['majaczy i nie poznaje mnie', 'confusion'],
        ['od rana mówi niewyraźnie', 'speech'],
        ['twarz mu opadła na jedną stronę', 'facial_droop'],
        ['krew w moczu', 'blood_in_urine_stool'],
        ['wymiotuje krwią', 'black_vomit'],
        ['pojawiły się nowe czerwone kropki na nogach', 'petechiae'],
        ['straszny ból głowy i widzi podwójnie', 'headache_vision'],
        ['ciągle wymiotuje, nie może pić', 'cannot_drink_or_keep_medicine'],
        ['krzyczy z bólu', 'severe_pain'],
        ['cewnik przecieka', 'broken_line'],
        ['w przedszkolu jest ospa', 'infection_exposure'],
        ['zemdlała znowu', 'fainting'],
        ['po przepłukaniu cewnika ma dreszcze', 'shivering'],
        ['usta ma sine', 'blue_lips'],
        ['temperatura 35,2', 'low_temperature'],
        ['znowu 38.5 po chemii, co robić?', 'fever'],
        ['ma drgawki, czy to normalne?', 'seizure'],
        ['gorączka 39 od dwóch dni, czy to normalne po CAR-T?', 'fever']
    ],
    question: [
        'czy po chemii może być gorączka',
        'co to jest CRS?',
        'czy chemia może powodować krwawienie z nosa?',
        'czy to normalne, że po CAR-T jest gorączka?',
        'kiedy wzywać karetkę przy gorączce?',
        'jakie są objawy neurotoksyczności po CAR-T?',
        'dlaczego dzieci na chemii mają wybroczyny?',
        'czy ospa jest groźna dla dziecka na chemii?',
        'czy po blinatumomabie bywają drgawki?',
        'co robić, jeśli dziecko ma gorączkę?',
        'przy jakiej temperaturze jechać do szpitala?',
        'co oznacza gorączka neutropeniczna?',
        'czy dreszcze po przepłukaniu cewnika są częste?',
        'czy chemia powoduje silny ból głowy?',
        'jak długo zwykle trwa gorączka po CAR-T?',
        'czy krew w moczu po cyklofosfamidzie się zdarza?'
    ],
    none: [
        // Weak is no fainting.
        'córka jest bardzo słaba i dużo śpi',
        'choroba nie odpowiedziała, blasty zostały',
        'nie reaguje na leczenie',
        'białaczka nie reaguje na chemię',
        'nie', 'tak', 'w domu', 'w szpitalu', 'na OIOM-ie', 'AML', '2 lata temu', '14.05.2023', '38 kg', '120 cm',
        'miał drgawki w 2023 roku', 'w maju była infekcja grzybicza', 'CNS3', 'AIEOP-BFM ALL 2017', 'Kuba',
        'anna.kowalska@example.pl', '+48 601 234 567', 'Polska', 'nie wiem', 'ma 5 lat', 'wznowa', 'waga 38 kg', 'temperatura 36,6',
        'jak najszybciej', 'Kraków'
    ],
    negated: [
        'miał gorączkę w zeszłym tygodniu, teraz jest dobrze',
        'nie ma gorączki', 'bez gorączki', 'krwawienie ustało', 'gorączka spadła', 'już nie ma drgawek', 'zaszczepiony przeciw odrze'
    ]
};

const ro: Table = {
    emergency: [
        ['fiul meu nu poate respira', 'breathing'],
        ['are febră 39,2', 'fever'],
        ['are febra dupa chimio', 'fever'],
        ['temperatura 38,5', 'fever'],
        ['temperatura 35,2', 'low_temperature'],
        ['face convulsii chiar acum', 'seizure'],
        ['nu reusim sa o trezim', 'unresponsive'],
        ['nu mai reacționează deloc', 'unresponsive'],
        ['e foarte confuz si nu ma recunoaste', 'confusion'],
        ['vorbeste neclar de azi dimineata', 'speech'],
        ['i s-a strâmbat fața, gura e trasă într-o parte', 'facial_droop'],
        ['ii curge sange din nas si nu se opreste de 20 de minute', 'bleeding'],
        ['are sânge în urină', 'blood_in_urine_stool'],
        ['a vomitat ceva negru', 'black_vomit'],
        ['au aparut puncte rosii mici pe picioare', 'petechiae'],
        ['o doare capul foarte tare si vede dublu', 'headache_vision'],
        ['varsa tot si nu tine nici medicamentele', 'cannot_drink_or_keep_medicine'],
        ['tipa de durere', 'severe_pain'],
        ['cateterul curge', 'broken_line'],
        ['colegul de bancă are varicelă', 'infection_exposure'],
        ['a leșinat în baie', 'fainting'],
        ['a inceput sa tremure dupa ce i-au spalat cateterul', 'shivering'],
        ['are buzele vinete', 'blue_lips'],
        ['baiatul nu poate respira!!!', 'breathing'],
        ['febra 39, ce sa fac?', 'fever'],
        ['iar are febra', 'fever'],
        ['fetita mea se sufoca', 'breathing'],
        ['e normal ca are febra 39 dupa CAR-T?', 'fever'],
        ['sângerează din gingii de o oră', 'bleeding'],
        ['a avut o criză acum 10 minute', 'seizure']
    ],
    question: [
        'e normal să apară febră după chimioterapie?',
        'ce este CRS?',
        'poate chimioterapia să provoace sângerări din nas?',
        'când trebuie să chemăm salvarea dacă are febră?',
        'care sunt semnele de neurotoxicitate după CAR-T?',
        'de ce apar peteșii la copiii care fac chimio?',
        'este periculoasă varicela pentru un copil în tratament?',
        'pot sa apara convulsii dupa blinatumomab?',
        'ce facem dacă copilul are febră?',
        'la ce temperatură trebuie să mergem la spital?',
        'ce înseamnă neutropenie febrilă?',
        'pot apărea frisoane după spălarea cateterului?',
        'chimioterapia provoacă dureri de cap puternice?',
        'cât durează de obicei febra după CAR-T?',
        'poate apărea sânge în urină după ciclofosfamidă?'
    ],
    none: [
        'boala nu a răspuns la tratament, blaștii au rămas',
        'nu răspunde la tratament',
        'leucemia nu reacționează la chimio',
        'nu', 'da', 'acasă', 'în spital', 'la terapie intensivă', 'LAM', 'acum 2 ani', '14.05.2023', '38 kg', '120 cm',
        'a avut convulsii în 2023', 'în mai a avut o infecție fungică', 'CNS3', 'AIEOP-BFM ALL 2017', 'Ioana',
        'elena.rusu@example.org', '+373 69 123 456', 'Republica Moldova', 'nu știu', 'are 5 ani', 'recidivă', 'cântărește 38 kg',
        'temperatura 36,6', 'cât mai repede'
    ],
    negated: ['nu are febră', 'fără febră', 'febra a trecut', 'sângerarea s-a oprit', 'nu a avut convulsii', 'e vaccinat contra rujeolei']
};

const es: Table = {
    emergency: [
        ['Mi hija tiene fiebre de 39,5', 'fever'],
        ['mi hijo no puede respirar', 'breathing'],
        ['la sangre de la nariz no se para', 'bleeding'],
        ['está convulsionando', 'seizure'],
        ['mi hijo está inconsciente', 'unresponsive'],
        ['tiene fiebre después de la quimio', 'fever'],
        ['fiebre 38,7', 'fever'],
        ['mi niña tiene calentura desde anoche', 'fever'],
        ['le cuesta mucho respirar', 'breathing'],
        ['tiene los labios morados', 'blue_lips'],
        ['le dio una convulsión hace 10 minutos', 'seizure'],
        ['no se despierta', 'unresponsive'],
        ['está muy confundido, no me reconoce', 'confusion'],
        ['habla arrastrando las palabras', 'speech'],
        ['se le cayó un lado de la cara', 'facial_droop'],
        ['le sangra la nariz y no para de sangrar', 'bleeding'],
        ['tiene sangre en la orina', 'blood_in_urine_stool'],
        ['vomita negro como posos de café', 'black_vomit'],
        ['le salieron puntitos rojos nuevos en las piernas', 'petechiae'],
        ['tiene un dolor de cabeza muy fuerte y ve borroso', 'headache_vision'],
        ['vomita todo, no retiene ni el agua', 'cannot_drink_or_keep_medicine'],
        ['grita de dolor, le duele muchísimo la barriga', 'severe_pain'],
        ['se le rompió el catéter y gotea', 'broken_line'],
        ['su compañero de clase tiene varicela', 'infection_exposure'],
        ['se desmayó hace un rato', 'fainting'],
        ['está temblando sin parar después de lavar la vía', 'shivering'],
        ['la temperatura bajó a 35,5', 'low_temperature']
    ],
    question: [
        '¿es normal la fiebre después de la quimio?',
        '¿qué hago si le da fiebre?',
        '¿cuándo hay que ir a urgencias?',
        '¿la varicela es peligrosa para un niño con quimio?',
        '¿a partir de cuántos grados es fiebre?',
        '¿por qué salen puntitos rojos durante el tratamiento?',
        '¿qué es la neutropenia febril?',
        '¿son normales los escalofríos después de lavar el catéter?',
        '¿es normal un dolor de cabeza muy fuerte después de la punción lumbar?',
        '¿la deshidratación es peligrosa después de la quimio?',
        '¿por qué sangran las encías durante el tratamiento?',
        '¿qué es el síndrome de liberación de citocinas?',
        '¿cuáles son los signos de alarma después del CAR-T?',
        'que pasa si tiene convulsiones con el car-t',
        '¿es grave si vomita negro?'
    ],
    none: [
        'no reacciona al tratamiento',
        'el médico no responde',
        'la leucemia no responde a la quimio',
        'Sevilla',
        'Blinatumomab',
        'no', 'sí', 'en casa', 'en el hospital', 'LLA', 'hace dos años', '14/05/2023', '38 kilos', '120 cm',
        'tuvo una convulsión en 2023', 'tuvo una infección por hongos en mayo', 'SNC3', 'AIEOP-BFM ALL 2017', 'Mateo',
        'mateo.lopez@example.org', '+57 321 1234567', 'Colombia', 'no sé', 'tiene 5 años', 'recaída', 'segunda opinión',
        'pesa 38 kilos', 'lo antes posible'
    ],
    negated: [
        'tuvo fiebre la semana pasada, ahora está bien',
        'no tiene fiebre',
        'tengo fiebre',
        'sin fiebre',
        'la fiebre ya bajó',
        'ya no sangra',
        'el sangrado se detuvo',
        'nunca tuvo convulsiones',
        'está vacunado contra el sarampión'
    ]
};

const fr: Table = {
    emergency: [
        ['Mon fils a de la fièvre, 39,8', 'fever'],
        ['elle a 39 de fièvre depuis ce matin', 'fever'],
        ['fievre 39,5 apres la chimio', 'fever'],
        ['il ne respire plus', 'breathing'],
        ["ma fille n'arrive pas à respirer", 'breathing'],
        ["le saignement de nez ne s'arrête pas", 'bleeding'],
        ['il saigne beaucoup de la bouche', 'bleeding'],
        ['il fait une convulsion', 'seizure'],
        ['au secours elle convulse', 'seizure'],
        ['elle a perdu connaissance', 'unresponsive'],
        ["j'arrive pas à le réveiller", 'unresponsive'],
        ['du sang dans les urines depuis hier', 'blood_in_urine_stool'],
        ['il vomit du sang', 'black_vomit'],
        ['elle a plein de petits points rouges sur les jambes', 'petechiae'],
        ['il a un mal de tête terrible et il voit flou', 'headache_vision'],
        ['il vomit tout et ne boit plus', 'cannot_drink_or_keep_medicine'],
        ['elle hurle de douleur', 'severe_pain'],
        ['le cathéter fuit', 'broken_line'],
        ["il y a la varicelle à l'école de mon fils", 'infection_exposure'],
        ["elle s'est évanouie", 'fainting'],
        ['après le rinçage du cathéter il tremble sans arrêt', 'shivering'],
        ['ses lèvres sont bleues', 'blue_lips'],
        ['il est tout confus, il ne me reconnaît plus', 'confusion'],
        ['il arrive plus à parler', 'speech'],
        ['sa bouche est de travers', 'facial_droop'],
        ['température 35,1', 'low_temperature'],
        ['il a de la fiévre', 'fever'],
        ['mon fils respire très vite', 'breathing'],
        ["c'est normal qu'il ait de la fièvre depuis hier ?", 'fever'],
        ['fièvre 39,2 après les CAR-T, c’est normal ?', 'fever']
    ],
    question: [
        'Est-ce que la fièvre est normale après les CAR-T ?',
        "C'est quoi le CRS ?",
        'La chimio peut-elle faire saigner du nez ?',
        'Quand faut-il aller aux urgences avec de la fièvre ?',
        'Les convulsions sont-elles fréquentes après les CAR-T ?',
        "Quels sont les signes d'alerte de l'ICANS ?",
        'Pourquoi les enfants sous chimio ont des pétéchies ?',
        'À partir de combien de degrés on parle de fièvre ?',
        'La varicelle est-elle dangereuse pendant une leucémie ?',
        'Les frissons après le rinçage du cathéter, c’est normal ?',
        "Qu'est-ce que je dois faire si mon enfant a de la fièvre ?",
        "C'est quoi une neutropénie fébrile ?",
        'La chimio peut-elle donner du sang dans les urines ?',
        'Un fort mal de tête après la ponction lombaire, c’est normal ?',
        'Combien de temps dure la fièvre après les CAR-T en général ?'
    ],
    none: [
        "la leucémie n'a pas répondu au deuxième bloc",
        'elle ne répond pas au traitement',
        'il ne réagit pas à la chimio',
        'non', 'oui', 'à la maison', "à l'hôpital", 'en réanimation', 'LAM', 'il y a 2 ans', '14/05/2023', '38 kg', '120 cm',
        'il a fait une convulsion en 2023', 'elle a eu une infection fongique en mai', 'SNC3', 'CAALL-F01', 'Inès',
        'samira.benali@example.org', '+33 6 12 34 56 78', 'Algérie', 'je ne sais pas', 'il a 7 ans', 'rechute', 'deuxième avis',
        'elle pèse 38 kg', 'le plus vite possible', 'Lyon'
    ],
    negated: [
        'au début il saignait du nez',
        'pas de fièvre',
        "il n'a pas de fièvre",
        'la fièvre est tombée',
        "le saignement s'est arrêté",
        "il a eu de la fièvre la semaine dernière, maintenant ça va",
        "elle n'a jamais fait de convulsion",
        'vaccinée contre la rougeole'
    ]
};

const tr: Table = {
    emergency: [
        ['Oğlumun ateşi çok yüksek', 'fever'],
        ['kızımın ateşi 39', 'fever'],
        ['atesi 38,5 kemoterapiden sonra', 'fever'],
        ['ateşi düşmüyor', 'fever'],
        ['kızım nefes alamıyor', 'breathing'],
        ['oglum nefes alamiyor', 'breathing'],
        ['nöbet geçiriyor', 'seizure'],
        ['havale geçiriyor', 'seizure'],
        ['uyandıramıyoruz', 'unresponsive'],
        ['bilinci kapalı', 'unresponsive'],
        ['beni tanımıyor, saçma sapan konuşuyor', 'confusion'],
        ['sabahtan beri konuşması bozuldu', 'speech'],
        ['yüzü bir tarafa kaydı', 'facial_droop'],
        ['burun kanaması durmuyor', 'bleeding'],
        ['kızımın burnu kanıyor ve durmuyor', 'bleeding'],
        ['idrarında kan var', 'blood_in_urine_stool'],
        ['siyah kusuyor', 'black_vomit'],
        ['vücudunda yeni kırmızı noktalar çıktı', 'petechiae'],
        ['çok şiddetli baş ağrısı var', 'headache_vision'],
        ['hiç su içmiyor ve her şeyi kusuyor', 'cannot_drink_or_keep_medicine'],
        ['karnı çok fena ağrıyor', 'severe_pain'],
        ['kateteri kırıldı', 'broken_line'],
        ['kardeşinde su çiçeği çıktı', 'infection_exposure'],
        ['bayıldı', 'fainting'],
        ['dudakları morardı', 'blue_lips'],
        ['tir tir titriyor', 'shivering'],
        ['oğlum titriyor, kateter yıkandıktan sonra başladı', 'shivering']
    ],
    question: [
        'kemoterapiden sonra ateş normal mi?',
        'kemoterapi sırasında ateş çıkarsa ne yapmalıyız?',
        'CAR-T sonrası nöbet olur mu?',
        'lösemide burun kanaması neden olur?',
        'sitokin salınım sendromu nedir?',
        'hangi belirtilerde acile gitmeliyiz?',
        'kaç derece ateş tehlikeli sayılır?',
        'su çiçeği kemoterapi alan çocuk için tehlikeli mi?',
        'ciltte kırmızı noktalar neden çıkar?',
        'blinatumomab sırasında titreme normal mi?',
        'kemo sırasında şiddetli ishal tehlikeli mi?',
        'nakilden sonra ateş neden olur?',
        'nötropeni ve ateş ne demek?',
        'bel ponksiyonundan sonra şiddetli baş ağrısı normal mi?',
        'dişeti kanaması tedavi sırasında neden olur?'
    ],
    none: [
        'lösemi tedaviye yanıt vermedi',
        'hastalık kemoterapiye cevap vermiyor',
        'hayır', 'evet', 'evdeyiz', 'hastanede', 'yoğun bakımda', 'AML', 'iki yıl önce', '14.05.2023', '38 kilo', '120 cm',
        "2023'te nöbet geçirmişti", 'CNS3', 'AIEOP-BFM ALL 2017', 'Mehmet', 'ayse.yilmaz@example.com',
        '+90 532 123 45 67', 'Türkiye', 'bilmiyorum', '5 yaşında', 'nüks', 'ikinci görüş', 'kilosu 38', 'en kısa sürede',
        'havale ile ödeme yaptım', 'İstanbul'
    ],
    negated: ['geçen hafta ateşi vardı, şimdi iyi', 'ateşi yok', 'ateşi düştü', 'kanama durdu', 'nöbet geçirmedi', 'kızamığa karşı aşılı', 'başta burnu kanamıştı ama geçti']
};

const tables: Record<(typeof LOCALES)[number], Table> = { en, de, ru, ar, uk, pl, ro, es, fr, tr };

describe.each(LOCALES)('detectRedFlag, %s', (locale) => {
    const table = tables[locale];

    it('has enough cases', () => {
        expect(table.emergency.length).toBeGreaterThanOrEqual(25);
        expect(table.question.length).toBeGreaterThanOrEqual(15);
        expect(table.none.length).toBeGreaterThanOrEqual(20);
    });

    it.each(table.emergency)('emergency: %s → %s', (text, sign) => {
        const result = detectRedFlag(text, { locale });
        expect(result).toMatchObject({ emergency: true, kind: 'emergency' });
        expect(result.signs).toContain(sign);
    });

    it.each(table.question)('general question: %s', (text) => {
        expect(detectRedFlag(text, { locale })).toMatchObject({ emergency: false, kind: 'question' });
    });

    it.each(table.none)('ordinary answer: %s', (text) => {
        expect(detectRedFlag(text, { locale })).toEqual({ emergency: false, signs: [], kind: 'none' });
    });

    it.each(table.negated)('negated: %s', (text) => {
        expect(detectRedFlag(text, { locale })).toMatchObject({ emergency: false, kind: 'none' });
    });

    // Parents mix languages: the conversation locale must not hide another language's signs.
    it.each(table.emergency.slice(0, 5))('found whatever the conversation locale: %s', (text) => {
        for (const other of LOCALES) expect(detectRedFlag(text, { locale: other }).emergency).toBe(true);
    });
});

/**
 * Languages the bot does not speak yet: the signs a parent must never be missed in (high fever,
 * bleeding that won't stop, breathing, seizure, unconscious), and no alarm for history, negation,
 * general questions, the disease not responding, names and places.
 */
const notSpoken: Record<string, { emergency: readonly Emergency[]; none: readonly string[] }> = {
    fr: {
        emergency: [['Mon fils a de la fièvre, 39,8', 'fever'], ['il ne respire plus', 'breathing'], ["le saignement de nez ne s'arrête pas", 'bleeding'], ['il fait une convulsion', 'seizure'], ['elle a perdu connaissance', 'unresponsive']],
        none: ['il a eu de la fièvre la semaine dernière, maintenant ça va', 'pas de fièvre', 'la fièvre est-elle normale après la chimio ?', 'la leucémie ne réagit pas au traitement', 'Lyon']
    },
    es: {
        emergency: [['Mi hija tiene fiebre de 39,5', 'fever'], ['mi hijo no puede respirar', 'breathing'], ['la sangre de la nariz no se para', 'bleeding'], ['está convulsionando', 'seizure'], ['mi hijo está inconsciente', 'unresponsive']],
        none: ['tuvo fiebre la semana pasada, ahora está bien', 'no tiene fiebre', '¿es normal la fiebre después de la quimio?', 'no reacciona al tratamiento', 'el médico no responde', 'la médula sigue igual, los médicos dicen que no responde', 'tengo fiebre', 'Sevilla', 'Blinatumomab']
    },
    pl: {
        emergency: [['Córka ma wysoką gorączkę', 'fever'], ['syn nie może oddychać', 'breathing'], ['krwawienie z nosa nie ustaje', 'bleeding'], ['ma drgawki', 'seizure'], ['jest nieprzytomny', 'unresponsive']],
        none: ['miał gorączkę w zeszłym tygodniu, teraz jest dobrze', 'nie ma gorączki', 'czy gorączka po chemii jest normalna?', 'nie reaguje na leczenie', 'Kraków']
    },
    uk: {
        emergency: [['У доньки висока температура 39', 'fever'], ['син не може дихати', 'breathing'], ['кровотеча з носа не зупиняється', 'bleeding'], ['у нього судоми', 'seizure'], ['він непритомний', 'unresponsive']],
        none: ['минулого тижня мав температуру, зараз все добре', 'температури немає', 'чи нормальна температура після хімії?', 'не реагує на лікування', 'Київ']
    }
};

describe.each(Object.keys(notSpoken))('detectRedFlag in %s, a language the bot does not speak yet', (lang) => {
    const table = notSpoken[lang]!;
    it('catches high fever, bleeding that will not stop, breathing, seizures and unconsciousness whatever the conversation language, and nothing else', () => {
        for (const [text, sign] of table.emergency) {
            for (const locale of LOCALES) expect(detectRedFlag(text, { locale }), `${text} (${locale})`).toMatchObject({ emergency: true, signs: [sign] });
        }
        // History, negation, general questions, the disease not responding, names and places.
        for (const text of table.none) expect(detectRedFlag(text).emergency, text).toBe(false);
    });
});

describe('the leukaemia not responding to a medicine, in any language, is no emergency', () => {
    // Every language's patterns run on every message: a medicine or treatment right after "not
    // responding" makes it the disease's response (it paused a family's intake).
    const cases = [
        'not responding to dasatinib, the doctor says it is resistant',
        'er spricht nicht auf Dasatinib an',
        'no responde al dasatinib',
        'nie reaguje na dasatynib',
        'nu răspunde la dasatinib',
        'не реагує на дазатиніб',
        'لا يستجيب على داساتينيب'
    ];
    it.each(cases)('%s', (text) => expect(detectRedFlag(text).emergency).toBe(false));
    it('a child not responding to a person still is', () => {
        expect(detectRedFlag('she is not responding to me, so floppy').emergency).toBe(true);
        expect(detectRedFlag('no responde cuando le hablo').emergency).toBe(true);
    });
});

describe('detectRedFlag options and edge cases', () => {
    it('treats "feels hot" as fever only on treatment', () => {
        expect(detectRedFlag('she feels hot').emergency).toBe(false);
        expect(detectRedFlag('she feels hot', { inTreatment: true })).toMatchObject({ emergency: true, signs: ['fever'] });
        expect(detectRedFlag('she feels hot after chemo yesterday').emergency).toBe(true);
        expect(detectRedFlag('er fühlt sich heiß an', { inTreatment: true }).signs).toEqual(['fever']);
        expect(detectRedFlag('лоб горячий', { inTreatment: true }).signs).toEqual(['fever']);
        expect(detectRedFlag('جسمه سخن', { inTreatment: true }).signs).toEqual(['fever']);
    });

    it('reads a bare decimal as a temperature unless a number was asked for', () => {
        expect(detectRedFlag('38.5').emergency).toBe(true);
        expect(detectRedFlag('38.5', { expectsNumber: true }).kind).toBe('none');
        expect(detectRedFlag('38.5°', { expectsNumber: true }).emergency).toBe(true);
        expect(detectRedFlag('37.2').kind).toBe('none');
    });

    it('tells thresholds from readings in a question', () => {
        expect(detectRedFlag('is a temperature above 38 dangerous after chemo?').kind).toBe('question');
        expect(detectRedFlag('is 39.4 dangerous after chemo?').kind).toBe('emergency');
    });

    it('understands Fahrenheit and normal readings', () => {
        expect(detectRedFlag('temp 100.8 F').signs).toEqual(['fever']);
        expect(detectRedFlag('temp 98.6').kind).toBe('none');
        expect(detectRedFlag('температура 37,2, всё хорошо').kind).toBe('none');
    });

    it('keeps history as none but an old sign happening again as an emergency', () => {
        expect(detectRedFlag('he had a seizure in 2023').kind).toBe('none');
        expect(detectRedFlag('he had a seizure in 2023 and now he is seizing again').kind).toBe('emergency');
        expect(detectRedFlag('he had a seizure').kind).toBe('emergency');
        expect(detectRedFlag('he had a fever').kind).toBe('none');
        expect(detectRedFlag('he had a fever this morning').kind).toBe('emergency');
    });

    it('finds several signs and a sign in a later sentence', () => {
        const r = detectRedFlag('Hello. My son got CAR-T last week. Now he has 39.5 and is shaking, and his lips look blue.');
        expect(r.kind).toBe('emergency');
        expect(r.signs).toEqual(expect.arrayContaining(['fever', 'shivering', 'blue_lips']));
    });

    it('is about the child, not the parent or another adult', () => {
        for (const text of ['I have a fever', 'my husband has a fever', 'Ich habe Fieber', 'у меня температура', 'عندي حرارة', 'زوجي عنده حرارة']) {
            expect(detectRedFlag(text).emergency, text).toBe(false);
        }
        expect(detectRedFlag('I think he has a fever').emergency).toBe(true);
    });

    it('reads messages that mix languages', () => {
        expect(detectRedFlag('у него fever 39').signs).toEqual(['fever']);
        expect(detectRedFlag('ابني has fever').emergency).toBe(true);
        expect(detectRedFlag('mein Sohn hat температура 39').emergency).toBe(true);
    });

    it('gives the signs asked about with a question', () => {
        expect(detectRedFlag('is fever normal after car-t?')).toEqual({ emergency: false, signs: ['fever'], kind: 'question' });
    });

    it('handles empty, emoji and punctuation-only input', () => {
        for (const text of ['', '   ', '👍', '?!', '...']) expect(detectRedFlag(text).kind).toBe('none');
    });

    it('covers every sign in the tables', () => {
        const seen = new Set(Object.values(tables).flatMap((t) => t.emergency.map(([, sign]) => sign)));
        expect([...RED_FLAG_SIGNS].filter((s) => !seen.has(s))).toEqual([]);
    });
});

describe('detectRedFlag: the medical team is with the child now', () => {
    it.each([
        ['en', 'fever 39.5 since this morning, we are on the ward and the nurses are with him'],
        ['de', 'sie hat 39 Fieber, liegt aber auf der Intensivstation'],
        ['ru', 'температура 39, мы в реанимации, врачи рядом'],
        ['ar', 'حرارته ٣٩ وهو منوم بالمستشفى'],
        ['fr', 'elle a 39 de fièvre mais elle est hospitalisée, les infirmières sont avec elle']
    ] as const)('%s: %j is an emergency under care', (locale, text) => {
        expect(detectRedFlag(text, { locale, inTreatment: true })).toMatchObject({ emergency: true, underCare: true });
    });
    it.each([
        ['en', 'fever 39.5 at home, the hospital is two hours away'],
        ['ru', 'температура 39, мы дома'],
        ['fr', 'fièvre 39 à la maison, l’hôpital est à deux heures']
    ] as const)('%s: %j is an emergency without care', (locale, text) => {
        expect(detectRedFlag(text, { locale, inTreatment: true })).toMatchObject({ emergency: true, underCare: false });
    });
});

describe('cramps in a limb and signs from the start of the illness are no emergency', () => {
    // Where one word says both seizure and cramp ("судороги", "Krämpfe", "تشنجات"), a cramp in the
    // legs or muscles is a side effect (TKIs cause them); a seizure of the child still is one.
    it.each([
        'у дочки мышечные судороги, сводит икры после иматиниба',
        'судоми в литках від дазатинібу',
        'nachts Krämpfe in der Wade, seit sie Imatinib nimmt',
        'عنده تشنج في عضلات الساق من الدواء'
    ])('%s', (text) => expect(detectRedFlag(text).emergency).toBe(false));
    it.each(['у него судороги', 'у нього судоми', 'er hat Krämpfe', 'عنده تشنجات'])('a seizure: %s', (text) =>
        expect(detectRedFlag(text).emergency).toBe(true));
    it.each(['на початку хвороби була кровотеча з ясен', 'в начале болезни было кровотечение из десен'])('history: %s', (text) =>
        expect(detectRedFlag(text).emergency).toBe(false));
});

describe('a word of one language that is a sign in another', () => {
    // Every language's patterns run on every message: Polish "żona" (wife) typed without its dot is
    // the French and Turkish word for shingles.
    it('a wife in Polish is no shingles', () => {
        expect(detectRedFlag('nie mam skanu, moja zona przesle wieczorem').emergency).toBe(false);
        expect(detectRedFlag('zona zadzwoni jutro').emergency).toBe(false);
    });
    it('shingles in French still is an exposure', () => {
        expect(detectRedFlag('sa soeur a le zona depuis hier').emergency).toBe(true);
    });
});
