package dev.veil.document.ooxml;

import java.util.Base64;

/** A tiny picture for documents built in tests. */
final class OfficeCorpusImages {
    /** A 1x1 grey PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNoaGgAAAMEAYFL09IQAAAAAElFTkSuQmCC");

    private OfficeCorpusImages() {
    }
}
