/** Function words that carry no topic; question words are kept on purpose ("how much" points to costs). */
export const STOPWORDS: readonly string[] = `der die das den dem des ein eine einen einem einer eines und oder aber wenn dann so ist sind war waren bin bist sein
    seine seiner ihr ihre ihren ich du er sie es wir mein meine meinen meinem meiner unser unsere unseren unserem uns mich
    mir dich dir sich zu zum zur in im am an auf aus bei mit von vom für über nach vor durch um als auch noch schon nur
    sehr ja nein nicht hallo bitte danke guten tag da dort hier hat haben habe hatte hatten wird werden wurde würde kann
    können könnte soll sollte muss müssen darf dürfen mag möchte möchten man gibt gib es denn doch mal eigentlich überhaupt
    einfach etwas ganz`.split(/\s+/);
