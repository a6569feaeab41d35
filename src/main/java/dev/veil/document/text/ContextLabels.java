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
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(n.charAt(i - 1))) {
                sb.append(' ');
            }
            sb.append(Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ');
        }
        return sb.toString().trim().replaceAll(" {2,}", " ");
    }
}
