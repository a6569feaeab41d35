package dev.veil.cli;

import java.util.Random;

/**
 * A large mixed text for benchmarks: prose, CSV-like tables and log lines, with synthetic personal
 * data at a realistic density (roughly one value per 150 characters). Seeded, so runs compare.
 */
final class SyntheticCorpus {
    private static final String[] FIRST = {"Mary", "James", "Aisha", "Wei", "Olivia", "Mateo", "Priya",
        "Liam", "Sofia", "Kwame", "Hannah", "Yuki", "Noah", "Fatima", "Lucas", "Elena"};
    private static final String[] LAST = {"Smith", "Johnson", "Okafor", "Chen", "Garcia", "Patel",
        "Müller", "Nguyen", "O'Brien", "Kowalski", "Rossi", "Haddad", "Jones", "Tanaka", "Silva"};
    private static final String[] WORDS = ("the of and to in is was for on that with as by at from it "
            + "this be are or an which have not has but were their will may bill mark can all been one "
            + "would there they more other some time when report account contract payment review team "
            + "quarter revenue customer service policy update meeting project data system process order "
            + "invoice delivery schedule budget risk analysis record office support request version")
            .split(" ");
    private static final String[] STREETS = {"Main Street", "Oak Avenue", "Maple Road", "Park Lane",
        "Elm Drive", "Cedar Boulevard"};
    private static final String[] CITIES = {"Springfield, IL 62704", "Austin, TX 78701",
        "Portland, OR 97205", "Denver, CO 80202"};

    private SyntheticCorpus() {
    }

    /**
     * What the text is made of: prose, tables and logs in equal parts, or one kind only; or a
     * contact list whose phone numbers are written nationally, as address books and CRM exports
     * write them (the other kinds write every number with its calling code).
     */
    enum Kind { MIXED, PROSE, TABLE, LOG, CONTACTS }

    static String generate(int targetChars, long seed) {
        return generate(targetChars, seed, Kind.MIXED);
    }

    static String generate(int targetChars, long seed, Kind kind) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder(targetChars + 1024);
        while (sb.length() < targetChars) {
            int pick = switch (kind) {
                case MIXED -> r.nextInt(3);
                case PROSE -> 0;
                case TABLE -> 1;
                case LOG -> 2;
                case CONTACTS -> 3;
            };
            switch (pick) {
                case 0 -> prose(sb, r);
                case 1 -> table(sb, r);
                case 2 -> logs(sb, r);
                default -> contacts(sb, r);
            }
        }
        return sb.toString();
    }

    private static void prose(StringBuilder sb, Random r) {
        for (int s = 0; s < 6; s++) {
            int n = 8 + r.nextInt(14);
            for (int i = 0; i < n; i++) {
                String w = WORDS[r.nextInt(WORDS.length)];
                sb.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w).append(' ');
                if (r.nextInt(40) == 0) {
                    sb.append(name(r)).append(' ');
                }
            }
            switch (r.nextInt(8)) {
                case 0 -> sb.append("Contact ").append(email(r)).append(" or call ").append(phone(r));
                case 1 -> sb.append("Dear ").append(name(r)).append(", your card ").append(card(r)).append(" was charged");
                case 2 -> sb.append("She lives at ").append(1 + r.nextInt(9999)).append(' ')
                        .append(STREETS[r.nextInt(STREETS.length)]).append(", ").append(CITIES[r.nextInt(CITIES.length)]);
                case 3 -> sb.append("SSN ").append(ssn(r)).append(" on file since ").append(date(r));
                default -> sb.append("in ").append(2000 + r.nextInt(25)).append(" the total was ")
                        .append(r.nextInt(100000)).append(" units");
            }
            sb.append(". ");
        }
        sb.append("\n\n");
    }

    private static void table(StringBuilder sb, Random r) {
        sb.append("id,name,email,phone,iban,amount\n");
        for (int i = 0; i < 12; i++) {
            sb.append(r.nextInt(1_000_000)).append(',').append(name(r)).append(',').append(email(r)).append(',')
                    .append(phone(r)).append(',').append(iban(r)).append(',')
                    .append(r.nextInt(10000)).append('.').append(r.nextInt(100)).append('\n');
        }
        sb.append('\n');
    }

    private static void logs(StringBuilder sb, Random r) {
        for (int i = 0; i < 15; i++) {
            sb.append(date(r)).append("T1").append(r.nextInt(10)).append(':').append(10 + r.nextInt(50))
                    .append(":0").append(r.nextInt(10)).append("Z INFO request id=")
                    .append(Long.toHexString(r.nextLong())).append(" client=")
                    .append(10 + r.nextInt(200)).append('.').append(r.nextInt(256)).append('.')
                    .append(r.nextInt(256)).append('.').append(r.nextInt(256)).append(" user=")
                    .append(FIRST[r.nextInt(FIRST.length)].toLowerCase()).append(r.nextInt(100))
                    .append(" status=200 bytes=").append(r.nextInt(99999)).append(" latency_ms=")
                    .append(r.nextInt(900)).append('\n');
        }
    }

    private static void contacts(StringBuilder sb, Random r) {
        sb.append("name,email,phone,city\n");
        for (int i = 0; i < 12; i++) {
            String city = CITIES[r.nextInt(CITIES.length)];
            sb.append(name(r)).append(',').append(email(r)).append(',').append(nationalPhone(r)).append(",\"")
                    .append(city, 0, city.indexOf(',')).append("\"\n");
        }
        sb.append('\n');
    }

    /** A phone number as people write it at home: US, UK, German, French and Australian layouts. */
    private static String nationalPhone(Random r) {
        String[] areas = {"212", "415", "617", "312", "303", "713"};
        String area = areas[r.nextInt(areas.length)];
        int exchange = 200 + r.nextInt(800);
        return switch (r.nextInt(8)) {
            case 0 -> String.format("(%s) %d-%04d", area, exchange, r.nextInt(10000));
            case 1 -> String.format("%s-%d-%04d", area, exchange, r.nextInt(10000));
            case 2 -> String.format("1-800-%d-%04d", exchange, r.nextInt(10000));
            case 3 -> String.format("020 7946 %04d", r.nextInt(10000));
            case 4 -> String.format("07700 9%05d", r.nextInt(100000));
            case 5 -> String.format("030 %d", 1_000_000 + r.nextInt(9_000_000));
            case 6 -> String.format("01 %02d %02d %02d %02d", r.nextInt(100), r.nextInt(100), r.nextInt(100), r.nextInt(100));
            default -> String.format("02 9%03d %04d", r.nextInt(1000), r.nextInt(10000));
        };
    }

    private static String name(Random r) {
        return FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
    }

    private static String email(Random r) {
        return FIRST[r.nextInt(FIRST.length)].toLowerCase() + "." + LAST[r.nextInt(LAST.length)].toLowerCase()
                .replace("'", "").replace("ü", "u") + "@example.com";
    }

    private static String phone(Random r) {
        return String.format("+1 212-555-%04d", r.nextInt(10000));
    }

    private static String ssn(Random r) {
        return String.format("%03d-%02d-%04d", 100 + r.nextInt(500), 10 + r.nextInt(89), 1000 + r.nextInt(8999));
    }

    private static String date(Random r) {
        return String.format("20%02d-%02d-%02d", r.nextInt(25), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    /** A Luhn-valid 16-digit Visa-like number in groups of four. */
    private static String card(Random r) {
        int[] d = new int[16];
        d[0] = 4;
        for (int i = 1; i < 15; i++) {
            d[i] = r.nextInt(10);
        }
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            int v = d[i];
            if (i % 2 == 0) {
                v *= 2;
                if (v > 9) {
                    v -= 9;
                }
            }
            sum += v;
        }
        d[15] = (10 - sum % 10) % 10;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append(' ');
            }
            sb.append(d[i]);
        }
        return sb.toString();
    }

    /** A mod-97-valid German IBAN. */
    private static String iban(Random r) {
        StringBuilder bban = new StringBuilder();
        for (int i = 0; i < 18; i++) {
            bban.append(r.nextInt(10));
        }
        java.math.BigInteger n = new java.math.BigInteger(bban + "131400"); // "DE00" moved to the end
        int check = 98 - n.mod(java.math.BigInteger.valueOf(97)).intValue();
        return String.format("DE%02d", check) + bban;
    }
}
