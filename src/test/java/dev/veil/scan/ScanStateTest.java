package dev.veil.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanStateTest {
    @TempDir
    Path dir;

    private static ScanRecord scanned(String key, String etag) {
        return ScanRecord.scanned(new ObjectRef(key, etag, 3), null, "text", Map.of(), 0);
    }

    @Test
    void recordsAreKeptAcrossRunsAndMatchedByKeyAndEtag() throws Exception {
        Path file = dir.resolve("state.jsonl");
        try (ScanState s = ScanState.open(file)) {
            s.append(scanned("a", "e1"));
            s.append(scanned("b", "e2"));
        }
        try (ScanState s = ScanState.open(file)) {
            assertNotNull(s.doneRecord(new ObjectRef("a", "e1", 3)));
            assertNull(s.doneRecord(new ObjectRef("a", "changed", 3)), "a new ETag is scanned again");
            assertNull(s.doneRecord(new ObjectRef("c", "e1", 3)));
            assertEquals(List.of("a", "b"), List.copyOf(s.records().keySet()));
        }
    }

    @Test
    void aLineCutShortByAKillIsIgnoredAndTheNextRecordStartsOnItsOwnLine() throws Exception {
        Path file = dir.resolve("state.jsonl");
        try (ScanState s = ScanState.open(file)) {
            s.append(scanned("a", "e1"));
        }
        String cut = scanned("b", "e2").toJson();
        Files.writeString(file, cut.substring(0, cut.length() / 2), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (ScanState s = ScanState.open(file)) {
            assertNull(s.doneRecord(new ObjectRef("b", "e2", 3)));
            s.append(scanned("b", "e2"));
        }
        try (ScanState s = ScanState.open(file)) {
            assertNotNull(s.doneRecord(new ObjectRef("a", "e1", 3)));
            assertNotNull(s.doneRecord(new ObjectRef("b", "e2", 3)));
        }
        assertEquals(3, Files.readAllLines(file).size());
    }

    @Test
    void errorsAreTriedAgain() throws Exception {
        Path file = dir.resolve("state.jsonl");
        ObjectRef ref = new ObjectRef("a", "e1", 3);
        try (ScanState s = ScanState.open(file)) {
            s.append(ScanRecord.notScanned(ref, null, null, ScanStatus.ERROR, "cannot read (HTTP 503)"));
            assertNull(s.doneRecord(ref));
            s.append(ScanRecord.notScanned(ref, null, "application/zip", ScanStatus.CANNOT_INSPECT, "unsupported"));
            assertNotNull(s.doneRecord(ref), "cannot-inspect is final for this version");
        }
    }
}
