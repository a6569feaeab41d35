package dev.veil.scan;

import dev.veil.detect.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The scan report: one self-contained HTML page (inline CSS, inline script, charts as inline
 * SVG; nothing loaded from anywhere) with the totals, a chart of findings per entity type, a
 * chart of objects by sensitivity, the objects with the most findings, the objects that could not
 * be inspected, and a table of every object that can be sorted and filtered. Every key and reason
 * is HTML-escaped. Like the records, it holds counts, never a value.
 */
public final class ScanReport {
    private static final int TOP = 10;

    private ScanReport() {
    }

    /** The page for these records of a scan of {@code source}, made at {@code when}. */
    public static String html(String source, List<ScanRecord> records, Instant when) {
        List<ScanRecord> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparing(ScanRecord::key));
        StringBuilder sb = new StringBuilder(8192 + records.size() * 300);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Veil scan: ").append(Html.escape(source)).append("</title><style>")
                .append(resource("report.css")).append("</style></head><body>\n");
        sb.append("<header><h1>Veil scan report</h1><p class=\"meta\">Source <code>").append(Html.escape(source))
                .append("</code> · ").append(Html.escape(when.toString()))
                .append(" · counts only, no personal data is shown</p></header>\n");
        totals(sb, sorted);
        sb.append("<section class=\"charts\"><div><h2>Findings by entity type</h2>")
                .append(SvgBarChart.render("Findings by entity type", typeBars(sorted)))
                .append("</div><div><h2>Objects by sensitivity</h2>")
                .append(SvgBarChart.render("Objects by sensitivity", levelBars(sorted)))
                .append("</div></section>\n");
        top(sb, sorted);
        uninspected(sb, sorted);
        ReportTable.append(sb, sorted);
        sb.append("<script>").append(resource("report.js")).append("</script></body></html>\n");
        return sb.toString();
    }

    private static void totals(StringBuilder sb, List<ScanRecord> records) {
        long scanned = count(records, ScanStatus.SCANNED);
        long withPii = records.stream().filter(r -> r.findings() > 0).count();
        long findings = records.stream().mapToLong(ScanRecord::findings).sum();
        long bytes = records.stream().mapToLong(ScanRecord::size).sum();
        sb.append("<section class=\"totals\">");
        total(sb, "objects", "objects", records.size());
        total(sb, "scanned", "scanned", scanned);
        total(sb, "with-pii", "with personal data", withPii);
        total(sb, "high", "high sensitivity", records.stream().filter(r -> r.level() == Sensitivity.HIGH).count());
        total(sb, "findings", "findings", findings);
        total(sb, "cannot-inspect", "cannot inspect", count(records, ScanStatus.CANNOT_INSPECT));
        total(sb, "errors", "errors", count(records, ScanStatus.ERROR));
        sb.append("<div class=\"total\"><span class=\"n\" id=\"total-bytes\" data-value=\"").append(bytes).append("\">")
                .append(ReportTable.size(bytes)).append("</span><span class=\"l\">total size</span></div>");
        sb.append("</section>\n");
    }

    private static void total(StringBuilder sb, String id, String label, long n) {
        sb.append("<div class=\"total\"><span class=\"n\" id=\"total-").append(id).append("\">").append(n)
                .append("</span><span class=\"l\">").append(label).append("</span></div>");
    }

    private static long count(List<ScanRecord> records, ScanStatus status) {
        return records.stream().filter(r -> r.status() == status).count();
    }

    private static List<SvgBarChart.Bar> typeBars(List<ScanRecord> records) {
        Map<EntityType, Long> byType = new EnumMap<>(EntityType.class);
        records.forEach(r -> r.counts().forEach((t, n) -> byType.merge(t, (long) n, Long::sum)));
        return byType.entrySet().stream()
                .sorted(Map.Entry.<EntityType, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new SvgBarChart.Bar(e.getKey().name(), e.getValue(), "type"))
                .collect(Collectors.toList());
    }

    private static List<SvgBarChart.Bar> levelBars(List<ScanRecord> records) {
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        for (Sensitivity level : List.of(Sensitivity.HIGH, Sensitivity.MEDIUM, Sensitivity.LOW, Sensitivity.NONE)) {
            bars.add(new SvgBarChart.Bar(level.label(), records.stream().filter(r -> r.level() == level).count(),
                    "level-" + level.label()));
        }
        bars.add(new SvgBarChart.Bar("not inspected", records.stream().filter(r -> r.level() == null).count(),
                "level-unknown"));
        return bars;
    }

    private static void top(StringBuilder sb, List<ScanRecord> records) {
        List<ScanRecord> top = records.stream().filter(r -> r.findings() > 0)
                .sorted(Comparator.comparingInt(ScanRecord::findings).reversed().thenComparing(ScanRecord::key))
                .limit(TOP).toList();
        sb.append("<section><h2>Top objects by findings</h2><ol id=\"top\">");
        for (ScanRecord r : top) {
            sb.append("<li><code>").append(Html.escape(r.key())).append("</code> <span class=\"badge level-")
                    .append(r.level().label()).append("\">").append(r.level().label()).append("</span> ")
                    .append(r.findings()).append(" findings: ").append(Html.escape(typeSummary(r))).append("</li>");
        }
        if (top.isEmpty()) {
            sb.append("<li class=\"none\">no object holds personal data</li>");
        }
        sb.append("</ol></section>\n");
    }

    static String typeSummary(ScanRecord r) {
        return r.counts().entrySet().stream()
                .sorted(Map.Entry.<EntityType, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey().name() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static void uninspected(StringBuilder sb, List<ScanRecord> records) {
        List<ScanRecord> bad = records.stream().filter(r -> r.status() != ScanStatus.SCANNED).toList();
        sb.append("<section><h2>Objects that could not be inspected</h2>");
        if (bad.isEmpty()) {
            sb.append("<p class=\"none\" id=\"uninspected\">none</p></section>\n");
            return;
        }
        sb.append("<table id=\"uninspected\"><thead><tr><th>key</th><th>status</th><th>format</th><th>reason</th>")
                .append("</tr></thead><tbody>");
        for (ScanRecord r : bad) {
            sb.append("<tr><td><code>").append(Html.escape(r.key())).append("</code></td><td>")
                    .append(r.status().label()).append("</td><td>").append(Html.escape(r.format()))
                    .append("</td><td>").append(Html.escape(r.reason())).append("</td></tr>");
        }
        sb.append("</tbody></table></section>\n");
    }

    private static String resource(String name) {
        try (InputStream in = ScanReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
