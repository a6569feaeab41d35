package dev.veil.detect.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The build's image of the name lexicon ({@link LexiconImage}) holds the table the lists make,
 * the shipped lexicon is read from it, and an image that is stale, damaged or not one at all is
 * refused (the lists are used instead), without an error and without a large allocation.
 */
class LexiconImageTest {
    private static final int HEADER = 36;
    private static WordTable fromLists;
    private static long fingerprint;
    private static byte[] image;

    @BeforeAll
    static void build() {
        fromLists = NameLexicon.fromLists();
        fingerprint = NameLexicon.sourcesFingerprint();
        image = LexiconImage.write(fromLists, fingerprint);
    }

    /** Every key of {@code expected} with its classes, as "word=classes". */
    private static List<String> keys(WordTable table) {
        List<String> out = new ArrayList<>();
        table.forEachKey((slot, hash, entries, from, length) -> {
            String word = new String(entries, from + 3, length);
            out.add(word + "=" + (entries[from] | entries[from + 1] << 16));
        });
        out.sort(null);
        return out;
    }

    private static void assertSameTable(WordTable expected, WordTable actual) {
        assertEquals(expected.size(), actual.size(), "words");
        assertEquals(expected.slotCount(), actual.slotCount(), "slots");
        assertEquals(keys(expected), keys(actual));
        // and found by look-up, not only listed: every key in its own case and upper-cased
        expected.forEachKey((slot, hash, entries, from, length) -> {
            String word = new String(entries, from + 3, length);
            int classes = entries[from] | entries[from + 1] << 16;
            assertEquals(classes, actual.lookup(word, 0, word.length()), word);
            String upper = word.toUpperCase(java.util.Locale.ROOT);
            if (upper.length() == word.length()) {
                assertEquals(expected.lookup(upper, 0, upper.length()), actual.lookup(upper, 0, upper.length()), upper);
            }
        });
    }

    private static WordTable read(byte[] bytes) throws IOException {
        return LexiconImage.read(new ByteArrayInputStream(bytes), fingerprint);
    }

    @Test
    void imageReadBackIsTheTableOfTheLists() throws IOException {
        assertTrue(fromLists.size() > 140_000, "words: " + fromLists.size());
        WordTable back = read(image);
        assertNotNull(back);
        assertSameTable(fromLists, back);
    }

    @Test
    void theBuildWroteAnImageOfTheseListsAndTheShippedLexiconIsIt() throws IOException {
        try (InputStream in = NameLexicon.class.getResourceAsStream("/dev/veil/detect/names/" + LexiconImage.FILE)) {
            assertNotNull(in, "mvn process-classes writes the image beside the lists");
            WordTable built = LexiconImage.read(in, fingerprint);
            assertNotNull(built, "the image in the build is of the lists as they are now");
            assertSameTable(fromLists, built);
        }
        assertSameTable(fromLists, NameLexicon.shipped().table());
    }

    @Test
    void noImageOrARefusedOneMeansTheLists() throws IOException {
        assertSameTable(fromLists, NameLexicon.tableFrom(null));
        byte[] stale = image.clone();
        stale[8] ^= 1; // the fingerprint of other lists
        assertNull(read(stale));
        assertSameTable(fromLists, NameLexicon.tableFrom(new ByteArrayInputStream(stale)));
    }

    @Test
    void otherFilesAreRefused() throws IOException {
        assertNull(read(new byte[0]));
        assertNull(read(new byte[HEADER]));
        assertNull(read("hello, this is not an image of anything at all".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        byte[] version = image.clone();
        version[7]++;
        assertNull(read(version));
    }

    @ParameterizedTest(name = "cut to {0} bytes")
    @ValueSource(ints = {1, 20, 35, 36, 37, 1000, 1_343_479, -2, -1})
    void truncatedImagesAreRefused(int length) throws IOException {
        int keep = length < 0 ? image.length + length : length;
        assertNull(read(Arrays.copyOf(image, keep)));
    }

    @Test
    void aLongerImageIsRefused() throws IOException {
        assertNull(read(Arrays.copyOf(image, image.length + 1)));
    }

    @ParameterizedTest(name = "byte {0} from the body's start flipped")
    @ValueSource(ints = {0, 5, 700_001, 2_000_000, -1})
    void aChangedBodyFailsItsChecksum(int offset) throws IOException {
        byte[] damaged = image.clone();
        damaged[offset < 0 ? damaged.length + offset : HEADER + offset] ^= 0x20;
        assertNull(read(damaged));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"slots", "keys", "entries"})
    void hugeCountsAreRefusedBeforeAnyAllocation(String field) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(image.clone());
        int at = switch (field) {
            case "slots" -> 16;
            case "keys" -> 20;
            default -> 24;
        };
        b.putInt(at, Integer.MAX_VALUE);
        assertNull(read(b.array()));
        b.putInt(at, -1);
        assertNull(read(b.array()));
    }

    /** An image with a good checksum whose keys do not make a table: two keys in one slot, a slot past the end, an entry past the end. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"two keys in one slot", "slot past the end", "entry longer than the rest"})
    void keysThatDoNotMakeATableAreRefused(String damage) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(image.clone());
        int slots = b.getInt(16);
        int keys = b.getInt(20);
        switch (damage) {
            case "two keys in one slot" -> b.putInt(HEADER + 8, b.getInt(HEADER));
            case "slot past the end" -> b.putInt(HEADER + 8 * (keys - 1), slots);
            default -> b.putChar(HEADER + 8 * keys + 2 * 2, (char) 60_000); // the first entry's length
        }
        CRC32 crc = new CRC32();
        crc.update(b.array(), HEADER, b.capacity() - HEADER);
        b.putLong(28, crc.getValue());
        assertNull(read(b.array()));
        assertNotNull(read(image), "the same image undamaged is read");
    }
}
