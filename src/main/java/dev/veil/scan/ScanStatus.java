package dev.veil.scan;

/** What became of one object in a scan. */
public enum ScanStatus {
    /** Its text was read and searched. */
    SCANNED("scanned"),
    /** Veil cannot read its text (unsupported type, encrypted, corrupt, over a limit). */
    CANNOT_INSPECT("cannot-inspect"),
    /** Reading it failed (network, permissions, an unexpected failure); a resumed scan tries it again. */
    ERROR("error");

    private final String label;

    ScanStatus(String label) {
        this.label = label;
    }

    /** The name used in records and reports. */
    public String label() {
        return label;
    }

    public static ScanStatus ofLabel(String label) {
        for (ScanStatus s : values()) {
            if (s.label.equals(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status '" + label + "'");
    }
}
