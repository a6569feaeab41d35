package dev.veil.scan;

import java.util.List;
import java.util.Locale;

/**
 * The report's table of every object: one row per record with sort keys in {@code data-}
 * attributes (the page's script sorts and filters rows; without script the table is still
 * complete, in key order).
 */
final class ReportTable {
    private static final List<String[]> COLUMNS = List.of(
            new String[] {"key", "text"}, new String[] {"format", "text"}, new String[] {"size", "num"},
            new String[] {"status", "text"}, new String[] {"level", "num"}, new String[] {"findings", "num"},
            new String[] {"max score", "num"}, new String[] {"types", "text"});

    private ReportTable() {
    }

    static void append(StringBuilder sb, List<ScanRecord> records) {
        sb.append("<section><h2>All objects</h2><div class=\"filters\">")
                .append("<input id=\"filter\" type=\"search\" placeholder=\"filter by key, type, format or status\">")
                .append("<select id=\"level-filter\"><option value=\"\">any level</option>")
                .append("<option>high</option><option>medium</option><option>low</option><option>none</option>")
                .append("<option value=\"unknown\">not inspected</option></select>")
                .append(" <span id=\"shown\">").append(records.size()).append("</span> of ").append(records.size())
                .append(" shown</div><table id=\"objects\"><thead><tr>");
        for (int i = 0; i < COLUMNS.size(); i++) {
            sb.append("<th data-col=\"").append(i).append("\" data-type=\"").append(COLUMNS.get(i)[1])
                    .append("\" title=\"sort\">").append(COLUMNS.get(i)[0]).append("</th>");
        }
        sb.append("</tr></thead><tbody>");
        for (ScanRecord r : records) {
            String level = r.level() == null ? "unknown" : r.level().label();
            int levelRank = r.level() == null ? -1 : r.level().ordinal();
            String types = ScanReport.typeSummary(r);
            sb.append("<tr data-level=\"").append(level).append("\" data-search=\"")
                    .append(Html.escape(ScanReport.lower(r.key() + " " + types + " " + r.format() + " "
                            + r.status().label())))
                    .append("\">");
            cell(sb, r.key(), "<code>" + Html.escape(r.key()) + "</code>");
            cell(sb, r.format(), Html.escape(r.format()));
            cell(sb, Long.toString(r.size()), size(r.size()));
            cell(sb, r.status().label(), r.status().label()
                    + (r.reason() == null ? "" : "<div class=\"reason\">" + Html.escape(r.reason()) + "</div>"));
            cell(sb, Integer.toString(levelRank), "<span class=\"badge level-" + level + "\">"
                    + (r.level() == null ? "–" : level) + "</span>");
            cell(sb, Integer.toString(r.findings()), Integer.toString(r.findings()));
            String score = String.format(Locale.ROOT, "%.2f", r.maxScore());
            cell(sb, score, r.findings() == 0 ? "" : score);
            cell(sb, types, Html.escape(types));
            sb.append("</tr>");
        }
        sb.append("</tbody></table></section>\n");
    }

    private static void cell(StringBuilder sb, String sortKey, String html) {
        sb.append("<td data-sort=\"").append(Html.escape(sortKey)).append("\">").append(html).append("</td>");
    }

    /** A byte count for people: B, KB, MB, GB (powers of 1024). */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, v < 10 ? "%.1f %s" : "%.0f %s", v, units[u]);
    }
}
