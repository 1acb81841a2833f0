/** Function words that carry no topic, folded; question words are kept on purpose ("ne kadar" points to costs). */
export const STOPWORDS: readonly string[] = `ve veya ya da de ki bir bu su o ile icin gibi kadar ama fakat ancak ise cok daha en her hic mi mu mı mü
    ben sen biz siz onlar benim bizim sizin onun onlarin bana bize size ona beni bizi sizi
    var yok olan olarak oldu olur olsun olacak olabilir olmak oluyor idi ise degil evet hayir tamam
    merhaba selam lutfen tesekkurler tesekkur ederim sagolun sag olun iyi gunler aksamlar
    acaba simdi sonra once yani iste hani hem zaten bile sadece yine artik
    cocuk cocugum cocugumuz oglum kizim olan yas yasinda ay aydir`.split(/\s+/);
