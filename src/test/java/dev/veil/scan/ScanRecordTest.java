package dev.veil.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScanRecordTest {
    @Test
    void jsonLineHasTheDocumentedFieldsInOrder() {
        ScanRecord r = ScanRecord.scanned(new ObjectRef("dir/a \"b\".csv", "abc", 42), "v1", "csv",
                SensitivityTest.parse("NAME=2,EMAIL=1"), 0.91234);
        assertEquals("{\"key\":\"dir/a \\\"b\\\".csv\",\"versionId\":\"v1\",\"etag\":\"abc\",\"size\":42,"
                + "\"format\":\"csv\",\"status\":\"scanned\",\"reason\":null,\"findings\":3,"
                + "\"types\":{\"EMAIL\":1,\"NAME\":2},\"maxScore\":0.912,\"level\":\"medium\"}", r.toJson());
    }

    @Test
    void recordsSurviveARoundTrip() {
        ScanRecord scanned = ScanRecord.scanned(new ObjectRef("k", "e", 1), null, "pdf",
                SensitivityTest.parse("SSN=1"), 1.0).withTagging("written");
        ScanRecord refused = ScanRecord.notScanned(new ObjectRef("z.zip", "e2", 9), null, "application/zip",
                ScanStatus.CANNOT_INSPECT, "unsupported document type application/zip");
        assertEquals(scanned, ScanRecord.parse(scanned.toJson()));
        assertEquals(refused, ScanRecord.parse(refused.toJson()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"key\":\"a\"", "[]", "{\"etag\":\"x\"}", "{\"key\":\"a\",\"etag\":\"e\",\"status\":\"odd\"}"})
    void malformedLinesAreRejected(String line) {
        assertThrows(IllegalArgumentException.class, () -> ScanRecord.parse(line));
    }
}
