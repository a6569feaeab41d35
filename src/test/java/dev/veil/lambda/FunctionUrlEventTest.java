package dev.veil.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.veil.policy.Caller;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The function-URL event records and the caller they give the policy. */
class FunctionUrlEventTest {
    static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Test
    void aDocumentedEventIsReadAndUnknownFieldsIgnored() throws Exception {
        var node = FunctionUrlEvents.event("get", "/docs/a%20b.txt", "versionId=3", Map.of("Range", "bytes=0-9"),
                FunctionUrlEvents.roleIdentity("analyst", "111122223333"));
        FunctionUrlEvent e = JSON.treeToValue(node, FunctionUrlEvent.class);
        assertEquals("GET", e.method());
        assertEquals("/docs/a%20b.txt", e.rawPath());
        assertEquals("versionId=3", e.rawQueryString());
        assertEquals("bytes=0-9", e.header("RANGE"));
        assertFalse(e.isBase64Encoded());
        Caller c = e.caller().orElseThrow();
        assertEquals(new Caller("AssumedRole", "arn:aws:sts::111122223333:assumed-role/analyst/session-1", "111122223333",
                "AROAEXAMPLE:session-1", "ASIAEXAMPLE", "", "Role", "arn:aws:iam::111122223333:role/analyst"), c);
        assertEquals(Optional.of("arn:aws:iam::111122223333:role/analyst"), c.roleArn());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "arn:aws:iam::111122223333:user/ops/alice|IAMUser|alice|",
            "arn:aws:iam::111122223333:root|Root||",
            "arn:aws:sts::111122223333:federated-user/bob|FederatedUser||",
            "arn:aws-us-gov:sts::111122223333:assumed-role/reader/s|AssumedRole||arn:aws-us-gov:iam::111122223333:role/reader",
    })
    void principalTypesFollowTheArn(String arn, String type, String userName, String issuer) {
        var iam = JSON.createObjectNode().put("accessKey", "AKIAEXAMPLE").put("accountId", "111122223333")
                .put("callerId", "AIDAEXAMPLE").put("userArn", arn).put("userId", "AIDAEXAMPLE");
        FunctionUrlEvent e = JSON.convertValue(FunctionUrlEvents.event("GET", "/b/k", "", Map.of(), iam),
                FunctionUrlEvent.class);
        Caller c = e.caller().orElseThrow();
        assertEquals(type, c.type());
        assertEquals(userName == null ? "" : userName, c.userName());
        assertEquals(issuer == null ? "" : issuer, c.issuerArn());
        assertEquals("111122223333", c.accountId());
    }

    @Test
    void withoutAnIamContextThereIsNoCaller() {
        FunctionUrlEvent e = JSON.convertValue(FunctionUrlEvents.event("GET", "/b/k", "", Map.of(), null),
                FunctionUrlEvent.class);
        assertEquals(Optional.empty(), e.caller());
    }
}
