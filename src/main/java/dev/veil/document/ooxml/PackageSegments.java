package dev.veil.document.ooxml;

import dev.veil.document.Segment;
import dev.veil.document.TextUnit;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageProperties;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;

/**
 * Segments that live in the package rather than in an XML part: external relationship targets
 * (hyperlinks such as {@code mailto:}, linked files whose paths name users) and the core document
 * properties. Both are changed through POI's API: writing {@code .rels} or {@code core.xml} by
 * hand corrupted documents in testing.
 */
final class PackageSegments {
    private PackageSegments() {
    }

    /** Adds a unit for every external relationship of the package and of {@code parts}. */
    static void relationshipTargets(OPCPackage pkg, List<PackagePart> parts, List<TextUnit> units)
            throws InvalidFormatException {
        for (PackageRelationship rel : pkg.getRelationships()) {
            if (rel.getTargetMode() == TargetMode.EXTERNAL) {
                units.add(TextUnit.of(new ExternalTarget(rel, pkg::removeRelationship,
                        (target, r) -> pkg.addExternalRelationship(target, r.getRelationshipType(), r.getId()))));
            }
        }
        for (PackagePart part : parts) {
            for (PackageRelationship rel : part.getRelationships()) {
                if (rel.getTargetMode() == TargetMode.EXTERNAL) {
                    units.add(TextUnit.of(new ExternalTarget(rel, part::removeRelationship,
                            (target, r) -> part.addExternalRelationship(target, r.getRelationshipType(), r.getId()))));
                }
            }
        }
    }

    /** Adds a unit for every text-valued core property (creator, title, keywords, …). */
    static void coreProperties(PackageProperties p, List<TextUnit> units) {
        add(units, p::getCreatorProperty, p::setCreatorProperty);
        add(units, p::getLastModifiedByProperty, p::setLastModifiedByProperty);
        add(units, p::getTitleProperty, p::setTitleProperty);
        add(units, p::getSubjectProperty, p::setSubjectProperty);
        add(units, p::getDescriptionProperty, p::setDescriptionProperty);
        add(units, p::getKeywordsProperty, p::setKeywordsProperty);
        add(units, p::getCategoryProperty, p::setCategoryProperty);
        add(units, p::getContentStatusProperty, p::setContentStatusProperty);
        add(units, p::getIdentifierProperty, p::setIdentifierProperty);
        add(units, p::getVersionProperty, p::setVersionProperty);
        add(units, p::getRevisionProperty, p::setRevisionProperty);
        add(units, p::getLanguageProperty, p::setLanguageProperty);
    }

    private static void add(List<TextUnit> units, Supplier<Optional<String>> getter, Consumer<String> setter) {
        getter.get().filter(v -> !v.isBlank())
                .ifPresent(v -> units.add(TextUnit.of(new Property(getter, setter))));
    }

    /** A core property, read and written through {@link PackageProperties}. */
    private record Property(Supplier<Optional<String>> getter, Consumer<String> setter) implements Segment {
        @Override
        public String text() {
            return getter.get().orElse("");
        }

        @Override
        public void replace(String newText) {
            setter.accept(newText);
        }
    }

    /** Adds a relationship again with a new target. */
    @FunctionalInterface
    private interface Relinker {
        void relink(String target, PackageRelationship old);
    }

    /**
     * The target of an external relationship, percent-decoded for detection (so that
     * {@code mailto:jane%40example.com} is seen as an address) and encoded again when written.
     */
    private static final class ExternalTarget implements Segment {
        private final Consumer<String> remover;
        private final Relinker relinker;
        private final PackageRelationship rel;
        private final String text;

        ExternalTarget(PackageRelationship rel, Consumer<String> remover, Relinker relinker) {
            this.rel = rel;
            this.remover = remover;
            this.relinker = relinker;
            this.text = decode(rel.getTargetURI().toString());
        }

        @Override
        public String text() {
            return text;
        }

        @Override
        public void replace(String newText) {
            remover.accept(rel.getId());
            relinker.relink(encode(newText), rel);
        }
    }

    static String decode(String target) {
        if (target.indexOf('%') < 0) {
            return target;
        }
        try {
            return java.net.URLDecoder.decode(target.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return target;
        }
    }

    /** Percent-encodes everything but the characters that may stand unencoded in a URI. */
    static String encode(String text) {
        StringBuilder sb = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~:/?#@!$&'()*+,;=".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        String encoded = sb.toString();
        try {
            new URI(encoded);
            return encoded;
        } catch (URISyntaxException e) {
            return "about:blank";
        }
    }
}
