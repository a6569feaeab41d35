package dev.veil.detect.builtin;

import dev.veil.detect.Detector;
import java.util.ArrayList;
import java.util.List;

/**
 * Financial, US/Canadian identifier and credential detectors: payment cards (number, CVV, expiry,
 * PIN), bank identifiers (IBAN, ABA routing, account number, SWIFT/BIC), SSN, ITIN, Canadian SIN,
 * Bitcoin addresses and AWS keys. Every detector is immutable and thread-safe.
 */
public final class FinancialDetectors {
    private FinancialDetectors() {
    }

    public static List<Detector> all() {
        List<Detector> all = new ArrayList<>();
        all.addAll(PaymentCardDetectors.all());
        all.addAll(BankDetectors.all());
        all.addAll(UsCanadaIdDetectors.all());
        all.addAll(WalletAndKeyDetectors.all());
        return List.copyOf(all);
    }
}
