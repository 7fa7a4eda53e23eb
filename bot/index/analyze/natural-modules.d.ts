/**
 * Types for the few `natural` modules imported one by one. Importing `natural` itself loads every
 * storage adapter, which calls dotenv.config() (reads ./.env into process.env) and costs ~0.4 s.
 */
interface NaturalStemmer {
  stem(token: string): string;
}

declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const stemmer: NaturalStemmer;
  export default stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer_fr.js' {
  const stemmer: NaturalStemmer;
  export default stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer_es.js' {
  const stemmer: NaturalStemmer;
  export default stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer_pt.js' {
  const stemmer: NaturalStemmer;
  export default stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer_it.js' {
  const stemmer: NaturalStemmer;
  export default stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer_de.js' {
  const stemmer: NaturalStemmer;
  export default stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer_nl.js' {
  const stemmer: NaturalStemmer;
  export default stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer_ru.js' {
  const stemmer: NaturalStemmer;
  export default stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer_uk.js' {
  const stemmer: NaturalStemmer;
  export default stemmer;
}
declare module 'natural/lib/natural/tokenizers/regexp_tokenizer.js' {
  export class RegexpTokenizer {
    constructor(options: { pattern: RegExp; gaps?: boolean; discardEmpty?: boolean });
    tokenize(text: string): string[];
  }
}
declare module 'natural/lib/natural/util/stopwords.js' {
  export const words: string[];
}
declare module 'natural/lib/natural/util/stopwords_fr.js' {
  export const words: string[];
}
declare module 'natural/lib/natural/util/stopwords_es.js' {
  export const words: string[];
}
declare module 'natural/lib/natural/util/stopwords_pt.js' {
  export const words: string[];
}
declare module 'natural/lib/natural/util/stopwords_it.js' {
  export const words: string[];
}
declare module 'natural/lib/natural/util/stopwords_nl.js' {
  export const words: string[];
}
declare module 'natural/lib/natural/util/stopwords_ru.js' {
  export const words: string[];
}
declare module 'natural/lib/natural/util/stopwords_uk.js' {
  export const words: string[];
}
