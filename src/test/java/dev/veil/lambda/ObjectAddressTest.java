package dev.veil.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ObjectAddressTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/docs/reports/q3.pdf|docs|reports/q3.pdf",
            "/docs/reports%2Fq3.pdf|docs|reports/q3.pdf",
            "/docs/my%20file+1.txt|docs|my file+1.txt",
            "/docs/%C3%A9t%C3%A9.txt|docs|été.txt",
            "/docs//leading-slash|docs|/leading-slash",
            "/docs/a/..b/c.|docs|a/..b/c.",
            "/my.bucket-1/x|my.bucket-1|x",
            "/docs/100%25.txt|docs|100%.txt",
    })
    void pathsNameOneBucketAndTheKeyAsSent(String path, String bucket, String key) {
        assertEquals(new ObjectAddress(bucket, key), ObjectAddress.parse(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "docs/x", "/", "/docs", "/docs/", "/docs%2Fx/y", "/Docs/x", "/d/x", "/docs/../x",
            "/docs/a/../b", "/docs/a/%2E%2E/b", "/docs/a%2F..%2Fb", "/docs/./a", "/docs/a/.", "/docs/%zz",
            "/docs/a%00b", "/docs/a%0Ab"})
    void pathsThatDoNotNameOneObjectExactlyAreRefused(String path) {
        assertThrows(ObjectAddress.InvalidPathException.class, () -> ObjectAddress.parse(path));
    }

    @org.junit.jupiter.api.Test
    void keysLongerThanS3AllowsAreRefused() {
        assertThrows(ObjectAddress.InvalidPathException.class, () -> ObjectAddress.parse("/docs/" + "k".repeat(1025)));
        assertEquals(1024, ObjectAddress.parse("/docs/" + "k".repeat(1024)).key().length());
    }
}
