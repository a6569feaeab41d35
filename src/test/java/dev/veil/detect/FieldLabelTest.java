package dev.veil.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FieldLabelTest {
    /** The separator of the first label in {@code text}: its first colon, or its first equals sign when it has no colon. */
    private static int separator(String text) {
        int c = text.indexOf(':');
        return c >= 0 ? c : text.indexOf('=');
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "first_name: Aoife # first name",
        "lastName: Lee # last name",
        "customer id: 1 | lastName: Lee # customer id",
        "fullName (full name): Marta # full name",
        "address_line1: Flat 2 # address line 1",
        "  - Home Address: 12 # home address",
        "Nom : Dupont # nom",
        "shippingAddress (shipping address): x # shipping address",
        "contact: name: Rosa # contact",
        "record_id=7 first_name=Siddharth # record id",
        "customer.1.address=Av. Afonso # customer 1 address",
        "holder=\"Ann Lee\" # holder",
    })
    void readsALabelAsLowerCaseWords(String text, String label) {
        assertEquals(label, FieldLabel.before(text, separator(text)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Please confirm your new postal address: 12 Main St",   // a sentence, not a label: too long
        "at 10:30 we met",                                       // a time
        "see https://example.com",                               // a URL's colon
        "cost=(a+b)=c",                                          // an expression, not a key
        "Note (see the appendix, which lists every one of them): x", // longer than a label
    })
    void readsNoLabelWhereNoneStands(String text) {
        int c = separator(text);
        String label = FieldLabel.before(text, c);
        assertTrue(label == null || FieldLabel.kind(label) == FieldLabel.Kind.NONE, () -> "read '" + label + "'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "home address | ADDRESS", "street | ADDRESS", "address line 2 | ADDRESS", "addr 1 | ADDRESS",
        "billing address | ADDRESS", "anschrift | ADDRESS", "dirección | ADDRESS", "customer 1 address | ADDRESS",
        "first name | PERSON_NAME", "surname | PERSON_NAME", "given names | PERSON_NAME", "patient's full name | PERSON_NAME",
        "nachname | PERSON_NAME", "apellidos | PERSON_NAME", "sender name | PERSON_NAME",
        "name | PERSON_ROLE", "customer | PERSON_ROLE", "approved by | PERSON_ROLE", "from | PERSON_ROLE", "holder | PERSON_ROLE",
        "city | PLACE", "country of birth | PLACE", "state | PLACE",
        "company | THING", "product name | THING", "bank name | THING", "file name | THING", "room | THING",
        "email address | NONE", "ip address | NONE", "mac address | NONE", "web address | NONE",
        "please confirm your address | NONE", "customer first | PERSON_ROLE", "branch manager | PERSON_ROLE",
        "customer city | PLACE", "wallet address | NONE", "address line 1 | ADDRESS", "address geo | NONE", "street name | THING", "print name | PERSON_NAME", "host | PERSON_ROLE",
    })
    void tellsTheKindsOfLabelApart(String label, FieldLabel.Kind kind) {
        assertEquals(kind, FieldLabel.kind(label));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "Ann Lee | city: Lyon # Ann Lee",
        "Ann Lee\\nPhone: 1 # Ann Lee",
        "Ann Lee  Date: 1 May # Ann Lee",
        "Ann Lee Phone: 555 # Ann Lee",
        "12 Main St, City: Lyon # 12 Main St",
        "Ann Lee <ann@example.com> # Ann Lee",
        "44 Oakwood Drive, Leeds LS8 2JF. Registered with Dr Bennett. # 44 Oakwood Drive, Leeds LS8 2JF",
        "ul. Długa 5, Gdańsk # ul. Długa 5, Gdańsk",
        "Col. Centro, 06050 CDMX # Col. Centro, 06050 CDMX",
        "Siddharth last_name=Rao # Siddharth",
        "\"Seán Ó Broin\" door=MAIN # \"Seán Ó Broin\"",
        "at 10:30 today # at 10:30 today",
    })
    void endsAValueWhereItsFieldEnds(String value, String expected) {
        String v = value.replace("\\n", "\n");
        int end = FieldLabel.valueEnd(v, 0);
        assertEquals(expected, v.substring(0, end).strip());
    }

    @org.junit.jupiter.api.Test
    void findsNoEndForAValueWithoutOne() {
        assertEquals(-1, FieldLabel.valueEnd("\"Ann Lee no end", 0));
        assertEquals(-1, FieldLabel.valueEnd("\"Ann\nLee\"", 0));
        assertEquals(-1, FieldLabel.valueEnd("x".repeat(FieldLabel.MAX_VALUE + 5) + "\n", 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"N/A", "null", "TBD", "same as billing", "see above", "(redacted)", "to follow", "not collected.",
        "Unknown", "-", "as page 1"})
    void readsPlaceholdersAsEmpty(String value) {
        assertTrue(FieldLabel.isEmptyValue(value, 0, value.length()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nathan Road 12", "Seestraße 5", "No. 88, Section 2", "Per Arne Eide", "Ann Lee", "Notting Hill Gate 3"})
    void readsValuesAsValues(String value) {
        assertFalse(FieldLabel.isEmptyValue(value, 0, value.length()));
    }

    @org.junit.jupiter.api.Test
    void findsTheSeparatorBeforeAValue() {
        String t = "name: Ann | holder=\"Bo\" x=y";
        assertEquals(4, FieldLabel.separatorBefore(t, t.indexOf("Ann")));
        assertEquals(t.indexOf('='), FieldLabel.separatorBefore(t, t.indexOf("Bo")));
        assertEquals(t.lastIndexOf('='), FieldLabel.separatorBefore(t, t.length() - 1));
        assertEquals(-1, FieldLabel.separatorBefore(t, t.indexOf('|') + 2));
        assertNull(FieldLabel.before("a, b: c", 4));
    }
}
