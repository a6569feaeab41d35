package dev.veil.detect.builtin;

import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import dev.veil.detect.PatternDetector;
import dev.veil.detect.checksum.FinnishIdentityCode;
import dev.veil.detect.checksum.GermanTaxId;
import dev.veil.detect.checksum.ItalianFiscalCode;
import dev.veil.detect.checksum.Pesel;
import dev.veil.detect.checksum.SpanishId;
import java.util.List;

/** Spain (NIF, NIE), Italy (codice fiscale), Poland (PESEL), Germany (Steuer-ID), Finland (HETU). */
final class EuropeanIdDetectors {
    private EuropeanIdDetectors() {
    }

    static List<Detector> all() {
        return List.of(spanishNif(), spanishNie(), italianFiscalCode(), pesel(), germanTaxId(), finnishIdentityCode());
    }

    /**
     * Eight digits and the control letter, in any case; with seven digits (a leading zero left
     * out) only an upper-case letter, because seven digits and a-f is also an abbreviated commit hash.
     */
    static Detector spanishNif() {
        return PatternDetector.builder("es-nif", EntityType.ES_NIF)
                .pattern("dni-nif", "(?i)\\b\\d{8}-?[A-Z]\\b", 0.3)
                .pattern("dni-nif-7-digits", "\\b\\d{7}-?[A-Z]\\b", 0.3)
                .validator("nif-mod23", v -> !IdPatterns.looksLikeHexHash(v) && SpanishId.isValidNif(v))
                .context("nif", "dni", "documento nacional de identidad", "identificación fiscal")
                // a match starts with a whole run of 7 or 8 digits, then the letter (or a hyphen and the
                // letter) that ends the word
                .candidates(RunCandidates.digits(RunIndex.Shape.of(7, 8).next(RunIndex.Chars.LETTERS.plus("-"))
                        .test(EuropeanIdDetectors::controlLetterAfter)))
                .build();
    }

    /**
     * Whether an ASCII letter follows the digits {@code [s, e)}, after an optional hyphen, and no
     * ASCII letter, digit or underscore follows it: the {@code -?[A-Z]\b} of a NIF (a {@code \b} that
     * reads letters beyond ASCII as word characters is left to the pattern).
     */
    private static boolean controlLetterAfter(String text, int s, int e) {
        int p = e < text.length() && text.charAt(e) == '-' ? e + 1 : e;
        if (p >= text.length() || !RunIndex.isAsciiLetter(text.charAt(p))) {
            return false;
        }
        return p + 1 >= text.length() || !(RunIndex.isAsciiAlnum(text.charAt(p + 1)) || text.charAt(p + 1) == '_');
    }

    static Detector spanishNie() {
        return PatternDetector.builder("es-nie", EntityType.ES_NIE)
                .pattern("nie", "(?i)\\b[XYZ]\\d{7}-?[A-Z]\\b", 0.3)
                .validator("nie-mod23", SpanishId::isValidNie)
                .context("nie", "extranjero", "extranjeros", "identidad de extranjero")
                // a match is a whole run "X1234567L", or "X1234567" before a hyphen
                .candidates(RunCandidates.alnum(RunIndex.Shape.of(9).first("XYZxyz"),
                        RunIndex.Shape.of(8).first("XYZxyz").next("-")))
                .build();
    }

    /**
     * The check letter and the date letters make a random 16-character match very unlikely. A code
     * in capitals whose check letter is wrong is still reported (score 0.55): its layout alone
     * (letters and digits in their places, a month letter, a day of 1-31 or 41-71) is that of a
     * fiscal code, and a mistyped code still spells a person's surname and name consonants, birth
     * date, sex and municipality. Not in lower case, nor with only the letters A-F: hexadecimal ids
     * ("bbfcef32e31d327d" in a log) fit the layout often enough.
     */
    static Detector italianFiscalCode() {
        // explicit lower-case letters instead of (?i): case-insensitive classes are slower to match
        String numeric = "[0-9LMNPQRSTUVlmnpqrstuv]";
        return PatternDetector.builder("it-fiscal-code", EntityType.IT_FISCAL_CODE)
                .pattern("codice-fiscale", "\\b[A-Za-z]{6}" + numeric + "{2}[ABCDEHLMPRSTabcdehlmprst]" + numeric
                        + "{2}[A-Za-z]" + numeric + "{3}[A-Za-z]\\b", 0.3)
                .validator("cf-check-letter", ItalianFiscalCode::isValid)
                .keepFailedCheck(ItalianFiscalCode::mayBeMistyped, 0.55)
                .context("codice fiscale", "cf", "fiscal code", "tessera sanitaria")
                // every match is one whole run of 16 letters and digits, starting with six letters
                .candidates(RunCandidates.alnum(RunIndex.Shape.of(16).first(RunIndex.Chars.LETTERS)
                        .third(RunIndex.Chars.LETTERS)
                        .test((text, s, e) -> RunIndex.allAt(text, s, 6, RunIndex.Chars.LETTERS))))
                .trigger(IdPatterns.NEAR_DIGITS)
                .build();
    }

    /** About one random 11-digit number in 300 has a real date and the right check digit. */
    static Detector pesel() {
        return PatternDetector.builder("pl-pesel", EntityType.PL_PESEL)
                .pattern("pesel", "\\b\\d{11}\\b", 0.2)
                .validator("pesel-date-and-check", Pesel::isValid)
                .validatedScore(0.6)
                .context("pesel", "numer pesel", "nr pesel")
                .candidates(RunCandidates.digits(RunIndex.Shape.of(11)))
                .build();
    }

    static Detector germanTaxId() {
        return PatternDetector.builder("de-tax-id", EntityType.DE_TAX_ID)
                .pattern("steuer-id", "\\b[1-9]\\d{10}\\b", 0.2)
                .pattern("steuer-id-grouped", IdPatterns.standalone("\\b[1-9]", "\\d \\d{3} \\d{3} \\d{3}\\b"), 0.2)
                .validator("iso7064-mod11-10", GermanTaxId::isValid)
                .validatedScore(0.6)
                .context("steuer id", "steuerid", "steuer identifikationsnummer", "steueridentifikationsnummer",
                        "identifikationsnummer", "idnr", "tin", "tax id", "steuernummer")
                // a match starts with a whole run of 11 digits, or of two before "345 678 901"
                .candidates(RunCandidates.digits(RunIndex.Shape.of(11).first("123456789"),
                        RunIndex.Shape.of(2).first("123456789").next(" ").test((text, s, e) -> RunIndex.groupAfter(text, e, 3))))
                .build();
    }

    static Detector finnishIdentityCode() {
        return PatternDetector.builder("fi-hetu", EntityType.FI_PERSONAL_IDENTITY_CODE)
                .pattern("hetu", "(?i)(?<!\\d)\\d{6}[-+A-FU-Y]\\d{3}[0-9A-Y](?!\\w)", 0.3)
                .validator("hetu-date-and-mod31", FinnishIdentityCode::isValid)
                .context("henkilötunnus", "hetu", "personal identity code", "identity code",
                        "personbeteckning", "sosiaaliturvatunnus")
                // a match starts with a whole run of six digits, then the century sign and three digits
                .candidates(RunCandidates.digits(RunIndex.Shape.of(6).next(RunIndex.Chars.LETTERS.plus("-+"))
                        .test((text, s, e) -> RunIndex.digitsAt(text, e + 1, 3))))
                .build();
    }
}
