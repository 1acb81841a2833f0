/** Function words that carry no topic; question words are kept on purpose ("how much" points to costs). */
export const STOPWORDS: readonly string[] = `a an the and or but if so of to in on at by for with from about as into than then is are was were be been being am
    do does did doing have has had having i me my mine we us our ours you your yours he him his she her hers it its they
    them their this that these those there here can could would should will shall may might must just also very really
    please thanks thank hi hello dear ok okay yes no not any some all i'm it's don't im dont ive i've id i'd we're were
    get got let let's one would'nt there's whats what's`.split(/\s+/);
