package dev.veil.document.ooxml;

import dev.veil.document.DocumentFormat;
import dev.veil.document.DocumentLimits;
import dev.veil.document.OpenDocument;
import dev.veil.document.UnreadableDocumentException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;

/**
 * Word, Excel and PowerPoint documents (DOCX, XLSX, PPTX), read and rewritten at the OPC/XML
 * level with POI: one code path for the three. Every XML part is walked for text (body, headers,
 * footers, notes, comments and their authors, tracked changes, field codes, alt text, shared and
 * inline strings, formulas, sheet and defined names, chart caches, document properties), external
 * link targets are rewritten through POI's relationship API, and parts that cannot be cleaned
 * (thumbnails, OLE objects, macros, vector previews) are removed. Immutable and thread-safe.
 */
public final class OoxmlFormat implements DocumentFormat {
    @Override
    public String name() {
        return "ooxml";
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of(OoxmlNames.DOCX, OoxmlNames.XLSX, OoxmlNames.PPTX);
    }

    @Override
    public OpenDocument open(byte[] bytes, DocumentLimits limits) {
        PackageGuard.check(bytes, limits);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
        } catch (InvalidFormatException | IOException | NotOfficeXmlFileException e) {
            throw new UnreadableDocumentException("not a readable OOXML package");
        } catch (RuntimeException e) {
            throw new UnreadableDocumentException("corrupt OOXML package");
        }
        String mediaType;
        try {
            mediaType = mediaTypeOf(pkg);
        } catch (RuntimeException e) {
            pkg.revert();
            throw e;
        }
        return OoxmlDocument.read(pkg, mediaType, limits);
    }

    private static String mediaTypeOf(OPCPackage pkg) {
        var rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (rels.isEmpty()) {
            throw new UnreadableDocumentException("OOXML package without a main document part"
                    + " (strict OOXML is not supported)");
        }
        PackageRelationship rel = rels.getRelationship(0);
        PackagePart main = pkg.getPart(rel);
        String mediaType = main == null ? null : OoxmlNames.mediaTypeOfMainPart(main.getContentType());
        if (mediaType == null) {
            throw new UnreadableDocumentException("unsupported OOXML package type (only DOCX, XLSX and PPTX,"
                    + " no templates or macro-enabled files)");
        }
        return mediaType;
    }
}
