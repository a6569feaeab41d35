package dev.veil.lambda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.veil.policy.PrincipalTags;
import dev.veil.testing.LeakAudit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both front doors give byte-identical answers for the same caller, object and policy, on the
 * whole corpus and in every mode: the Object Lambda handler (presigned fetch, WriteGetObjectResponse)
 * and the function-URL handler (own-role fetch, inline answer), over one store and one token key.
 */
class FrontsAgreeIT {
    static final String CALLER = "arn:aws:sts::111122223333:assumed-role/analyst/*";
    static final List<String> MODES = List.of("pass", "redact", "tokenise", "deny");

    static LambdaRig lambda;
    static FunctionUrlRig rig;

    @BeforeAll
    static void start() throws IOException {
        lambda = new LambdaRig(PrincipalTags.NONE, true);
        rig = new FunctionUrlRig(lambda);
        for (Path p : LeakAudit.corpus()) {
            lambda.put(ObjectLambdaHandlerIT.key(p), Files.readAllBytes(p), "application/octet-stream");
        }
    }

    @AfterAll
    static void stop() {
        rig.close();
        lambda.close();
    }

    @BeforeEach
    void clear() {
        lambda.receiver.clear();
        lambda.audit.clear();
    }

    static List<Path> corpus() {
        return LeakAudit.corpus();
    }

    static String policy(String mode) {
        return "{\"callers\":[{\"principal\":\"" + CALLER + "\",\"mode\":\"" + mode + "\"}],"
                + "\"read\":[{\"principal\":\"" + CALLER + "\",\"buckets\":[\"" + LambdaRig.BUCKET + "\"]}]}";
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void bothFrontsAnswerTheSameBytesInEveryMode(Path file) {
        String key = ObjectLambdaHandlerIT.key(file);
        for (String mode : MODES) {
            String payload = policy(mode);
            lambda.receiver.clear();
            lambda.invoke(Events.get(lambda.presignGet(key), LambdaRig.BUCKET, key, payload, "analyst", Map.of(), null),
                    30_000);
            WgorReceiver.Call viaObjectLambda = lambda.receiver.only();
            JsonNode viaUrl = FunctionUrlRig.invoke(rig.handler(payload),
                    FunctionUrlEvents.get("/" + LambdaRig.BUCKET + "/" + key, "analyst"));
            String where = key + " (" + mode + ")";
            assertEquals(viaObjectLambda.status(), viaUrl.path("statusCode").asInt(), where);
            assertEquals(viaObjectLambda.header("x-amz-fwd-error-code"), FunctionUrlEvents.header(viaUrl, "x-amz-error-code"),
                    where);
            if (viaObjectLambda.status() == 200) {
                assertArrayEquals(viaObjectLambda.body(), FunctionUrlEvents.body(viaUrl), where);
                assertEquals(viaObjectLambda.header("x-amz-fwd-header-etag"), FunctionUrlEvents.header(viaUrl, "ETag"), where);
            }
        }
        List<String> decisions = lambda.audit.stream().map(r -> r.frontDoor() + ":" + r.decision()).toList();
        assertEquals(MODES.size() * 2, decisions.size(), decisions::toString);
        for (int i = 0; i < decisions.size(); i += 2) {
            assertEquals(decisions.get(i).replace("object-lambda:", ""), decisions.get(i + 1).replace("function-url:", ""),
                    key + ": same decision in both audit records");
        }
    }
}
