package dev.veil.document.ooxml;

import dev.veil.document.UnreadableDocumentException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;

/**
 * Removes the parts Veil cannot clean: thumbnails (a picture of page 1), embedded OLE objects and
 * packages, macros, ActiveX and printer settings (binary blobs), vector pictures (EMF/WMF/PICT draw
 * text, e.g. the preview of an embedded object), Excel's calculation chain, and anything else that
 * is neither XML nor a raster picture, sound, video or font. Relationships that pointed at a
 * removed part are removed with it; the ids are returned per source part so that the referencing
 * elements can be dropped from its XML.
 */
final class PartCleaner {
    private PartCleaner() {
    }

    static boolean isXml(PackagePart part) {
        String ct = part.getContentType();
        return ct.endsWith("+xml") || ct.equals("application/xml") || ct.equals("text/xml")
                || ct.equals("application/vnd.openxmlformats-officedocument.vmlDrawing");
    }

    static boolean mustRemove(PackagePart part) {
        String name = part.getPartName().getName().toLowerCase();
        String ct = part.getContentType().toLowerCase();
        if (name.startsWith("/docprops/thumbnail") || ct.equalsIgnoreCase(OoxmlNames.CALC_CHAIN_TYPE)) {
            return true;
        }
        if (isXml(part)) {
            return false;
        }
        if (ct.startsWith("image/")) {
            return ct.contains("emf") || ct.contains("wmf") || ct.contains("pict");
        }
        return !(ct.startsWith("audio/") || ct.startsWith("video/") || ct.contains("font"));
    }

    /** Removes every part that {@link #mustRemove}; returns source part name → removed relationship ids. */
    static Map<String, Set<String>> removeUncleanable(OPCPackage pkg) throws InvalidFormatException {
        List<PackagePart> doomed = new ArrayList<>();
        for (PackagePart p : pkg.getParts()) {
            if (!p.isRelationshipPart() && mustRemove(p)) {
                doomed.add(p);
            }
        }
        Set<URI> doomedNames = new HashSet<>();
        doomed.forEach(p -> doomedNames.add(p.getPartName().getURI()));
        Map<String, Set<String>> removedRefs = new HashMap<>();
        for (PackageRelationship rel : copy(pkg.getRelationships())) {
            if (pointsInto(rel, doomedNames)) {
                pkg.removeRelationship(rel.getId());
            }
        }
        for (PackagePart p : pkg.getParts()) {
            if (p.isRelationshipPart() || doomed.contains(p)) {
                continue;
            }
            for (PackageRelationship rel : copy(p.getRelationships())) {
                if (pointsInto(rel, doomedNames)) {
                    p.removeRelationship(rel.getId());
                    removedRefs.computeIfAbsent(p.getPartName().getName(), k -> new HashSet<>()).add(rel.getId());
                }
            }
        }
        for (PackagePart p : doomed) {
            try {
                pkg.removePart(p);
            } catch (RuntimeException e) {
                throw new UnreadableDocumentException("cannot remove an uncleanable part");
            }
        }
        return removedRefs;
    }

    private static List<PackageRelationship> copy(Iterable<PackageRelationship> rels) {
        List<PackageRelationship> list = new ArrayList<>();
        rels.forEach(list::add);
        return list;
    }

    private static boolean pointsInto(PackageRelationship rel, Set<URI> names) {
        if (rel.getTargetMode() == TargetMode.EXTERNAL) {
            return false;
        }
        try {
            URI target = PackagingURIHelper.resolvePartUri(rel.getSourceURI(), rel.getTargetURI());
            return names.contains(target);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
