package dev.veil.detect;

import java.util.List;
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
 * ";"), a record's label ("contact: name: …") or the text, so a sentence that ends in "address:" is
 * no label; a key is read backwards from its equals sign ({@code first_name=…},
 * {@code customer.1.address=…}). A label is short (at most {@link #MAX_WORDS} words) and made only of
 * the words of the lists below, so "Please confirm your address:" and "IP address:" are not address
 * labels. Its words are compared in lower case, split at underscores, hyphens, dots, case changes
 * and digits ("shippingAddress", "address_line1", "addr-2"). The lists cover English and the labels
 * of the main European languages, and some others.
 *
 * <p>Stateless and allocation-light: a label is turned into words only after its last word passed
 * a test by hash ({@link #mayEndLabel}).
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
        PLACE,
        /**
         * A firm, a product, a room, a team or another thing ("company", "product name", "bank name",
         * "room", "breed"): its value is no person ("room: Ada Lovelace", "product name: Marco Polo
         * Travel Adapter").
         */
        THING
    }

    /** Words before "name" in the label of a thing's name ("product name", "bank name", "legal entity name"). */
    private static final Set<String> THING_QUALIFIERS = setOf("user", "login", "screen", "product", "bank", "store",
            "shop", "app", "application",
            "company", "file", "host", "server", "project", "event", "organisation", "organization", "org", "branch",
            "entity", "trading", "employer", "business", "brand", "item", "pet", "team", "department", "street", "road",
            "building", "hotel", "venue", "site", "school", "university", "college", "course", "drug", "medication",
            "medicine", "device", "model", "network", "domain", "database", "table", "field", "column", "variable",
            "queue", "service", "plan", "package", "campaign", "programme", "program", "style", "font", "colour",
            "color", "city", "town", "country", "place", "location", "room", "station", "airport", "port", "ship",
            "vessel", "vehicle", "plant", "species", "breed", "bucket", "cluster", "instance", "region", "zone",
            "job", "task", "report", "document", "form", "template", "group", "channel", "list", "account type",
            "insurer", "scheme", "fund", "policy", "product's", "firm", "practice", "clinic", "hospital", "pharmacy",
            "supplier", "vendor", "carrier", "airline", "merchant", "retailer", "shopping", "mall",
            "estate", "development", "property", "wifi", "ssid", "printer", "computer", "machine", "container",
            "image", "tag", "key", "secret", "certificate", "index", "schema", "topic", "stream", "function");
    /** Labels of a thing that bears a name: a firm, a product, a place in a building, a kind. */
    private static final Set<String> THING_LABELS = setOf("company", "organisation", "organization", "org",
            "employer", "supplier", "vendor", "brand", "bank", "product", "item", "model", "device", "host", "hostname",
            "server", "app", "application", "store", "shop", "branch", "venue", "room", "hall", "preferred hall",
            "building", "project", "team", "department", "dept", "division", "category", "event", "service", "plan",
            "tier", "type", "status", "decision", "purpose", "species", "breed", "pet", "colour", "color", "size",
            "make", "carrier", "courier", "airline", "hotel", "chain", "publisher", "industry", "sector", "job title",
            "position", "occupation", "relationship", "currency", "language", "insurer", "school", "university",
            "college", "hospital", "clinic", "practice", "surgery", "pharmacy", "where", "found at", "collection point",
            "contents", "description", "meeting room", "location", "workspace", "desk", "queue", "channel", "group",
            "legal entity", "entity", "firm", "agency", "account type", "product type", "manufacturer", "operator",
            "network", "platform", "campaign", "programme", "program", "course", "module", "ward", "unit type",
            "empresa", "firma", "société", "societe", "entreprise", "azienda", "banco", "banque");
    /** Labels of a place: a town, a country, a region. */
    private static final Set<String> PLACE_LABELS = setOf("city", "town", "country", "state", "province", "region",
            "county", "district", "suburb", "locality", "municipality", "village", "prefecture", "nationality",
            "citizenship", "country of birth", "place of birth", "birthplace", "city of birth", "town of birth",
            "country of residence", "destination", "origin", "departure", "arrival", "venue", "branch", "campus",
            "depot", "warehouse", "port", "airport", "hub", "territory", "city town", "town city", "state province",
            "city state", "home town", "hometown", "stadt", "ort", "land", "ville", "pays", "ciudad", "país", "pais",
            "città", "citta", "cidade", "stad", "miasto", "kraj");

    /** Words that end an address label: the address itself. */
    private static final Set<String> ADDRESS_HEADS = setOf("address", "addresses", "addr", "adress", "street", "streetaddress",
            "adresse", "adres", "adresa", "anschrift", "straße", "strasse", "dirección", "direccion", "domicilio",
            "indirizzo", "endereço", "endereco", "morada", "ulica", "residence", "straat", "cím", "lakcím", "adress",
            "osoite", "naslov", "adresă", "adresa", "alamat", "διεύθυνση", "адрес", "адреса");
    /** Words after an address head: "address line 1", "addr 2", "street 1". */
    private static final Set<String> ADDRESS_TAILS = setOf("line", "1", "2", "3", "one", "two", "three", "first",
            "second");
    /** Words before an address head: whose and which address it is. */
    private static final Set<String> ADDRESS_QUALIFIERS = setOf("home", "current", "previous", "former", "prior",
            "permanent", "temporary", "residential", "postal", "mailing", "billing", "shipping", "delivery",
            "correspondence", "registered", "business", "work", "office", "street", "property", "site", "full",
            "your", "my", "his", "her", "their", "customer", "client", "patient", "employee", "tenant", "applicant",
            "new", "old", "forwarding", "return", "primary", "secondary", "alternate", "alternative", "contact",
            "physical", "legal", "invoice", "invoicing", "line", "1", "2", "3", "student", "member", "parent",
            "guardian", "emergency", "next", "of", "kin", "holder", "account", "owner", "head", "main", "private",
            "personal", "supplier", "vendor", "sender", "recipient", "consignee", "shipper", "pickup", "collection",
            "installation", "service", "landlord", "risk", "insured", "policyholder", "site's", "lieu", "guarantor",
            "beneficiary", "claimant", "borrower",
            "company", "premises", "residence", "correspondance", "home's", "actual", "usual", "postadresse",
            "wohn", "liefer", "rechnungs", "de", "du", "la", "facturation", "livraison", "domicile", "envío", "envio",
            "facturación", "facturacion", "di", "residenza", "spedizione", "fatturazione", "lieferadresse");
    /** One-word labels of a person's name, in English and the main European languages. */
    private static final Set<String> NAME_WORDS = setOf("surname", "surnames", "forename", "forenames", "firstname",
            "lastname", "fullname", "fname", "lname", "givenname", "givennames", "familyname", "middlename",
            "nachname", "vorname", "vornamen", "familienname", "nombre", "nombres", "apellido", "apellidos",
            "prénom", "prenom", "prénoms", "nom", "cognome", "nome", "sobrenome", "naam", "achternaam", "voornaam",
            "voornamen", "imię", "imie", "nazwisko", "efternamn", "förnamn", "fornavn", "etternavn", "efternavn",
            "sukunimi", "etunimi", "soyadı", "soyad", "adı", "név", "vezetéknév", "keresztnév", "namn", "efternamn",
            "navn", "nimi", "jméno", "příjmení", "nume", "prenume", "nama", "όνομα", "επώνυμο", "имя", "фамилия",
            "прізвище", "ім'я");
    /** Words before "name(s)" in the label of a person's name ("first name", "patient's full name"). */
    private static final Set<String> NAME_QUALIFIERS = setOf("first", "last", "full", "middle", "maiden", "given",
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
            "lead", "primary", "secondary", "alternate", "second", "third", "1", "2", "3", "1st", "2nd", "print", "printed",
            "receiver", "receiver's", "shipper", "addressee", "payee", "payer", "beneficiary", "contact's", "caller",
            "signer", "signer's", "holder's", "named", "insured's", "patient", "child's", "baby's", "emergency contact");
    /** Labels of a field that mostly holds a person: the value is a name when the lists know one of its words. */
    private static final Set<String> ROLE_LABELS = setOf("name", "names", "first", "last", "given", "family",
            "customer", "client", "contact", "contact person", "patient", "employee", "manager", "line manager",
            "owner", "tenant", "landlord", "applicant", "beneficiary", "payee", "payer", "guarantor", "witness",
            "attendee", "spouse", "partner", "insured", "policyholder", "policy holder", "claimant", "passenger",
            "guest", "member", "student", "pupil", "author", "recipient", "sender", "signatory", "agent", "driver",
            "doctor", "physician", "consultant", "nurse", "gp", "teacher", "parent", "guardian", "mother", "father",
            "director", "representative", "attn", "attention", "account holder", "card holder", "cardholder",
            "emergency contact", "next of kin", "kin", "signed by", "approved by", "prepared by", "requested by",
            "submitted by", "reviewed by", "authorised by", "authorized by", "assigned to", "referred by",
            "reported by", "checked by", "verified by", "witnessed by", "signed", "from", "to", "cc", "bcc",
            "reply to", "holder", "actor", "informant", "visiting", "vendor", "landlord name", "borrower",
            "co borrower", "lender contact", "buyer", "seller", "vendor contact",
            "candidate", "interviewer", "interviewee", "speaker", "host", "organiser", "organizer", "chair",
            "secretary", "caller", "visitor", "participant", "delegate", "traveller", "traveler", "occupant",
            "resident", "deceased", "donor", "executor", "trustee", "nominee", "referee", "defendant", "plaintiff",
            "respondent", "complainant", "victim", "suspect", "sales rep", "account manager", "case worker",
            "caseworker", "case officer", "handler", "assignee", "reporter", "owner name", "full", "person",
            "kontakt", "kunde", "cliente", "contacto", "contatto", "titular", "inhaber", "destinataire",
            "destinatario", "empfänger", "remitente", "absender", "expéditeur");

    /** Values that say a field holds nothing ("N/A", "null", "to follow"), compared whole, in lower case. */
    private static final Set<String> EMPTY_VALUES = setOf("n/a", "n.a.", "n.a", "na", "none", "nil", "null",
            "unknown", "redacted", "withheld", "tbc", "tba", "tbd", "pending", "various", "anonymous", "anon",
            "unassigned", "vacant", "pool", "rota", "test", "asdf", "xxx", "-", "--", "\u2014", "\u2013", "?", "self",
            "in-house", "company address", "registered office", "on file", "to follow", "not known", "not given",
            "not collected", "not provided", "not applicable", "not available", "no fixed abode", "none saved",
            "multiple", "nobody", "no one", "everyone", "all", "n/k", "nk", "undefined", "empty", "blank", "default",
            "unclaimed", "confidential", "private", "hidden", "removed", "deleted", "system", "admin", "user");
    /** What a value that says the field holds nothing starts with ("same as billing", "see above", "(redacted)"). */
    private static final String[] EMPTY_PREFIXES = {"same as ", "see ", "as above", "as below", "as per ", "as page",
        "as on ", "refer to ", "not ", "to be ", "on file", "on label", "n/a ", "none ", "redacted", "withheld",
        "(", "[", "<", "*", "{", "via ", "c/o registered", "multiple "};

    /** The {@link WordHash} of every word a label of these lists can end with, sorted. */
    private static final int[] LAST_WORDS = lastWordHashes(Kind.values());

    /** The {@link WordHash} of every word a label of one of {@code kinds} can end with, sorted. */
    public static int[] lastWordHashes(Kind... kinds) {
        java.util.TreeSet<Integer> last = new java.util.TreeSet<>();
        for (Kind kind : kinds) {
            List<Set<String>> lists = switch (kind) {
                case ADDRESS -> List.of(ADDRESS_HEADS, ADDRESS_TAILS);
                case PERSON_NAME -> List.of(NAME_WORDS, Set.of("name", "names"));
                case PERSON_ROLE -> List.of(ROLE_LABELS);
                case PLACE -> List.of(PLACE_LABELS);
                case THING -> List.of(THING_LABELS);
                case NONE -> List.of();
            };
            for (Set<String> labels : lists) {
                for (String label : labels) {
                    String word = label.substring(label.lastIndexOf(' ') + 1);
                    if (Character.isLetter(word.charAt(0))) {
                        last.add(WordHash.of(word));
                    }
                }
            }
        }
        return last.stream().mapToInt(Integer::intValue).toArray();
    }

    private FieldLabel() {
    }

    /**
     * Whether a label before the separator at {@code sep} can be one of these lists', by its last
     * word alone (the last letters before it, after spaces, digits and a bracket, from a capital
     * after a lower-case letter: "shippingAddress", "address_line1", "fullName (full name)"):
     * allocates nothing, so the many separators of a log ("id=…", "status=200") cost a few reads.
     */
    public static boolean mayEndLabel(String text, int sep) {
        int e = sep;
        while (e > 0 && sep - e < 8 && " )_-.0123456789".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        int s = e;
        while (s > 0 && e - s < 24 && Character.isLetter(text.charAt(s - 1))) {
            s--;
            if (s > 0 && Character.isUpperCase(text.charAt(s)) && Character.isLowerCase(text.charAt(s - 1))) {
                break; // "shippingAddress": its last word starts at the capital
            }
        }
        if (s == e || (s > 0 && Character.isLetter(text.charAt(s - 1)) && !Character.isUpperCase(text.charAt(s)))) {
            return false; // no letters, or a word longer than any label's
        }
        return java.util.Arrays.binarySearch(LAST_WORDS, WordHash.of(text, s, e)) >= 0;
    }

    /** A set of words; lists that grew by hand may name a word twice. */
    private static Set<String> setOf(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /**
     * Whether {@code text[start, end)} says that its field holds nothing: "N/A", "null", "TBD",
     * "same as billing", "see above", "(redacted)", "to follow".
     */
    public static boolean isEmptyValue(String text, int start, int end) {
        while (end > start && " .,;".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end - start > 40) {
            return false;
        }
        String v = text.substring(start, end).toLowerCase(Locale.ROOT);
        if (EMPTY_VALUES.contains(v)) {
            return true;
        }
        for (String p : EMPTY_PREFIXES) {
            if (v.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The colon or equals sign that ends a label right before {@code valueStart} (only spaces and
     * tabs between them after a colon, at most an opening quote after an equals sign:
     * {@code holder="Seán Ó Broin"}), or -1.
     */
    public static int separatorBefore(String text, int valueStart) {
        int k = valueStart - 1;
        if (k >= 0 && (text.charAt(k) == '"' || text.charAt(k) == '\'')) {
            k--;
            return k >= 0 && text.charAt(k) == '=' ? k : -1;
        }
        if (k >= 0 && text.charAt(k) == '=') {
            return k;
        }
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k--;
        }
        return k >= 0 && text.charAt(k) == ':' ? k : -1;
    }

    /** The kind of the label that ends at the colon or equals sign at {@code separator}. */
    public static Kind kind(String text, int separator) {
        if (!mayEndLabel(text, separator)) {
            return Kind.NONE; // most colons and equals signs: times, network addresses, log keys ("status=200")
        }
        String label = before(text, separator);
        return label == null ? Kind.NONE : kind(label);
    }

    /**
     * The kind of a label given as {@link #before} gives it (lower-case words, one space apart).
     * A label of several words that the lists do not know is read by its last word when that
     * names a person's field, a place or a thing ("customer first", a nested key, reads as
     * "first"; "branch manager" as "manager"), never as an address ("web address" stays unknown).
     */
    static Kind kind(String label) {
        Kind k = kindOfWhole(label);
        int space = label.lastIndexOf(' ');
        if (k != Kind.NONE || space < 0) {
            return k;
        }
        Kind last = kindOfWhole(label.substring(space + 1));
        return last == Kind.ADDRESS || last == Kind.PERSON_NAME ? Kind.NONE : last;
    }

    private static Kind kindOfWhole(String label) {
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
        if (THING_LABELS.contains(label)) {
            return Kind.THING;
        }
        String last = words[words.length - 1];
        if (words.length == 1) {
            return NAME_WORDS.contains(last) ? Kind.PERSON_NAME : Kind.NONE;
        }
        if (NAME_WORDS.contains(last) || last.equals("name") || last.equals("names")) {
            Kind k = Kind.PERSON_NAME;
            for (int i = 0; i < words.length - 1; i++) {
                if (THING_QUALIFIERS.contains(words[i])) {
                    return Kind.THING; // "file name", "company name", "product name"
                }
                if (!NAME_QUALIFIERS.contains(words[i])) {
                    k = Kind.NONE; // "print name", "RECEIVER NAME": the value decides
                }
            }
            return k;
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
        if (text.charAt(colon) == '=') {
            return key(text, colon);
        }
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
            if (c == '\n' || c == '\r' || c == '|' || c == '\t' || c == ';' || (c == ':' && text.charAt(k + 1) == ' ')) {
                break; // a line, a cell, or a record's label before: "contact: name: Rosa Elena", "address: street: …"
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
        int open = end - 1;
        while (open > start && text.charAt(open) != '(') {
            open--; // within the label only: a search of the text before it would make a text of labels quadratic
        }
        if (last == ')' && open > start) {
            start = open + 1; // "fullName (full name)": the key's words
            end = end - 1;
        }
        String words = words(text, start, end);
        if (words.isEmpty() || spaces(words) >= MAX_WORDS) {
            return null;
        }
        return words;
    }

    /** The spaces in {@code s}, counted in a loop (a stream's pipeline was a tenth of the labelled address detector). */
    private static int spaces(String s) {
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            count += s.charAt(i) == ' ' ? 1 : 0;
        }
        return count;
    }

    /**
     * The key before the equals sign at {@code eq} ({@code first_name=}, {@code customer.1.address=},
     * {@code sender_name="…"}) as {@link #before} gives labels, or {@code null}: a run of letters,
     * digits, dots, underscores and hyphens after a space, a line's or the text's start, or one
     * of {@code | , ; { & ?}.
     */
    private static String key(String text, int eq) {
        int k = eq - 1;
        while (k >= 0 && eq - k <= MAX_LABEL) {
            char c = text.charAt(k);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-')) {
                break;
            }
            k--;
        }
        if (k == eq - 1 || eq - k > MAX_LABEL) {
            return null;
        }
        if (k >= 0 && " \t\n\r|,;{&?".indexOf(text.charAt(k)) < 0) {
            return null;
        }
        String words = words(text, k + 1, eq);
        // a dotted key's leading parts may be many ("app.customer.1.address"): its last five words are the label
        String[] parts = words.split(" ");
        if (parts.length > MAX_WORDS) {
            words = String.join(" ", java.util.Arrays.copyOfRange(parts, parts.length - MAX_WORDS, parts.length));
        }
        return words.isEmpty() || !Character.isLetter(words.charAt(0)) && parts.length == 1 ? null : words;
    }

    /** Lower-case words of {@code text[start, end)}, split at non-letters, case changes and digits. */
    static String words(String text, int start, int end) {
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
     * Where the value that starts at {@code from} ends: at its closing quote when it starts with one
     * ({@code holder="Seán Ó Broin"}); else at the line's end, a cell's end ("|", a tab, ";"), a
     * gap of two spaces or more (columns of a form), a sentence's end (a dot, a space and a capital,
     * not after an abbreviation), a "<" ("From: Ann Lee &lt;ann@…&gt;"), or before the next label or
     * key on the same line ("Name: Ann Lee Phone: …", "…, City: Lyon", "first_name=Ann last_name=Lee");
     * -1 when the value runs past {@link #MAX_VALUE} characters.
     */
    public static int valueEnd(String text, int from) {
        int n = text.length();
        int limit = Math.min(n, from + MAX_VALUE);
        if (from < n && (text.charAt(from) == '"' || text.charAt(from) == '\'')) {
            char quote = text.charAt(from);
            for (int i = from + 1; i < limit; i++) {
                char c = text.charAt(i);
                if (c == quote) {
                    return i + 1;
                }
                if (c == '\n' || c == '\r') {
                    return -1;
                }
            }
            return -1;
        }
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
            if ((c == ':' || c == '=') && i > from && Character.isLetter(text.charAt(i - 1))) {
                // a label or key inside the value: the value ends at the space or comma before its first word
                int w = i - 1;
                while (w > from && (Character.isLetterOrDigit(text.charAt(w - 1)) || (c == '=' && ("._-".indexOf(text.charAt(w - 1)) >= 0)))) {
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
