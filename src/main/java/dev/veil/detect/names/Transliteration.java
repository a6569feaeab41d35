package dev.veil.detect.names;

/**
 * Words written in Cyrillic or Greek letters, spelled in Latin letters so that the name lists,
 * which are Latin-script, can be asked about them: "Иван Соколов" is looked up as "ivan" and
 * "sokolov", "Παπαδόπουλος" as "papadopoulos". Without it a name in those scripts was an unknown
 * word to the detector and was left in a redacted document ({@code test-documents/pdf/cid.pdf}).
 *
 * <p>Names are romanised more than one way ("Natalya" and "Natalia", "Dmitry" and "Dmitriy"), and
 * the lists hold the spellings people use, so two are tried: the common one (й and a final ий as
 * "y", я "ya", х "kh") and the one that writes soft vowels with "i" (я "ia", after и "a"; х "h").
 * A Russian, Ukrainian or Bulgarian woman's surname ("Соколова", "Иванова") is also looked up
 * as the man's form ("sokolov"), keeping only what makes it a surname. Only the Latin spellings
 * are compared with the lists: a Cyrillic or Greek word that no spelling finds stays unknown, as
 * before. Stateless.
 */
final class Transliteration {
    /** The first and last code units of the Greek and Coptic and the Cyrillic (with its supplement) blocks. */
    private static final char FIRST = '\u0370';
    private static final char LAST = '\u052f';

    private Transliteration() {
    }

    /** Whether a word starting with {@code c} is one this class spells (Greek or Cyrillic). */
    static boolean applies(char c) {
        return c >= FIRST && c <= LAST;
    }

    /**
     * The {@link WordClass} bits the lexicon gives a Latin spelling of {@code text[start, end)}:
     * the first spelling it knows, else the surname bits of a woman's surname's man's form; 0
     * when none is known or the word holds a character neither script's table spells.
     */
    static int classes(WordTable table, String text, int start, int end) {
        if (end - start > WordTokens.MAX_WORD_LENGTH) {  // no name is longer: a bound on the work per word
            return 0;
        }
        for (int scheme = 0; scheme < 2; scheme++) {
            String latin = spell(text, start, end, scheme == 1);
            if (latin == null) {
                return 0;
            }
            int c = table.lookup(latin, 0, latin.length());
            if (c != 0) {
                return c;
            }
            String man = masculine(latin);
            if (man != null) {
                int surname = table.lookup(man, 0, man.length())
                        & (WordClass.SURNAME.bit() | WordClass.PERSON_NAME.bit());
                if (surname != 0) {
                    return surname;
                }
            }
        }
        return 0;
    }

    /** "sokolova" → "sokolov", "ivanova" → "ivanov", "pushkina" → "pushkin"; {@code null} for other words. */
    private static String masculine(String latin) {
        int n = latin.length();
        if (n > 4 && (latin.endsWith("ova") || latin.endsWith("eva") || latin.endsWith("ina") || latin.endsWith("yna"))) {
            return latin.substring(0, n - 1);
        }
        return null;
    }

    /**
     * The word in lower-case Latin letters, by the common scheme or ({@code iStyle}) the one with
     * "i" for soft vowels; {@code null} when a character is neither Greek nor Cyrillic nor an
     * apostrophe or hyphen kept as is.
     */
    static String spell(String text, int start, int end, boolean iStyle) {
        StringBuilder b = new StringBuilder((end - start) * 2);
        for (int i = start; i < end; i++) {
            char c = Character.toLowerCase(text.charAt(i));
            char prev = i > start ? Character.toLowerCase(text.charAt(i - 1)) : 0;
            char next = i + 1 < end ? Character.toLowerCase(text.charAt(i + 1)) : 0;
            String s = c >= '\u0400' ? cyrillic(c, prev, next, iStyle) : greek(c, prev, next, i == start, i == start + 1);
            if (s == null) {
                if (c == '-' || c == '\'' || c == '\u2019') {
                    s = String.valueOf(c);
                } else {
                    return null;
                }
            }
            b.append(s);
        }
        return b.toString();
    }

    private static String cyrillic(char c, char prev, char next, boolean iStyle) {
        switch (c) {
            case 'а': return "a";
            case 'б': return "b";
            case 'в': return "v";
            case 'г': return "g";
            case 'д': return "d";
            case 'е': case 'ё': case 'э': return "e";
            case 'ж': return "zh";
            case 'з': return "z";
            case 'и':
                // a final "ий" is "y" in the common spelling ("Дмитрий" Dmitry), "iy" in the other
                return next == 'й' && !iStyle ? "" : "i";
            case 'й': return iStyle ? (prev == 'и' ? "y" : "i") : "y";
            case 'к': return "k";
            case 'л': return "l";
            case 'м': return "m";
            case 'н': return "n";
            case 'о': return "o";
            case 'п': return "p";
            case 'р': return "r";
            case 'с': return "s";
            case 'т': return "t";
            case 'у': return "u";
            case 'ф': return "f";
            case 'х': return iStyle ? "h" : "kh";
            case 'ц': return "ts";
            case 'ч': return "ch";
            case 'ш': return "sh";
            case 'щ': return "shch";
            case 'ъ': case 'ь': return "";
            case 'ы': return "y";
            case 'ю': return iStyle ? "iu" : "yu";
            case 'я': return iStyle ? (prev == 'и' ? "a" : "ia") : "ya";
            // Ukrainian, Belarusian, Serbian and Macedonian letters
            case 'і': return "i";
            case 'ї': return "yi";
            case 'є': return "ye";
            case 'ґ': return "g";
            case 'ў': return "u";
            case 'ђ': return "dj";
            case 'ј': return "j";
            case 'љ': return "lj";
            case 'њ': return "nj";
            case 'ћ': return "c";
            case 'џ': return "dz";
            case 'ѓ': return "gj";
            case 'ќ': return "kj";
            case 'ѕ': return "dz";
            default: return null;
        }
    }

    /** {@code first}, {@code second}: whether {@code c} is the word's first or second letter ("μπ" is "b" only at its start). */
    private static String greek(char c, char prev, char next, boolean first, boolean second) {
        switch (c) {
            case 'α': case 'ά': return "a";
            case 'β': return "v";
            case 'γ': return next == 'γ' || next == 'κ' || next == 'ξ' || next == 'χ' ? "n" : "g";
            case 'δ': return "d";
            case 'ε': case 'έ': return "e";
            case 'ζ': return "z";
            case 'η': case 'ή': return "i";
            case 'θ': return "th";
            case 'ι': case 'ί': case 'ϊ': case 'ΐ': return "i";
            case 'κ': return "k";
            case 'λ': return "l";
            case 'μ': return first && next == 'π' ? "" : "m";
            case 'ν': return "n";
            case 'ξ': return "x";
            case 'ο': case 'ό': return "o";
            case 'π': return prev == 'μ' && second ? "b" : "p";
            case 'ρ': return "r";
            case 'σ': case 'ς': return "s";
            case 'τ': return "t";
            case 'υ': case 'ύ': case 'ϋ': case 'ΰ':
                // "ου" is "ou"; after α and ε a υ is "v" ("Ευάγγελος" Evangelos); else "y"
                return prev == 'ο' || prev == 'ό' ? "u" : prev == 'α' || prev == 'ε' || prev == 'ά' || prev == 'έ' ? "v" : "y";
            case 'φ': return "f";
            case 'χ': return "ch";
            case 'ψ': return "ps";
            case 'ω': case 'ώ': return "o";
            default: return null;
        }
    }
}
