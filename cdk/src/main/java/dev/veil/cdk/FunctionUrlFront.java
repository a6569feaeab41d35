package dev.veil.cdk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.lambda.FunctionUrl;
import software.amazon.awscdk.services.lambda.FunctionUrlAuthType;
import software.amazon.awscdk.services.lambda.FunctionUrlOptions;
import software.constructs.Construct;

/**
 * The function-URL front, for accounts without S3 Object Lambda: one URL with AWS_IAM auth on the
 * {@code live} alias. The function reads the data bucket with its own role, so who gets which mode
 * is decided by the policy in {@code VEIL_POLICY}: each audience's principals get its mode, anyone
 * else the default ({@code deny} unless configured).
 */
final class FunctionUrlFront extends Construct {
    private static final ObjectMapper JSON = new ObjectMapper();

    final FunctionUrl url;
    final ManagedPolicy callerPolicy;

    FunctionUrlFront(Construct scope, String id, VeilFunction fn) {
        super(scope, id);
        url = fn.alias.addFunctionUrl(FunctionUrlOptions.builder().authType(FunctionUrlAuthType.AWS_IAM).build());
        String alias = fn.alias.getFunctionArn();
        callerPolicy = ManagedPolicy.Builder.create(this, "Caller")
                .description("Attach to the roles that call the Veil function URL")
                .statements(List.of(
                        Statements.allow("InvokeVeilUrl", List.of("lambda:InvokeFunctionUrl"), List.of(alias),
                                Map.of("StringEquals", Map.of("lambda:FunctionUrlAuthType", "AWS_IAM"))),
                        // Since October 2025 a URL call also needs InvokeFunction; the condition keeps
                        // callers from invoking the function directly with an event they wrote.
                        Statements.allow("InvokeVeilOnlyThroughUrl", List.of("lambda:InvokeFunction"), List.of(alias),
                                Map.of("Bool", Map.of("lambda:InvokedViaFunctionUrl", "true")))))
                .build();
    }

    /**
     * The policy JSON for {@code VEIL_POLICY}: the configured payload keys, then caller rules mapping
     * each audience's principals to its mode, followed by any rules from the configured payload.
     */
    static String policy(VeilConfig config) {
        Map<String, Object> p = new LinkedHashMap<>();
        Map<String, Object> configured = new TreeMap<>(config.functionUrlPayload());
        p.put("mode", configured.remove("mode"));
        Object extraRules = configured.remove("callers");
        Object extraReads = configured.remove("read");
        p.putAll(configured);
        List<Object> callers = new ArrayList<>();
        // This front reads S3 with the function's own role, so Veil enforces who may read what:
        // each audience's principals may read ("*": every bucket the function's role can read,
        // which this stack limits to the data bucket); further read rules come from the config.
        List<Object> reads = new ArrayList<>();
        for (Audience a : config.audiences()) {
            for (String principal : a.principals()) {
                Map<String, Object> rule = new LinkedHashMap<>();
                rule.put("principal", principal);
                rule.put("mode", a.mode());
                callers.add(rule);
                Map<String, Object> read = new LinkedHashMap<>();
                read.put("principal", principal);
                read.put("buckets", List.of("*"));
                reads.add(read);
            }
        }
        if (extraRules instanceof List<?> rules) {
            callers.addAll(rules);
        }
        if (extraReads instanceof List<?> rules) {
            reads.addAll(rules);
        }
        p.put("callers", callers);
        p.put("read", reads);
        try {
            return JSON.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            throw new ConfigException("functionUrlPayload cannot be written as JSON");
        }
    }
}
