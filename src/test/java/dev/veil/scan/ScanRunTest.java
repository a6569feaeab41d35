package dev.veil.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.detect.DetectionEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanRunTest {
    private static final ObjectInspector INSPECTOR = ObjectInspector.standard(DetectionEngine.defaults());

    @TempDir
    Path dir;

    private static MemorySource source(int n) {
        MemorySource s = new MemorySource();
        for (int i = 0; i < n; i++) {
            s.put(String.format("notes/%02d.txt", i), i % 3 == 0
                    ? "Contact Mary Smith at mary.smith" + i + "@example.com, SSN 536-22-8147." : "Nothing personal here " + i);
        }
        return s;
    }

    @Test
    void aStoppedScanResumesWithoutScanningAnyRecordedObjectTwiceOrMissingOne() throws Exception {
        Path statePath = dir.resolve("state.jsonl");
        MemorySource first = source(40);
        List<ScanRecord> firstRecords = new ArrayList<>();
        ScanRun run1 = new ScanRun(first, INSPECTOR, null, 3);
        ScanRun.Result r1;
        try (ScanState state = ScanState.open(statePath)) {
            r1 = run1.run(state, firstRecords::add, new ScanRun.Listener() {
                @Override
                public void done(ScanRecord record) {
                    if (firstRecords.size() == 12) {
                        run1.stop(); // as if the process were interrupted here
                    }
                }
            });
        }
        assertTrue(r1.stopped());
        assertEquals(12, r1.scanned());
        Set<String> recordedFirst = firstRecords.stream().map(ScanRecord::key).collect(Collectors.toSet());

        MemorySource second = source(40);
        List<ScanRecord> secondRecords = new ArrayList<>();
        ScanRun.Result r2;
        try (ScanState state = ScanState.open(statePath)) {
            r2 = new ScanRun(second, INSPECTOR, null, 3).run(state, secondRecords::add, new ScanRun.Listener() { });
        }
        assertEquals(12, r2.skipped());
        assertEquals(28, r2.scanned());
        Set<String> readAgain = new HashSet<>(second.reads.keySet());
        readAgain.retainAll(recordedFirst);
        assertEquals(Set.of(), readAgain, "no recorded object is read again");
        assertTrue(second.reads.values().stream().allMatch(c -> c.get() == 1), "each object read once");
        Set<String> all = source(40).list().stream().map(ObjectRef::key).collect(Collectors.toCollection(TreeSet::new));
        Set<String> output = secondRecords.stream().map(ScanRecord::key).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(all, output, "the second run's output covers every object");
        assertEquals(40, secondRecords.size(), "one record per object");
        try (ScanState state = ScanState.open(statePath)) {
            assertEquals(40, state.records().size());
        }
    }

    @Test
    void workersAreBoundedByThreads() throws Exception {
        MemorySource s = source(30);
        List<ScanRecord> records = new ArrayList<>();
        new ScanRun(s, INSPECTOR, null, 2).run(null, records::add, new ScanRun.Listener() { });
        assertEquals(30, records.size());
        assertTrue(s.maxInFlight.get() <= 2, "in flight: " + s.maxInFlight.get());
        assertEquals(2, s.maxInFlight.get(), "both workers were used");
    }

    @Test
    void readFailuresBecomeErrorRecordsWithoutStoppingTheScan() throws Exception {
        MemorySource s = source(3);
        ScanSource failing = new ScanSource() {
            @Override
            public String describe() {
                return "failing";
            }

            @Override
            public List<ObjectRef> list() {
                List<ObjectRef> refs = new ArrayList<>(s.list());
                refs.add(new ObjectRef("gone.txt", "x", 4));
                return refs;
            }

            @Override
            public ObjectContent read(ObjectRef ref) throws java.io.IOException {
                return s.read(ref);
            }
        };
        List<ScanRecord> records = new ArrayList<>();
        new ScanRun(failing, INSPECTOR, null, 1).run(null, records::add, new ScanRun.Listener() { });
        Map<String, ScanRecord> byKey = records.stream().collect(Collectors.toMap(ScanRecord::key, r -> r));
        assertEquals(ScanStatus.ERROR, byKey.get("gone.txt").status());
        assertEquals("cannot read (no such object)", byKey.get("gone.txt").reason());
        assertEquals(ScanStatus.SCANNED, byKey.get("notes/00.txt").status());
        assertEquals(Sensitivity.HIGH, byKey.get("notes/00.txt").level());
        assertEquals(Sensitivity.NONE, byKey.get("notes/01.txt").level());
    }

    @Test
    void taggerIsCalledForScannedObjectsAndItsOutcomeRecorded() throws Exception {
        MemorySource s = source(3);
        Map<String, Map<String, String>> tagged = new java.util.concurrent.ConcurrentHashMap<>();
        ObjectTagger tagger = (key, version, tags) -> {
            Map<String, String> before = tagged.put(key, tags);
            return tags.equals(before) ? ObjectTagger.Outcome.UNCHANGED : ObjectTagger.Outcome.WRITTEN;
        };
        List<ScanRecord> records = new ArrayList<>();
        new ScanRun(s, INSPECTOR, tagger, 2).run(null, records::add, new ScanRun.Listener() { });
        assertTrue(records.stream().allMatch(r -> "written".equals(r.tagging())));
        assertEquals("true", tagged.get("notes/00.txt").get("pii"));
        assertEquals("false", tagged.get("notes/01.txt").get("pii"));
    }

    @Test
    void objectsOverTheSizeLimitAreRefusedWithoutBeingRead() throws Exception {
        MemorySource s = source(2);
        ObjectInspector small = new ObjectInspector(DetectionEngine.defaults(), dev.veil.document.DocumentTypes.standard(),
                dev.veil.document.DocumentFormats.standard(), new dev.veil.document.DocumentLimits(40, 10, 10, 0.01, 1000, 10));
        List<ScanRecord> records = new ArrayList<>();
        new ScanRun(s, small, null, 1).run(null, records::add, new ScanRun.Listener() { });
        ScanRecord big = records.stream().filter(r -> r.key().equals("notes/00.txt")).findFirst().orElseThrow();
        assertEquals(ScanStatus.CANNOT_INSPECT, big.status());
        assertTrue(big.reason().startsWith("too large ("), big.reason());
        assertEquals(Set.of("notes/01.txt"), s.reads.keySet(), "the large object was never fetched");
    }
}
