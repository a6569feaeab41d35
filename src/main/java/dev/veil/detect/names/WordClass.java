package dev.veil.detect.names;

/**
 * What the word lists say a word can be. A word can be in several classes ("Grant" is a first
 * name, a surname and a common word); the detector combines them. Each class is one bit of the
 * value a {@link WordTable} returns.
 */
enum WordClass {
    /** A given name from the 1990 US Census lists or faker's locales. */
    FIRST_NAME,
    /** A surname from the 1990 US Census list or faker's locales. */
    SURNAME,
    /** A name of any culture (first or last) from the people-names list. */
    PERSON_NAME,
    /** A common English word (SCOWL sizes up to 35): a name only with support. */
    COMMON_WORD,
    /** A month, day, holiday or place that is also a name ("May", "Austin"). */
    NON_NAME,
    /** Never part of a name in running text ("Customer", "Team", "the"). */
    NEVER_NAME,
    /** A title or honorific ("Dr", "Mrs"). */
    TITLE,
    /** A company or institution suffix ("Ltd", "Foundation"). */
    COMPANY_SUFFIX,
    /** A street type or place prefix ("Street", "Lake"). */
    ADDRESS_WORD,
    /** A greeting right before a name ("Dear"). */
    GREETING_CUE,
    /** A sign-off before a comma or line break and a name ("Sincerely"). */
    SIGNOFF_CUE,
    /** A form label before a colon and a name ("Name", "Patient"). */
    LABEL_CUE,
    /** A verb of speech right after a name ("said", "wrote"). */
    AFTER_CUE,
    /** Letters after a name ("MD", "RN", "PhD", "Jr"). */
    POST_NOMINAL,
    /** A lower-case surname particle ("van", "de", "von"), inside a name only. */
    PARTICLE,
    /**
     * A person's role right before a name ("the technician, Greg", "physio Tendai Moyo", "caller
     * Bongani"): a cue for a name the lists know or a word they do not, never for an ordinary word
     * ("Customer Service", "Driver License").
     */
    ROLE_CUE,
    /**
     * A word before a name that shows a person only for a distinctive first name ("with Hassan",
     * "approved by Shauna", "ask Aidan"): a place, a firm or a month follows such words too.
     */
    BEFORE_CUE,
    /** A word right after a distinctive first name that shows a person ("Amara has", "Finn is", "Hiro just"). */
    AUX_CUE;

    int bit() {
        return 1 << ordinal();
    }

    boolean in(int classes) {
        return (classes & bit()) != 0;
    }
}
