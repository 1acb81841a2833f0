import type { Locale } from '../../i18n/parsers/types';

/**
 * Function words that carry no topic. Question words ("how", "when", "сколько") are kept on
 * purpose: "how much" points to costs, "when" to timing; inverse document frequency weighs them.
 * Written in plain spelling; analyze.ts folds them the same way as the text.
 */
export const STOPWORDS: Readonly<Record<Locale, readonly string[]>> = {
    en: `a an the and or but if so of to in on at by for with from about as into than then is are was were be been being am
        do does did doing have has had having i me my mine we us our ours you your yours he him his she her hers it its they
        them their this that these those there here can could would should will shall may might must just also very really
        please thanks thank hi hello dear ok okay yes no not any some all i'm it's don't im dont ive i've id i'd we're were
        get got let let's one would'nt there's whats what's`.split(/\s+/),
    de: `der die das den dem des ein eine einen einem einer eines und oder aber wenn dann so ist sind war waren bin bist sein
        seine seiner ihr ihre ihren ich du er sie es wir mein meine meinen meinem meiner unser unsere unseren unserem uns mich
        mir dich dir sich zu zum zur in im am an auf aus bei mit von vom für über nach vor durch um als auch noch schon nur
        sehr ja nein nicht hallo bitte danke guten tag da dort hier hat haben habe hatte hatten wird werden wurde würde kann
        können könnte soll sollte muss müssen darf dürfen mag möchte möchten man gibt gib es denn doch mal eigentlich überhaupt
        einfach etwas ganz`.split(/\s+/),
    ru: `и в во не на я ты он она оно мы вы они что это как так а но или же ли бы у к ко с со о об от до по за из для при про
        мой моя моё мое мои моего моей моему моим нас нам наш наша наше наши нашего нашей вас вам ваш ваша ваше ваши его её ее
        их ему ей им ней него нее неё есть был была было были быть будет будут то тот та те этот эта эти этого этой очень уже
        ещё еще только тоже также здравствуйте привет спасибо пожалуйста добрый день меня мне мной себя свой своего своей
        вот вообще просто подскажите скажите`.split(/\s+/),
    ar: `في من على الى إلى عن مع هل ما لا نعم هو هي هم انا أنا نحن انت أنت انتم أنتم هذا هذه ذلك تلك التي الذي الذين او أو ثم قد
        كان كانت يكون لي لنا له لها به بها فيه فيها عند عندي عندنا اي أي ان إن أن يا مرحبا شكرا السلام عليكم فضلك سمحت لو ابي ابغى
        ممكن الله و`.split(/\s+/)
};
