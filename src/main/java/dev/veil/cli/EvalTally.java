package dev.veil.cli;

import dev.veil.detect.Finding;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Counts for precision and recall over labelled cases. */
final class EvalTally {
    int cases;
    int expected;
    int found;
    int truePositives;
    int falsePositives;

    /** The outcome of one case: expected spans hit and missed, findings right and wrong. */
    record Case(int expected, int hit, int findings, int falsePositives) {
        boolean perfect() {
            return hit == expected && falsePositives == 0;
        }

        @Override
        public String toString() {
            return "expected=" + expected + " hit=" + hit + " fp=" + falsePositives;
        }
    }

    static Case score(List<int[]> expected, List<Finding> findings) {
        int hit = 0;
        for (int[] e : expected) {
            for (Finding f : findings) {
                if (f.start() < e[1] && e[0] < f.end()) {
                    hit++;
                    break;
                }
            }
        }
        int fp = 0;
        for (Finding f : findings) {
            boolean any = false;
            for (int[] e : expected) {
                any |= f.start() < e[1] && e[0] < f.end();
            }
            if (!any) {
                fp++;
            }
        }
        return new Case(expected.size(), hit, findings.size(), fp);
    }

    void add(Case c) {
        cases++;
        expected += c.expected();
        truePositives += c.hit();
        found += c.findings();
        falsePositives += c.falsePositives();
    }

    double precision() {
        int correct = found - falsePositives;
        return found == 0 ? 1.0 : (double) correct / found;
    }

    double recall() {
        return expected == 0 ? 1.0 : (double) truePositives / expected;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static void printTable(PrintWriter out, String header, Map<String, EvalTally> rows) {
        out.println("| " + header + " | cases | expected | found | TP | FN | FP | precision | recall | F1 |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        EvalTally all = new EvalTally();
        for (var e : rows.entrySet()) {
            out.println(row(e.getKey(), e.getValue()));
            EvalTally t = e.getValue();
            all.cases += t.cases;
            all.expected += t.expected;
            all.found += t.found;
            all.truePositives += t.truePositives;
            all.falsePositives += t.falsePositives;
        }
        out.println(row("**all supported (micro)**", all));
    }

    private static String row(String name, EvalTally t) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %.3f | %.3f | %.3f |", name,
                t.cases, t.expected, t.found, t.truePositives, t.expected - t.truePositives, t.falsePositives,
                t.precision(), t.recall(), t.f1());
    }
}
