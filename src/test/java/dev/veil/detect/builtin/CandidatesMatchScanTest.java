package dev.veil.detect.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.Detector;
import dev.veil.detect.Finding;
import dev.veil.detect.PatternDetector;
import dev.veil.detect.TextView;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in detector that takes its match starts from shared runs ({@link RunCandidates},
 * {@link NearKeywords}) finds exactly what the scan it replaced finds ({@link PatternDetector#scanning}),
 * on texts made of identifiers of every family, their near misses, keywords and separators.
 */
class CandidatesMatchScanTest {
    private static final String[] TOKENS = {
        // identifiers
        "18JPRV7kYkXVN8PgYebgyBM3YW2pktRrFC", "bc1qcuhytsfp69kdn6dd68eyyeex384c8yn76gky2y", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
        "BC1QCUHYTSFP69KDN6DD68EYYEEX384C8YN76GKY2Y", "AKIA5LKR4AQXVUPCTNWL", "ASIA5LKR4AQXVUPCTNWL",
        "JG103721A", "JG 10 37 21 A", "ce 99 01 42 b", "CE990142B", "AB12 3456C", "AB1234 56 D",
        "JOHNS802146AB9XY", "DOE99853126J99KL", "65581127P", "65581127-P", "0000000T", "X4701566K", "x5768631-r",
        "IBUCLB46T51E619O", "79251056267", "22 976 203 143", "19453042843", "010121-5941", "011152A453J",
        "190582a741b", "8537 5231 9874", "7700-2042-7596", "564136508438", "4932:5794:2660", "BXKPR4821Q",
        "AAACT9034F", "BXKZR4821Q", "TQW4829105", "UP-12-004-017-003/45", "S2367220J", "g8857866q",
        "1HGCM82633A004352", "WVWZZZ1JZXW000001", "AB51 ABC", "MK73XYZ", "mk73 xyz", "LB07SEO",
        "00:1A:2B:3C:4D:5E", "aa-bb-cc-dd-ee-ff", "0012.3456.789A", "ffff.ffff.ffff", "00:1A:2B:3C:4D",
        "VEILQQFF", "DEUTDEFF500", "123456789", "046 454 286", "123-456-782", "876 543 210", "987654321",
        "123 456 789 012", "750 760 100 87", "8123456789", "5 123 456 789", "12345678901234567", "4111111111111111", "1234567",
        // near misses and ordinary words
        "AB", "ce", "in", "of", "2023", "12", "34", "56", "A", "b", "C", "bc1", "AKIA", "1A", "2B", "ab12",
        "0012", "3456", "789a", "12345", "123456", "X", "mk73", "UP", "RJ", "_", "id", "v2",
        // keywords
        "account", "acct", "bank account", "savings", "konto", "swift", "bic", "number", "the", "wallet",
        "licence", "nino", "vin", "plate", "pan", "aadhaar", "Account No", "job card", "MGNREGA", "RJ-05-112-009-021/1024",
    };
    private static final String[] SEPARATORS = {" ", " ", " ", "  ", "-", ":", ".", "/", ",", "\n", "_", "", "=", "(", ")"};

    static Stream<PatternDetector> detectorsWithCandidates() {
        List<Detector> all = new ArrayList<>();
        all.addAll(FinancialDetectors.all());
        all.addAll(NationalIdDetectors.all());
        all.addAll(MacAddressDetector.all());
        List<PatternDetector> out = new ArrayList<>();
        for (Detector d : all) {
            Detector inner = d instanceof KeywordGate gate ? gate.delegate() : d;
            if (inner instanceof PatternDetector p && p.hasCandidates()) {
                out.add(p);
            }
        }
        return out.stream();
    }

    @Test
    void theIdentifierFamiliesDeclareCandidates() {
        List<String> names = detectorsWithCandidates().map(PatternDetector::name).toList();
        assertTrue(names.containsAll(List.of("bitcoin-address", "aws-access-key", "uk-plate", "mac-address",
                "mac-address-cisco", "uk-national-insurance-number", "bank-account", "in-pan", "vin")), names.toString());
    }

    @ParameterizedTest
    @MethodSource("detectorsWithCandidates")
    void findsWhatTheScanFinds(PatternDetector detector) {
        PatternDetector scan = detector.scanning();
        Random random = new Random(detector.name().hashCode());
        int found = 0;
        for (int t = 0; t < 300; t++) {
            String text = randomText(random, 5 + random.nextInt(60));
            List<Finding> expected = scan.detect(new TextView(text));
            assertEquals(expected, detector.detect(new TextView(text)), () -> detector.name() + " on: " + text);
            found += expected.size();
        }
        assertTrue(found > 0, detector.name() + " found nothing to compare");
    }

    private static String randomText(Random random, int tokens) {
        return RandomTexts.tokens(random, TOKENS, SEPARATORS, tokens);
    }
}
