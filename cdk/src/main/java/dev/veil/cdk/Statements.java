package dev.veil.cdk;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.IPrincipal;
import software.amazon.awscdk.services.iam.PolicyStatement;

/** Small builders for the policy statements of the stack, so each reads as one line. */
final class Statements {
    /** The service principal S3 Object Lambda calls on a caller's behalf (in aws:CalledVia). */
    static final String OBJECT_LAMBDA_SERVICE = "s3-object-lambda.amazonaws.com";

    private Statements() {
    }

    /** An identity-policy statement (no principal). */
    static PolicyStatement allow(String sid, List<String> actions, List<String> resources) {
        return allow(sid, actions, resources, Map.of());
    }

    static PolicyStatement allow(String sid, List<String> actions, List<String> resources,
                                 Map<String, Object> conditions) {
        return PolicyStatement.Builder.create().sid(sid).effect(Effect.ALLOW)
                .actions(actions).resources(resources).conditions(conditions).build();
    }

    /** A resource-policy statement. */
    static PolicyStatement grant(String sid, Effect effect, List<IPrincipal> principals, List<String> actions,
                                 List<String> resources, Map<String, Object> conditions) {
        return PolicyStatement.Builder.create().sid(sid).effect(effect).principals(principals)
                .actions(actions).resources(resources).conditions(conditions).build();
    }

    /** Condition: the KMS call comes from {@code service} (s3, dynamodb, ...) in this region. */
    static Map<String, Object> viaService(String service) {
        return Map.of("StringEquals", Map.of("kms:ViaService", service + "." + Aws.REGION + ".amazonaws.com"));
    }

    /** Condition: the request was made by S3 Object Lambda for the caller. */
    static Map<String, Object> calledViaObjectLambda() {
        return Map.of("ForAnyValue:StringEquals", Map.of("aws:CalledVia", List.of(OBJECT_LAMBDA_SERVICE)));
    }
}
