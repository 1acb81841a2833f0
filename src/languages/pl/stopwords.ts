/** Function words that carry no topic; question words are kept on purpose ("ile" points to costs). */
export const STOPWORDS: readonly string[] = `i a w we z ze na do o od po za u przy przez dla nad pod przed bez oraz lub albo czy ale lecz jednak to ten ta te
    tego tej temu tym tych ta ja ty on ona ono my wy oni one mnie mi mną mna nas nam nami was wam wami jego jej ich im go
    mu je się sie jest są sa był byl była byla było bylo byli były byly być byc będzie bedzie będą beda mój moj moja moje
    mojego mojej mojemu moim moich nasz nasza nasze naszego naszej naszym naszych wasz wasza pana pani państwa panstwa
    bardzo już juz jeszcze tylko też tez także takze tak no więc wiec bo że ze żeby zeby aby by dzień dzien dobry
    witam witajcie cześć czesc dziękuję dziekuje proszę prosze dzięki dzieki mam ma mamy mają maja miał mial miała miala
    swój swoj swoja swoje swojego swojej sobie siebie właśnie wlasnie ogólnie ogolnie po prostu`.split(/\s+/);
