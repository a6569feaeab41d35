package dev.veil.scan;

import java.io.IOException;

/** A source failure with a reason fit for a record or a message (a status code, never object content). */
public class ScanSourceException extends IOException {
    public ScanSourceException(String reason) {
        super(reason);
    }
}
