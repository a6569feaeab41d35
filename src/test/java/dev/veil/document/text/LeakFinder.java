package dev.veil.document.text;

import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Looks for a seeded value in output bytes by its own means, not through the formats' readers:
 * the bytes are decoded (BOM, UTF-8, else windows-1252), then JSON {@code \\uXXXX} escapes, HTML
 * and XML character references and percent-escapes are undone, a copy without tags is added, case
 * is folded, and the value is
 * searched with any short run of separators between its letters and digit groups, so
 * {@code 123-45-6789} is also found as {@code 123 45 6789} or {@code 123456789}.
 */
final class LeakFinder {
    /** Tags, so a name split by inline markup ({@code <b>Grace</b> Kowalski}) is seen whole. */
    private static final Pattern MARKUP = Pattern.compile("<[^<>]{0,2000}>");
    private static final Pattern JSON_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

    private LeakFinder() {
    }

    static boolean contains(byte[] document, String value) {
        String hay = normalise(decode(document));
        return pattern(value).matcher(hay).find();
    }

    static String decode(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        String utf8 = new String(b, StandardCharsets.UTF_8);
        return utf8.indexOf('\uFFFD') < 0 ? utf8 : new String(b, Charset.forName("windows-1252"));
    }

    private static String normalise(String s) {
        Matcher m = JSON_ESCAPE.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(sb);
        String unescaped = Parser.unescapeEntities(sb.toString(), false);
        String decoded;
        try {
            decoded = URLDecoder.decode(unescaped.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            decoded = unescaped;
        }
        String withoutTags = MARKUP.matcher(decoded).replaceAll("");
        return (unescaped + "\n" + decoded + "\n" + withoutTags).toLowerCase(Locale.ROOT);
    }

    /** The value's letters and digits in order, with up to three separators (or a run of white space) between groups. */
    private static Pattern pattern(String value) {
        StringBuilder re = new StringBuilder();
        String v = value.toLowerCase(Locale.ROOT);
        boolean inGroup = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                re.append(Pattern.quote(String.valueOf(c)));
                inGroup = true;
            } else if (inGroup) {
                re.append("(?:[^\\p{L}\\p{N}]{0,3}|\\s{1,40})");
                inGroup = false;
            }
        }
        return Pattern.compile(re.toString());
    }
}
