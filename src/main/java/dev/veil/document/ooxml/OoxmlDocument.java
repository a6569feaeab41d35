package dev.veil.document.ooxml;

import static dev.veil.document.ooxml.OoxmlNames.R;
import static dev.veil.document.ooxml.OoxmlNames.S;
import static dev.veil.document.ooxml.OoxmlNames.VML_OFFICE;

import dev.veil.detect.Finding;
import dev.veil.document.DocumentLimits;
import dev.veil.document.OpenDocument;
import dev.veil.document.Replacer;
import dev.veil.document.TextUnit;
import dev.veil.document.UnreadableDocumentException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.util.XMLHelper;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * An open DOCX, XLSX or PPTX package: every XML part parsed with POI's hardened parser (no DTDs,
 * no external entities), its text collected as units, parts that cannot be cleaned already
 * removed. Not thread-safe; one per request.
 */
final class OoxmlDocument implements OpenDocument {
    private final OPCPackage pkg;
    private final String mediaType;
    private final List<XmlPart> parts;
    private final List<TextUnit> units;
    private final SharedStrings sharedStrings;

    private OoxmlDocument(OPCPackage pkg, String mediaType, List<XmlPart> parts, List<TextUnit> units,
                          SharedStrings sharedStrings) {
        this.pkg = pkg;
        this.sharedStrings = sharedStrings;
        this.mediaType = mediaType;
        this.parts = parts;
        this.units = List.copyOf(units);
    }

    /** Reads an opened package; closes it if reading fails. */
    static OoxmlDocument read(OPCPackage pkg, String mediaType, DocumentLimits limits) {
        try {
            Map<String, Set<String>> removedRefs = PartCleaner.removeUncleanable(pkg);
            List<XmlPart> parts = new ArrayList<>();
            List<PackagePart> sources = new ArrayList<>();
            for (PackagePart p : pkg.getParts()) {
                if (p.isRelationshipPart() || p instanceof PackagePropertiesPart) {
                    continue;
                }
                sources.add(p);
                if (PartCleaner.isXml(p)) {
                    XmlPart xml = new XmlPart(p, parse(p));
                    dropReferences(xml, removedRefs.getOrDefault(p.getPartName().getName(), Set.of()));
                    parts.add(xml);
                }
            }
            // shared strings first: worksheet rows refer to their units
            parts.sort(Comparator.comparing(p -> !OoxmlNames.SHARED_STRINGS_TYPE.equals(p.part().getContentType())));
            SharedStrings sharedStrings = new SharedStrings();
            Set<String> sheetNames = new HashSet<>();
            List<TextUnit> units = new ArrayList<>();
            for (XmlPart part : parts) {
                PartWalker.collect(part, sharedStrings, sheetNames, limits.maxNestingDepth(), units);
            }
            PackageSegments.relationshipTargets(pkg, sources, units);
            PackageSegments.coreProperties(pkg.getPackageProperties(), units);
            return new OoxmlDocument(pkg, mediaType, parts, units, sharedStrings);
        } catch (InvalidFormatException | RuntimeException e) {
            pkg.revert();
            if (e instanceof UnreadableDocumentException u) {
                throw u;
            }
            throw new UnreadableDocumentException("malformed OOXML package");
        }
    }

    private static Document parse(PackagePart p) {
        try (InputStream in = p.getInputStream()) {
            return DocumentHelper.readDocument(in);
        } catch (IOException | SAXException e) {
            // POI's parser refuses DOCTYPE declarations, so an XXE attempt ends here too
            throw new UnreadableDocumentException("unparseable or unsafe XML part (DTDs and entities are refused)");
        }
    }

    /**
     * Removes references to relationships whose target part was removed: the element when it
     * exists only for the reference (an OLE object, an embedded workbook of a chart), otherwise
     * just the attribute.
     */
    private static void dropReferences(XmlPart part, Set<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        NodeList all = part.dom().getElementsByTagNameNS("*", "*");
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            elements.add((Element) all.item(i));
        }
        for (Element e : elements) {
            NamedNodeMap attrs = e.getAttributes();
            for (int i = attrs.getLength() - 1; i >= 0; i--) {
                Attr a = (Attr) attrs.item(i);
                boolean reference = R.equals(a.getNamespaceURI())
                        || (VML_OFFICE.equals(a.getNamespaceURI()) && "relid".equals(a.getLocalName()));
                if (!reference || !ids.contains(a.getValue())) {
                    continue;
                }
                if (Set.of("OLEObject", "oleObject", "oleObj", "externalData", "altChunk", "control")
                        .contains(e.getLocalName()) && e.getParentNode() != null) {
                    e.getParentNode().removeChild(e);
                    break;
                }
                e.removeAttributeNode(a);
            }
        }
        part.markChanged();
    }

    @Override
    public String mediaType() {
        return mediaType;
    }

    @Override
    public List<TextUnit> units() {
        return units;
    }

    /** Adds the findings made in worksheet rows on shared strings to the strings' own units. */
    @Override
    public byte[] rewrite(List<List<Finding>> findingsPerUnit, Replacer replacer) {
        return OpenDocument.super.rewrite(sharedStrings.project(findingsPerUnit), replacer);
    }

    @Override
    public byte[] save() {
        try {
            Transformer transformer = XMLHelper.newTransformer();
            for (XmlPart p : parts) {
                if (!p.changed()) {
                    continue;
                }
                dropDependentSharedFormulas(p);
                try (OutputStream out = p.part().getOutputStream()) {
                    transformer.transform(new DOMSource(p.dom()), new StreamResult(out));
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pkg.save(bytes);
            return ZipTimestamps.normalise(bytes.toByteArray());
        } catch (IOException | TransformerException e) {
            throw new IllegalStateException("cannot write the rewritten package", e);
        }
    }

    /** Cells that shared a dropped master formula lose their formula too and keep their values. */
    private static void dropDependentSharedFormulas(XmlPart p) {
        if (p.droppedSharedFormulas().isEmpty()) {
            return;
        }
        NodeList formulas = p.dom().getElementsByTagNameNS(S, "f");
        List<Element> doomed = new ArrayList<>();
        for (int i = 0; i < formulas.getLength(); i++) {
            Element f = (Element) formulas.item(i);
            if ("shared".equals(f.getAttribute("t")) && p.droppedSharedFormulas().contains(f.getAttribute("si"))) {
                doomed.add(f);
            }
        }
        for (Node f : doomed) {
            f.getParentNode().removeChild(f);
        }
    }

    @Override
    public void close() {
        pkg.revert();
    }
}
