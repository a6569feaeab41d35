package dev.veil.document.ooxml;

/** Namespace URIs and content types of the OOXML vocabularies Veil reads. */
final class OoxmlNames {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    static final String S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    static final String P = "http://schemas.openxmlformats.org/presentationml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String VML_OFFICE = "urn:schemas-microsoft-com:office:office";
    static final String THREADED_COMMENTS = "http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments";
    static final String XML = "http://www.w3.org/XML/1998/namespace";

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    static final String SHARED_STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
    static final String CALC_CHAIN_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml";

    private OoxmlNames() {
    }

    /** The media type of a package whose main part has {@code mainContentType}, or null. */
    static String mediaTypeOfMainPart(String mainContentType) {
        return switch (mainContentType) {
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" -> DOCX;
            case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml" -> XLSX;
            case "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml" -> PPTX;
            default -> null;
        };
    }

    /**
     * Namespaces of the OOXML vocabularies themselves, whose leaf elements hold numbers and codes
     * (offsets, ids, colours) and are read only through {@link TextRules}. Everything else —
     * document properties, custom XML data, SVG — is data: every leaf text is inspected.
     */
    static boolean isStructural(String ns) {
        if (ns == null) {
            return false;
        }
        if (ns.startsWith("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties")
                || ns.startsWith("http://schemas.openxmlformats.org/officeDocument/2006/custom-properties")
                || ns.startsWith("http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes")) {
            return false;
        }
        return ns.startsWith("http://schemas.openxmlformats.org/")
                || ns.startsWith("http://schemas.microsoft.com/office/")
                || ns.startsWith("urn:schemas-microsoft-com:")
                || ns.equals(XML);
    }
}
