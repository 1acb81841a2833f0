/** Function words that carry no topic; question words are kept on purpose ("cât" points to costs). Folded: no diacritics. */
export const STOPWORDS: readonly string[] = `si sau dar iar daca atunci deci ca ca sa se si-a s-a a al ai ale lui lor ei el ea ele ei eu tu noi voi dumneavoastra dvs
    meu mea mei mele nostru noastra nostri noastre vostru vostra sau sai sale ma mi ne va v-am l-am i-am le-am ii il o un unei unui niste
    de din la in pe cu fara pentru prin spre pana dupa inainte despre intre langa catre sub peste de-a la-l
    este e sunt suntem sint era erau fost fi fie am ai are avem aveti au avea aveam avut as ar am fost
    poate pot putem vrea vreau vrem trebuie mai foarte doar numai inca deja tot toata toti toate ceva cam asa chiar totusi
    buna ziua salut multumesc mersi va rog rog pls da nu ok bine acest aceasta acesta aceste acestia asta ast aia acel acea
    acolo aici fiindca pentru-ca deoarece`.split(/\s+/);
