package dev.veil.detect.builtin;

import dev.veil.detect.Detector;
import dev.veil.detect.EntityType;
import dev.veil.detect.PatternDetector;
import dev.veil.detect.checksum.Verhoeff;
import java.util.List;

/** India: Aadhaar, PAN, voter ID (EPIC) and MGNREGA job card numbers. */
final class IndiaIdDetectors {
    private static final String[] PAN_WORDS = {
        "pan", "permanent account number", "income tax", "pan card", "pan number",
    };

    /** Every PAN match is one whole run of ten capitals and digits, the sixth a digit. */
    private static final RunCandidates PAN_RUNS = RunCandidates.alnum(RunIndex.Shape.of(10)
            .first(RunIndex.Chars.UPPER).test((text, s, e) -> RunIndex.isDigit(text.charAt(s + 5))));

    private IndiaIdDetectors() {
    }

    static List<Detector> all() {
        return List.of(aadhaar(), permanentAccountNumber(), panNearContext(), voterNumber(), nregaJobCard());
    }

    /** 12 digits in 4-4-4 groups, never starting with 0 or 1, the last a Verhoeff check digit. */
    static Detector aadhaar() {
        return PatternDetector.builder("in-aadhaar", EntityType.IN_AADHAAR)
                .pattern("aadhaar-4-4-4", IdPatterns.standalone("\\b[2-9]", "\\d{3}([ :-]?)\\d{4}\\1\\d{4}\\b"), 0.3)
                .validator("verhoeff", IndiaIdDetectors::isAadhaar)
                .validatedScore(0.6)
                .context("aadhaar", "aadhar", "adhaar", "uid", "uidai", "uid number", "enrolment")
                // a match starts with a whole run of twelve digits, or of four before a separator
                .candidates(RunCandidates.digits(RunIndex.Shape.of(12).first("23456789")
                                .test((text, s, e) -> IdPatterns.notAfterGroup(text, s)),
                        RunIndex.Shape.of(4).first("23456789").next(" :-")
                                .test((text, s, e) -> IdPatterns.notAfterGroup(text, s) && RunIndex.groupAfter(text, e, 4))))
                .build();
    }

    /**
     * Five letters, four digits, a letter; the fourth letter says who holds it (P person,
     * C company, H Hindu undivided family, F firm, A association, T trust, B body of individuals,
     * L local authority, J artificial juridical person, G government). Other fourth letters are
     * never issued; {@link #panNearContext()} still reports them next to the word "PAN", because
     * people quote mistyped and made-up numbers there too.
     */
    static Detector permanentAccountNumber() {
        return PatternDetector.builder("in-pan", EntityType.IN_PERMANENT_ACCOUNT_NUMBER)
                .pattern("pan", "\\b[A-Z]{3}[ABCFGHJLPT][A-Z]\\d{4}[A-Z]\\b", 0.7)
                .context(PAN_WORDS)
                .candidates(PAN_RUNS)
                .build();
    }

    /** The PAN shape with any fourth letter, only next to a word that names it. */
    static Detector panNearContext() {
        return PatternDetector.builder("in-pan-context", EntityType.IN_PERMANENT_ACCOUNT_NUMBER)
                .pattern("pan-any-holder", "\\b[A-Z]{5}\\d{4}[A-Z]\\b", 0.4)
                .context(PAN_WORDS)
                .contextRequired()
                .candidates(PAN_RUNS)
                .build();
    }

    /** Electors Photo Identity Card: three letters and seven digits. */
    static Detector voterNumber() {
        return PatternDetector.builder("in-voter-id", EntityType.IN_VOTER_NUMBER)
                .pattern("epic", IdPatterns.notInPath("(?i)\\b[A-Z]", "[A-Z]{2}\\d{7}\\b"), 0.5)
                .validator("not-a-hash", v -> !IdPatterns.looksLikeHexHash(v))
                .validatedScore(0.0) // the check only removes candidates
                .context("voter", "vote", "epic", "election", "electoral", "elector", "voter id")
                // every match is one whole run of ten letters and digits: three letters, seven digits
                .candidates(RunCandidates.alnum(RunIndex.Shape.of(10).first(RunIndex.Chars.LETTERS)
                        .third(RunIndex.Chars.LETTERS).test((text, s, e) -> RunIndex.digitsAt(text, s + 3, 7))))
                .build();
    }

    /**
     * Job card: state code, district, block, panchayat, village, then the household number
     * ({@code AP-03-012-004-001/123}). The shape also fits other references, so context decides.
     */
    static Detector nregaJobCard() {
        return PatternDetector.builder("in-nrega", EntityType.IN_NREGA)
                .pattern("job-card", "\\b[A-Z]{2}-\\d{2}-\\d{3}-\\d{3}-\\d{3}(?:/\\d{1,6}){1,2}\\b", 0.5)
                .context("nrega", "mgnrega", "narega", "nregs", "job card", "jobcard", "rozgar")
                .contextRequired()
                // a match starts with the two-letter state code as a run, before a hyphen
                .candidates(RunCandidates.alnum(RunIndex.Shape.of(2).first(RunIndex.Chars.UPPER).next("-")
                        .test((text, s, e) -> Character.isUpperCase(text.charAt(s + 1)))))
                .build();
    }

    private static boolean isAadhaar(String candidate) {
        StringBuilder digits = new StringBuilder(12);
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.length() == 12 && Verhoeff.isValid(digits);
    }
}
