package dev.veil.scan;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as inline SVG: one labelled bar per entry, scaled to the largest value.
 * Drawn on the server so the report needs no script or library to show it.
 */
final class SvgBarChart {
    /** One bar: its label, value and CSS class (for its colour). */
    record Bar(String label, long value, String cssClass) {
    }

    private static final int ROW = 22;
    private static final int LABEL_WIDTH = 272;
    private static final int BAR_WIDTH = 200;
    private static final int VALUE_WIDTH = 50;

    private SvgBarChart() {
    }

    static String render(String title, List<Bar> bars) {
        long max = bars.stream().mapToLong(Bar::value).max().orElse(0);
        int height = Math.max(1, bars.size()) * ROW + 4;
        int width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT,
                "<svg class=\"chart\" role=\"img\" aria-label=\"%s\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" "
                        + "xmlns=\"http://www.w3.org/2000/svg\">",
                Html.escape(title), width, height, width, height));
        if (bars.isEmpty()) {
            sb.append("<text x=\"0\" y=\"16\" class=\"empty\">nothing to show</text>");
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = i * ROW + 2;
            long w = max == 0 ? 0 : Math.max(b.value() > 0 ? 2 : 0, b.value() * BAR_WIDTH / max);
            sb.append(String.format(Locale.ROOT,
                    "<g class=\"bar\" data-label=\"%s\" data-value=\"%d\"><text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>"
                            + "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" class=\"%s\"/>"
                            + "<text x=\"%d\" y=\"%d\" class=\"value\">%d</text></g>",
                    Html.escape(b.label()), b.value(), LABEL_WIDTH - 8, y + 15, Html.escape(b.label()),
                    LABEL_WIDTH, y + 3, w, ROW - 6, Html.escape(b.cssClass()),
                    LABEL_WIDTH + w + 6, y + 15, b.value()));
        }
        return sb.append("</svg>").toString();
    }
}
