package dev.veil.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.EntityType;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScanTagsTest {
    private static final ObjectRef REF = new ObjectRef("a.txt", "e", 1);

    @Test
    void tagsNameTheTypesInOrderAndTheLevel() {
        ScanRecord r = ScanRecord.scanned(REF, null, "text", SensitivityTest.parse("NAME=2,EMAIL=1,SSN=1"), 1.0);
        assertEquals(Map.of("pii", "true", "pii-level", "high", "pii-types", "EMAIL:NAME:SSN"), ScanTags.forRecord(r));
    }

    @Test
    void cleanObjectIsTaggedFalseWithoutTypes() {
        ScanRecord r = ScanRecord.scanned(REF, null, "text", Map.of(), 0);
        assertEquals(Map.of("pii", "false", "pii-level", "none"), ScanTags.forRecord(r));
    }

    @Test
    void typeListIsCutToWholeNamesWithinTheS3ValueLimit() {
        Map<EntityType, Integer> all = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            all.put(t, 1);
        }
        String value = ScanTags.typeList(all);
        assertTrue(value.length() <= ScanTags.MAX_VALUE_LENGTH, value.length() + "");
        assertTrue(value.length() > ScanTags.MAX_VALUE_LENGTH - 40, "fills the limit: " + value.length());
        for (String name : value.split(ScanTags.TYPE_SEPARATOR)) {
            EntityType.valueOf(name); // every piece is a whole type name
        }
    }

    @Test
    void mergeKeepsOtherTagsAndDropsAStaleTypeList() {
        Map<String, String> existing = new LinkedHashMap<>();
        existing.put("project", "blue");
        existing.put("pii", "true");
        existing.put("pii-types", "NAME");
        Map<String, String> merged = ScanTags.merge(existing, Map.of("pii", "false", "pii-level", "none"));
        assertEquals(Map.of("project", "blue", "pii", "false", "pii-level", "none"), merged);
    }

    @Test
    void mergeRefusesToExceedTenTags() {
        Map<String, String> existing = new LinkedHashMap<>();
        for (int i = 0; i < 9; i++) {
            existing.put("k" + i, "v");
        }
        assertThrows(IllegalStateException.class,
                () -> ScanTags.merge(existing, Map.of("pii", "true", "pii-level", "low")));
        existing.remove("k0");
        assertEquals(10, ScanTags.merge(existing, Map.of("pii", "true", "pii-level", "low")).size());
    }

    @Test
    void onlyScannedObjectsAreTagged() {
        ScanRecord r = ScanRecord.notScanned(REF, null, "application/zip", ScanStatus.CANNOT_INSPECT, "unsupported");
        assertThrows(IllegalArgumentException.class, () -> ScanTags.forRecord(r));
    }
}
