/** Function words that carry no topic; question words are kept on purpose ("combien" points to costs). */
export const STOPWORDS: readonly string[] = `le la les l un une des du de d au aux et ou mais donc car ni si est sont etait etaient suis es
    sera serait ete etre a ai as avons avez ont avait avaient aura je j tu il elle on nous vous ils elles me m te t se s lui leur
    leurs mon ma mes ton ta tes son sa ses notre nos votre vos ce cet cette ces c ca cela ceci qui que qu quoi dont y en dans
    sur sous par pour avec sans chez vers entre apres avant pendant depuis aussi encore deja seulement tres bien plus moins
    tout tous toute toutes oui non ne n pas bonjour bonsoir salut merci svp stp sil plait madame monsieur voila alors
    puis comme meme peu beaucoup trop fait faire peut peuvent pourrait doit doivent faut voudrais veux veut voulons
    vraiment juste enfin bon bah ben euh hein quand meme donc`.split(/\s+/);
