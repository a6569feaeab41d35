package dev.veil.cdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading veil.config.json: defaults, the front switch, and every mistake named in the message. */
class VeilConfigTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AUDIENCE =
            "{\"name\":\"redacted\",\"mode\":\"redact\",\"principals\":[\"arn:aws:iam::123456789012:role/analyst*\"]}";

    private static VeilConfig parse(String json, String front) throws Exception {
        return VeilConfig.fromMap(JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { }), front);
    }

    @Test
    void defaultsAreTheHardenedChoice() throws Exception {
        VeilConfig c = parse("{\"audiences\":[" + AUDIENCE + "]}", null);
        assertEquals(Front.OBJECT_LAMBDA, c.front());
        assertEquals("veil", c.namePrefix());
        assertEquals(365, c.accessLogRetentionDays());
        assertEquals(2048, c.memoryMb());
        assertFalse(c.comprehend());
        assertFalse(c.vault());
        assertTrue(c.ranges());
        assertEquals(null, c.keySsmParameter());
        assertEquals(Map.of("mode", "deny"), c.functionUrlPayload());
        assertEquals("results/", c.outputPrefix());
    }

    @Test
    void contextFrontWinsOverTheFile() throws Exception {
        VeilConfig c = parse("{\"front\":\"object-lambda\",\"audiences\":[" + AUDIENCE + "]}", "function-url");
        assertEquals(Front.FUNCTION_URL, c.front());
    }

    @Test
    void shippedConfigIsValid() {
        VeilConfig c = VeilConfig.read(Path.of("veil.config.json"), null);
        assertEquals(List.of("redacted", "tokenised", "partners"), c.audiences().stream().map(Audience::name).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"audiences\":[" + AUDIENCE + "],\"memroyMb\":1024}                  | unknown key(s) [memroyMb]",
        "{\"audiences\":[]}                                                   | at least one audience",
        "{\"audiences\":[" + AUDIENCE + "," + AUDIENCE + "]}                    | named twice",
        "{\"front\":\"cloudfront\",\"audiences\":[" + AUDIENCE + "]}            | use one of object-lambda, function-url",
        "{\"memoryMb\":128,\"audiences\":[" + AUDIENCE + "]}                    | memoryMb 128",
        "{\"memoryMb\":\"big\",\"audiences\":[" + AUDIENCE + "]}                | must be a whole number",
        "{\"logRetentionDays\":100,\"audiences\":[" + AUDIENCE + "]}            | logRetentionDays 100",
        "{\"accessLogExpireDays\":300,\"audiences\":[" + AUDIENCE + "]}         | below expire days",
        "{\"outputPrefix\":\"results\",\"audiences\":[" + AUDIENCE + "]}        | ending in /",
        "{\"keySsmKmsKeyArn\":\"arn:aws:kms:eu-west-1:111111111111:key/0b7e8c3a-1f2d-4c5b-9a8e-7d6c5b4a3f21\",\"audiences\":[" + AUDIENCE + "]} | needs keySsmParameter",
        "{\"dataBucketKmsKeyArn\":\"arn:aws:kms:eu-west-1:111111111111:key/0b7e8c3a-1f2d-4c5b-9a8e-7d6c5b4a3f21\",\"audiences\":[" + AUDIENCE + "]} | needs dataBucketName",
        "{\"functionUrlPayload\":{\"mode\":\"maybe\"},\"audiences\":[" + AUDIENCE + "]} | functionUrlPayload.mode",
        "{\"namePrefix\":\"Veil\",\"audiences\":[" + AUDIENCE + "]}             | namePrefix",
        "{\"keyRotatedAt\":\"new key please\",\"audiences\":[" + AUDIENCE + "]} | keyRotatedAt",
    })
    void rejectsMistakesWithAMessageThatNamesThem(String json, String message) {
        var e = assertThrows(ConfigException.class, () -> parse(json, null));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Redacted | redact   | arn:aws:iam::123456789012:role/a          | use 1-30 lower-case",
        "ok       | obscure  | arn:aws:iam::123456789012:role/a          | mode must be one of",
        "ok       | redact   | arn:aws:iam::*:role/a                     | literal account id",
        "ok       | redact   | arn:aws:s3:::bucket                       | not an IAM role or user ARN",
        "ok       | redact   | arn:aws:iam::123456789012:group/a         | not an IAM role or user ARN",
    })
    void rejectsAudiencesThatCannotWork(String name, String mode, String principal, String message) {
        var e = assertThrows(ConfigException.class, () -> new Audience(name, mode, List.of(principal), Map.of()));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"mode", "colour", "callers2"})
    void rejectsPayloadKeysThePayloadParserWouldRefuse(String key) {
        var e = assertThrows(ConfigException.class, () -> new Audience("ok", "redact",
                List.of("arn:aws:iam::123456789012:role/a"), Map.of(key, "x")));
        assertTrue(e.getMessage().contains("unknown payload key \"" + key + "\""), e.getMessage());
    }

    @Test
    void payloadPutsTheModeFirstAndTheRestInNameOrder() {
        var a = new Audience("ok", "redact", List.of("arn:aws:iam::123456789012:role/a"),
                Map.of("style", "mask", "entities", List.of("EMAIL"), "minScore", 0.7));
        assertEquals("{\"mode\":\"redact\",\"entities\":[\"EMAIL\"],\"minScore\":0.7,\"style\":\"mask\"}",
                ObjectLambdaFront.payload(a));
    }

    @Test
    void tagRulesAreSeenSoTheFunctionMayReadTags() throws Exception {
        var tagged = parse("{\"audiences\":[{\"name\":\"a\",\"mode\":\"redact\",\"principals\":"
                + "[\"arn:aws:iam::123456789012:role/a\"],\"payload\":{\"callers\":[{\"tag\":\"pii-access\",\"mode\":\"pass\"}]}}]}", null);
        assertTrue(tagged.usesTagRules());
        assertFalse(parse("{\"audiences\":[" + AUDIENCE + "]}", null).usesTagRules());
        assertFalse(parse("{\"audiences\":[" + AUDIENCE + "]}", "function-url").usesTagRules());
    }

    @Test
    void functionUrlPolicyMapsEachAudiencesPrincipalsToItsModeThenAddsConfiguredRules() throws Exception {
        var c = parse("{\"functionUrlPayload\":{\"mode\":\"deny\",\"entities\":[\"SSN\"],"
                + "\"callers\":[{\"tag\":\"pii-access\",\"mode\":\"pass\"}]},\"audiences\":[" + AUDIENCE + "]}", "function-url");
        assertEquals("{\"mode\":\"deny\",\"entities\":[\"SSN\"],\"callers\":["
                + "{\"principal\":\"arn:aws:iam::123456789012:role/analyst*\",\"mode\":\"redact\"},"
                + "{\"tag\":\"pii-access\",\"mode\":\"pass\"}],"
                + "\"read\":[{\"principal\":\"arn:aws:iam::123456789012:role/analyst*\",\"buckets\":[\"*\"]}]}",
                FunctionUrlFront.policy(c));
        assertTrue(c.usesTagRules());
    }

    @Test
    void missingFunctionZipSaysToBuildAtTheRoot(@TempDir Path dir) {
        var e = assertThrows(ConfigException.class, () -> VeilApp.lambdaZip(dir.resolve("veil-lambda.zip")));
        assertTrue(e.getMessage().contains("run mvn package at the repository root first"), e.getMessage());
    }

    @Test
    void missingConfigFileIsNamed(@TempDir Path dir) {
        var e = assertThrows(ConfigException.class, () -> VeilConfig.read(dir.resolve("nope.json"), null));
        assertTrue(e.getMessage().contains("nope.json"), e.getMessage());
    }
}
