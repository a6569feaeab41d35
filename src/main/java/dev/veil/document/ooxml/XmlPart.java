package dev.veil.document.ooxml;

import java.util.HashSet;
import java.util.Set;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.w3c.dom.Document;

/**
 * One XML part of an open package: its parsed DOM, whether a segment changed it (only changed parts
 * are written back), and the shared-formula groups whose master formula was dropped (their
 * dependent cells must lose their formulas too, or they would point at nothing).
 */
final class XmlPart {
    private final PackagePart part;
    private final Document dom;
    private final Set<String> droppedSharedFormulas = new HashSet<>();
    private boolean changed;

    XmlPart(PackagePart part, Document dom) {
        this.part = part;
        this.dom = dom;
    }

    PackagePart part() {
        return part;
    }

    Document dom() {
        return dom;
    }

    boolean changed() {
        return changed;
    }

    void markChanged() {
        changed = true;
    }

    Set<String> droppedSharedFormulas() {
        return droppedSharedFormulas;
    }
}
