package dev.veil.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The optional {@code functionUrl} section of the gateway configuration. */
class GatewayConfigFunctionUrlTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String BASE = "\"accessPoints\":[{\"alias\":\"docs-1234567890--ol-s3\",\"bucket\":\"docs\"}],"
            + "\"identities\":[{\"accessKeyId\":\"a\",\"secretAccessKey\":\"s\",\"arn\":\"arn:aws:iam::111122223333:user/a\"}]";

    private static GatewayConfig parse(String extra) throws Exception {
        return GatewayConfig.parse(JSON.readTree("{" + BASE + extra + "}"), "config.json");
    }

    @Test
    void theFrontIsOptional() throws Exception {
        assertNull(parse("").functionUrl());
    }

    @Test
    void payloadMayBeAnObjectAndTheOutputBucketDefaults() throws Exception {
        GatewayConfig c = parse(",\"functionUrl\":{\"payload\":{\"mode\":\"redact\",\"read\":[{\"account\":\"111122223333\","
                + "\"buckets\":[\"docs\"]}]}}");
        assertEquals("veil-results", c.functionUrl().outputBucket());
        assertTrue(c.functionUrl().payload().contains("\"read\""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            ",\"functionUrl\":{\"payload\":{\"read\":[{\"buckets\":[\"docs\"]}]}}|functionUrl.payload: read[0]",
            ",\"functionUrl\":{\"payload\":{},\"outputBucket\":\"Bad_Bucket\"}|functionUrl.outputBucket",
            ",\"functionUrl\":{\"payload\":{},\"colour\":1}|unknown key 'colour'",
            ",\"functionUrl\":[]|functionUrl: must be an object",
    })
    void mistakesNameThePlace(String extra, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(extra));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void theDemoOffersTheFrontForItsAccount() {
        GatewayConfig.FunctionUrl fn = GatewayConfig.demo().functionUrl();
        assertTrue(fn.payload().contains("\"read\":[{\"account\":\"111122223333\",\"buckets\":[\"veil-demo\"]}]"));
        assertEquals("veil-results", fn.outputBucket());
    }
}
