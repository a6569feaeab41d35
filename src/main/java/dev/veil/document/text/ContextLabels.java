package dev.veil.document.text;

/**
 * Turns field names (CSV headers, JSON keys, XML element names) into context words that the
 * detectors' whole-word context matching can see: {@code phoneNumber}, {@code PHONE_NUMBER} and
 * {@code phone-number} all become {@code phone number}.
 */
final class ContextLabels {
    /** Longest label kept; a longer "header" is data, not a name. */
    private static final int MAX_LABEL = 64;

    private ContextLabels() {
    }

    static String words(String name) {
        String n = name.length() > MAX_LABEL ? name.substring(0, MAX_LABEL) : name;
        StringBuilder sb = new StringBuilder(n.length() + 4);
        boolean space = true; // no leading space, no two spaces in a row
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            boolean wordBreak = Character.isUpperCase(c) && i > 0 && Character.isLowerCase(n.charAt(i - 1));
            if (Character.isLetterOrDigit(c)) {
                if (wordBreak && !space) {
                    sb.append(' ');
                }
                sb.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                sb.append(' ');
                space = true;
            }
        }
        int end = sb.length();
        return end > 0 && sb.charAt(end - 1) == ' ' ? sb.substring(0, end - 1) : sb.toString();
    }
}
