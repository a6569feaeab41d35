package dev.veil.document.text;

/** Makes a replacement safe inside a comment: it can neither close the comment nor make it invalid. */
final class CommentText {
    private CommentText() {
    }

    static String safe(String s) {
        String t = s;
        while (t.contains("--")) { // "---" becomes "- --" in one pass: repeat until no pair is left
            t = t.replace("--", "- -");
        }
        return t.endsWith("-") ? t + " " : t;
    }
}
