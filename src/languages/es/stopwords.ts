/** Function words that carry no topic; question words are kept on purpose ("cuanto" points to costs). */
export const STOPWORDS: readonly string[] = `el la los las lo un una unos unas y e o u ni pero sino que de del al a en con por para sin sobre entre
    hasta desde hacia segun es son era eran fue fueron ser sido estar esta estan estaba estaban este esto ese eso esa estos
    estas esos esas aqui aca ahi alli yo tu usted ustedes el ella ellos ellas nosotros nosotras me te se nos le les mi mis
    tu tus su sus nuestro nuestra nuestros nuestras muy mas ya tambien solo si no hola por favor gracias buenos buenas
    dias tardes noches ha han he hemos habia hay tiene tienen tengo tenemos puede pueden podria podemos debe deben
    quiero queremos quisiera gustaria favor pues bueno entonces algo nada todo toda todos todas otro otra mucho mucha
    poco tan como cuando donde despues luego`.split(/\s+/);
