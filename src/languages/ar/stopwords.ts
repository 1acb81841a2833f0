/** Function words that carry no topic; question words are kept on purpose ("how much" points to costs). */
export const STOPWORDS: readonly string[] = `في من على الى إلى عن مع هل ما لا نعم هو هي هم انا أنا نحن انت أنت انتم أنتم هذا هذه ذلك تلك التي الذي الذين او أو ثم قد
    كان كانت يكون لي لنا له لها به بها فيه فيها عند عندي عندنا اي أي ان إن أن يا مرحبا شكرا السلام عليكم فضلك سمحت لو ابي ابغى
    ممكن الله و`.split(/\s+/);
