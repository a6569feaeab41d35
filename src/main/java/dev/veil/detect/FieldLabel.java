package dev.veil.detect;

import java.util.Locale;
import java.util.Set;

/**
 * The label of a field in a form, a record or an export, and where the field's value ends: what
 * says that "Nyhavn 18" is a street and "ng ka ho" a person's name when nothing in the value
 * does. Exports are converted to text with each cell or key labelled ("first name: Aoife |
 * street: 14 Nyhavn | city: København", "fullName (full name): Marta Kowalczyk"), and forms
 * write one field per line ("Home address: …", "Surname: …").
 *
 * <p>A label is read backwards from its colon and must start a line, a cell (after "|", a tab or
 * ";") or the text, so a sentence that ends in "address:" is no label; it is short (at most
 * {@link #MAX_WORDS} words) and made only of the words of the lists below, so "Please confirm your
 * address:" and "IP address:" are not address labels. Its words are compared in lower case,
 * split at underscores, hyphens, dots, case changes and digits ("shippingAddress", "address_line1",
 * "addr-2"). The lists cover English and the labels of the main European languages.
 *
 * <p>Stateless and allocation-light: a label is turned into words only after its last word passed
 * a test of its letters.
 */
public final class FieldLabel {
    /** Words a label may have. */
    static final int MAX_WORDS = 5;
    /** Characters a label may span, spaces included. */
    static final int MAX_LABEL = 48;
    /** Characters a value may span: a longer one is running text, not a field. */
    public static final int MAX_VALUE = 200;

    /** The kinds of label that {@link #kind} tells apart. */
    public enum Kind {
        /** Not a label this class knows. */
        NONE,
        /** A postal address or its street line ("Home address", "street", "address_line1"). */
        ADDRESS,
        /** A person's name or part of it ("first name", "Surname", "Nachname"): the value is a name when it looks like one. */
        PERSON_NAME,
        /**
         * A field that usually holds a person but may hold a firm or a thing ("name", "customer",
         * "payee", "approved by", "From"): the value is a name only when the lists know one of its words.
         */
        PERSON_ROLE,
        /** A place ("city", "country", "state", "place of birth"): its value is no person ("city: Hong Kong", "state: Georgia"). */
        PLACE
    }

    /** Labels of a place: a town, a country, a region. */
    private static final Set<String> PLACE_LABELS = Set.of("city", "town", "country", "state", "province", "region",
            "county", "district", "suburb", "locality", "municipality", "village", "prefecture", "nationality",
            "citizenship", "country of birth", "place of birth", "birthplace", "city of birth", "town of birth",
            "country of residence", "destination", "origin", "departure", "arrival", "venue", "branch", "campus",
            "depot", "warehouse", "port", "airport", "hub", "territory", "city town", "town city", "state province",
            "city state", "home town", "hometown", "stadt", "ort", "land", "ville", "pays", "ciudad", "país", "pais",
            "città", "citta", "cidade", "stad", "miasto", "kraj");

    /** Words that end an address label: the address itself. */
    private static final Set<String> ADDRESS_HEADS = Set.of("address", "addr", "adress", "street", "streetaddress",
            "adresse", "adres", "adresa", "anschrift", "straße", "strasse", "dirección", "direccion", "domicilio",
            "indirizzo", "endereço", "endereco", "morada", "ulica", "residence", "straat");
    /** Words after an address head: "address line 1", "addr 2", "street 1". */
    private static final Set<String> ADDRESS_TAILS = Set.of("line", "1", "2", "3", "one", "two", "three", "first",
            "second");
    /** Words before an address head: whose and which address it is. */
    private static final Set<String> ADDRESS_QUALIFIERS = Set.of("home", "current", "previous", "former", "prior",
            "permanent", "temporary", "residential", "postal", "mailing", "billing", "shipping", "delivery",
            "correspondence", "registered", "business", "work", "office", "street", "property", "site", "full",
            "your", "my", "his", "her", "their", "customer", "client", "patient", "employee", "tenant", "applicant",
            "new", "old", "forwarding", "return", "primary", "secondary", "alternate", "alternative", "contact",
            "physical", "legal", "invoice", "invoicing", "line", "1", "2", "3", "student", "member", "parent",
            "guardian", "emergency", "next", "of", "kin", "holder", "account", "owner", "head", "main", "private",
            "personal", "supplier", "vendor", "sender", "recipient", "consignee", "shipper", "pickup", "collection",
            "installation", "service", "landlord", "guarantor", "beneficiary", "insured", "claimant", "borrower",
            "company", "premises", "residence", "correspondance", "home's", "actual", "usual", "postadresse",
            "wohn", "liefer", "rechnungs", "de", "du", "la", "facturation", "livraison", "domicile", "envío", "envio",
            "facturación", "facturacion", "di", "residenza", "spedizione", "fatturazione", "lieferadresse");
    /** One-word labels of a person's name, in English and the main European languages. */
    private static final Set<String> NAME_WORDS = Set.of("surname", "surnames", "forename", "forenames", "firstname",
            "lastname", "fullname", "fname", "lname", "givenname", "givennames", "familyname", "middlename",
            "nachname", "vorname", "vornamen", "familienname", "nombre", "nombres", "apellido", "apellidos",
            "prénom", "prenom", "prénoms", "nom", "cognome", "nome", "sobrenome", "naam", "achternaam", "voornaam",
            "voornamen", "imię", "imie", "nazwisko", "efternamn", "förnamn", "fornavn", "etternavn", "efternavn",
            "sukunimi", "etunimi", "soyadı", "soyad", "adı");
    /** Words before "name(s)" in the label of a person's name ("first name", "patient's full name"). */
    private static final Set<String> NAME_QUALIFIERS = Set.of("first", "last", "full", "middle", "maiden", "given",
            "family", "sur", "fore", "birth", "legal", "preferred", "christian", "other", "your", "my", "his",
            "her", "customer", "customer's", "client", "client's", "patient", "patient's", "contact", "employee",
            "employee's", "applicant", "applicant's", "member", "member's", "holder", "holder's", "account",
            "card", "cardholder", "cardholder's", "person", "person's", "mother", "mother's", "mothers", "father",
            "father's", "fathers", "spouse", "spouse's", "partner", "partner's", "child", "child's", "guardian",
            "guardian's", "parent", "parent's", "emergency", "tenant", "tenant's", "owner", "owner's",
            "beneficiary", "beneficiary's", "policyholder", "policyholder's", "insured", "claimant", "passenger",
            "passenger's", "guest", "guest's", "student", "student's", "staff", "driver", "driver's", "witness",
            "manager", "doctor", "doctor's", "physician", "nurse", "next", "of", "kin", "kin's", "signatory",
            "representative", "agent", "author", "recipient", "recipient's", "sender", "sender's", "consignee",
            "visitor", "attendee", "participant", "delegate", "traveller", "traveler", "borrower", "landlord",
            "buyer", "seller", "display", "real", "maternal", "paternal", "gp", "candidate", "candidate's",
            "pupil", "resident", "occupant", "user's", "worker", "deceased", "donor", "victim", "suspect",
            "complainant", "respondent", "defendant", "plaintiff", "referee", "nominee", "executor", "trustee",
            "lead", "primary", "secondary", "alternate", "second", "third", "1", "2", "3", "1st", "2nd");
    /** Labels of a field that mostly holds a person: the value is a name when the lists know one of its words. */
    private static final Set<String> ROLE_LABELS = Set.of("name", "names", "first", "last", "given", "family",
            "customer", "client", "contact", "contact person", "patient", "employee", "manager", "line manager",
            "owner", "tenant", "landlord", "applicant", "beneficiary", "payee", "payer", "guarantor", "witness",
            "attendee", "spouse", "partner", "insured", "policyholder", "policy holder", "claimant", "passenger",
            "guest", "member", "student", "pupil", "author", "recipient", "sender", "signatory", "agent", "driver",
            "doctor", "physician", "consultant", "nurse", "gp", "teacher", "parent", "guardian", "mother", "father",
            "director", "representative", "attn", "attention", "account holder", "card holder", "cardholder",
            "emergency contact", "next of kin", "kin", "signed by", "approved by", "prepared by", "requested by",
            "submitted by", "reviewed by", "authorised by", "authorized by", "assigned to", "referred by",
            "reported by", "checked by", "verified by", "witnessed by", "signed", "from", "to", "cc", "bcc",
            "reply to", "sender name", "borrower", "co borrower", "lender contact", "buyer", "seller", "vendor contact",
            "candidate", "interviewer", "interviewee", "speaker", "host", "organiser", "organizer", "chair",
            "secretary", "caller", "visitor", "participant", "delegate", "traveller", "traveler", "occupant",
            "resident", "deceased", "donor", "executor", "trustee", "nominee", "referee", "defendant", "plaintiff",
            "respondent", "complainant", "victim", "suspect", "sales rep", "account manager", "case worker",
            "caseworker", "case officer", "handler", "assignee", "reporter", "owner name", "full", "person",
            "kontakt", "kunde", "cliente", "contacto", "contatto", "titular", "inhaber", "destinataire",
            "destinatario", "empfänger", "remitente", "absender", "expéditeur");

    private FieldLabel() {
    }

    /**
     * The colon that ends a label right before {@code valueStart} (only spaces and tabs between
     * them), or -1.
     */
    public static int colonBefore(String text, int valueStart) {
        int k = valueStart - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k--;
        }
        return k >= 0 && text.charAt(k) == ':' ? k : -1;
    }

    /** The kind of the label that ends at the colon at {@code colon}. */
    public static Kind kind(String text, int colon) {
        String label = before(text, colon);
        return label == null ? Kind.NONE : kind(label);
    }

    /** The kind of a label given as {@link #before} gives it (lower-case words, one space apart). */
    static Kind kind(String label) {
        String[] words = label.split(" ");
        if (isAddress(words)) {
            return Kind.ADDRESS;
        }
        if (ROLE_LABELS.contains(label)) {
            return Kind.PERSON_ROLE;
        }
        if (PLACE_LABELS.contains(label)) {
            return Kind.PLACE;
        }
        String last = words[words.length - 1];
        if (words.length == 1) {
            return NAME_WORDS.contains(last) ? Kind.PERSON_NAME : Kind.NONE;
        }
        if (NAME_WORDS.contains(last) || last.equals("name") || last.equals("names")) {
            for (int i = 0; i < words.length - 1; i++) {
                if (!NAME_QUALIFIERS.contains(words[i])) {
                    return Kind.NONE; // "file name", "company name", "product name"
                }
            }
            return Kind.PERSON_NAME;
        }
        return Kind.NONE;
    }

    /** [qualifiers] head [tails]: "home address", "address line 1", "street 2", "billing addr". */
    private static boolean isAddress(String[] words) {
        int head = -1;
        for (int i = words.length - 1; i >= 0; i--) {
            if (ADDRESS_HEADS.contains(words[i])) {
                head = i;
                break;
            }
            if (!ADDRESS_TAILS.contains(words[i])) {
                return false;
            }
        }
        if (head < 0 || words.length - head > 3) {
            return false;
        }
        for (int i = 0; i < head; i++) {
            if (!ADDRESS_QUALIFIERS.contains(words[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The label that ends at the colon at {@code colon}, as lower-case words one space apart
     * ("First_Name" and "firstName" give "first name"; a converted JSON key "fullName (full name)"
     * gives the words in its brackets), or {@code null} when what stands before the colon is not a
     * field label: it does not start a line, a cell or the text, or it is too long, or it holds
     * characters no label has.
     */
    public static String before(String text, int colon) {
        int end = colon;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--; // "Nom :"
        }
        if (end == 0) {
            return null;
        }
        char last = text.charAt(end - 1);
        if (!Character.isLetterOrDigit(last) && last != ')' && last != '.') {
            return null;
        }
        int k = end - 1;
        while (k >= 0 && end - k <= MAX_LABEL) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r' || c == '|' || c == '\t' || c == ';') {
                break;
            }
            if (!(Character.isLetterOrDigit(c) || c == ' ' || c == '_' || c == '-' || c == '.' || c == '/' || c == '('
                    || c == ')' || c == '\'' || c == '\u2019' || c == '*' || c == '\u2022')) {
                return null;
            }
            k--;
        }
        if (k >= 0 && end - k > MAX_LABEL) {
            return null;
        }
        int start = k + 1;
        // a bullet or dash before the label ("- Name:", "• Address:")
        while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        if (start == end) {
            return null;
        }
        int open = text.lastIndexOf('(', end - 1);
        if (last == ')' && open > start) {
            start = open + 1; // "fullName (full name)": the key's words
            end = end - 1;
        }
        String words = words(text, start, end);
        if (words.isEmpty() || words.chars().filter(ch -> ch == ' ').count() >= MAX_WORDS) {
            return null;
        }
        return words;
    }

    /** Lower-case words of {@code text[start, end)}, split at non-letters, case changes and digits. */
    private static String words(String text, int start, int end) {
        StringBuilder sb = new StringBuilder(end - start + 4);
        char prev = ' ';
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            boolean letter = Character.isLetter(c) || c == '\'' || c == '\u2019';
            boolean digit = c >= '0' && c <= '9';
            if (!letter && !digit) {
                prev = ' ';
                continue;
            }
            boolean split = prev == ' '
                    || (Character.isLowerCase(prev) && Character.isUpperCase(c))
                    || (digit && Character.isLetter(prev)); // "line1", not "1st"
            if (split && sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(c == '\u2019' ? '\'' : c);
            prev = c;
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** Whether the word before the dot at {@code dot} is an abbreviation ("St.", "ul.", "Col.", "Apt."): letters, four at most. */
    private static boolean abbreviation(String text, int from, int dot) {
        int k = dot;
        while (k > from && Character.isLetter(text.charAt(k - 1))) {
            k--;
        }
        return dot - k >= 1 && dot - k <= 4 && (k == from || !Character.isLetterOrDigit(text.charAt(k - 1)));
    }

    /**
     * Where the value that starts after {@code from} ends: at the line's end, a cell's end ("|", a
     * tab, ";"), a gap of two spaces or more (columns of a form), a sentence's end (a dot, a space and a capital, not
     * after an abbreviation), a "<" ("From: Ann Lee
     * &lt;ann@…&gt;"), or before the next label on the same line ("Name: Ann Lee Phone: …",
     * "…, City: Lyon"); -1 when the value runs past {@link #MAX_VALUE} characters.
     */
    public static int valueEnd(String text, int from) {
        int n = text.length();
        int limit = Math.min(n, from + MAX_VALUE);
        int i = from;
        while (i < limit) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '|' || c == '\t' || c == ';' || c == '<') {
                return i;
            }
            if (c == ' ' && i + 1 < n && text.charAt(i + 1) == ' ') {
                return i;
            }
            if (c == '.' && i + 2 < n && text.charAt(i + 1) == ' ' && Character.isUpperCase(text.charAt(i + 2))
                    && !abbreviation(text, from, i)) {
                return i; // "44 Oakwood Drive, Leeds LS8 2JF. Registered with Dr Bennett.": a sentence follows
            }
            if (c == ':' && i > from && Character.isLetter(text.charAt(i - 1))) {
                // a label inside the value: the value ends at the space or comma before the label's first word
                int w = i - 1;
                while (w > from && Character.isLetter(text.charAt(w - 1))) {
                    w--;
                }
                int sep = w;
                while (sep > from && (text.charAt(sep - 1) == ' ' || text.charAt(sep - 1) == ',')) {
                    sep--;
                }
                return sep > from && sep < w ? sep : -1;
            }
            i++;
        }
        return i < n ? -1 : n;
    }
}
