package dev.veil.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ByteRangeTest {
    @ParameterizedTest
    @CsvSource({
            "bytes=0-9, 100, 0, 9",
            "bytes=90-, 100, 90, 99",
            "bytes=-10, 100, 90, 99",
            "bytes=-500, 100, 0, 99",
            "bytes=50-500, 100, 50, 99",
            "bytes=99-99, 100, 99, 99",
    })
    void satisfiableRanges(String header, long length, long first, long last) {
        assertEquals(new ByteRange(first, last), ByteRange.parse(header, length));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "bytes=", "bytes=5-2", "bytes=0-1,5-6", "items=0-1", "bytes=a-b"})
    void headersS3IgnoresGiveTheWholeObject(String header) {
        assertNull(ByteRange.parse(header, 100));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=100-", "bytes=100-200", "bytes=-0", "bytes=5000-"})
    void rangesPastTheEndAreUnsatisfiable(String header) {
        assertThrows(ByteRange.Unsatisfiable.class, () -> ByteRange.parse(header, 100));
    }
}
