package dev.veil.cdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;

/** Checks that hold for every configuration: cdk-nag, wildcards, alarms. */
class HardeningTest {
    static Stream<Arguments> configurations() {
        return Stream.of(Arguments.of("object-lambda", Synthesized.objectLambda()),
                Arguments.of("function-url", Synthesized.functionUrl()),
                Arguments.of("shipped veil.config.json", Synthesized.shipped()),
                Arguments.of("existing bucket", Synthesized.existingBucket()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configurations")
    void cdkNagAwsSolutionsReportsNoUnsuppressedErrorOrWarning(String name, Synthesized s) {
        assertEquals(List.of(), s.nagErrors().stream().map(m -> m.getId() + ": " + m.getEntry().getData()).toList());
        assertEquals(List.of(), s.nagWarnings().stream().map(m -> m.getId() + ": " + m.getEntry().getData()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configurations")
    void synthesisLeavesNoWarningAtAll(String name, Synthesized s) {
        var warnings = Annotations.fromStack(s.stack()).findWarning("*", Match.anyValue());
        assertEquals(List.of(), warnings.stream().map(m -> m.getId() + ": " + m.getEntry().getData()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configurations")
    @SuppressWarnings("unchecked")
    void everySuppressionCarriesAReason(String name, Synthesized s) {
        int suppressions = 0;
        for (var resource : ((Map<String, Map<String, Object>>) s.template().get("Resources")).values()) {
            var metadata = (Map<String, Object>) resource.getOrDefault("Metadata", Map.of());
            var nag = (Map<String, Object>) metadata.getOrDefault("cdk_nag", Map.of());
            for (var rule : (List<Map<String, Object>>) nag.getOrDefault("rules_to_suppress", List.of())) {
                assertTrue(String.valueOf(rule.get("reason")).length() >= 60, "reason for " + rule.get("id"));
                suppressions++;
            }
        }
        assertTrue(suppressions >= 2, "the suppressions are in the template metadata");
    }

    /**
     * No Allow statement anywhere grants a wildcard action. Two AWS defaults are the exceptions,
     * checked exactly: the TLS-only denies ({@code s3:*} must cover every action) and the key's
     * administration statement for the account root (it lets IAM policies manage the key; without
     * it the key could become unmanageable).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("configurations")
    void noStatementAllowsAWildcardAction(String name, Synthesized s) {
        for (var st : Policies.all(s)) {
            boolean wildcard = Policies.actions(st).stream().anyMatch(a -> String.valueOf(a).contains("*"));
            if (!wildcard) {
                continue;
            }
            boolean tlsDeny = st.get("Effect").equals("Deny") && st.get("Action").equals("s3:*")
                    && st.get("Condition").toString().matches(".*(aws:SecureTransport|s3:TlsVersion).*");
            boolean keyAdmin = st.get("Action").equals("kms:*") && !st.containsKey("Condition")
                    && st.get("Principal").equals(Map.of("AWS", "arn:${AWS::Partition}:iam::${AWS::AccountId}:root"));
            assertTrue(tlsDeny || keyAdmin, "wildcard action in " + st);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configurations")
    void resourceWildcardsAreOnlyWhereAwsOffersNothingNarrower(String name, Synthesized s) {
        var allowed = List.of("xray:PutTraceSegments", "xray:PutTelemetryRecords", "s3-object-lambda:WriteGetObjectResponse",
                "comprehend:DetectPiiEntities", "comprehend:ContainsPiiEntities");
        for (var st : Policies.ofRole(s, "VeilRole").values()) {
            if (Policies.resources(st).contains("*")) {
                assertTrue(allowed.containsAll(Policies.actions(st)), "\"*\" resource for " + st);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configurations")
    void alarmsCoverErrorsThrottlesDenialSpikesAndVeilMetricsAndNotifyTheEncryptedTopic(String name, Synthesized s) {
        var alarms = s.resources("AWS::CloudWatch::Alarm");
        assertEquals(5, alarms.size());
        String topic = s.logicalId("AWS::SNS::Topic", "AlarmsTopic");
        alarms.values().forEach(a -> assertEquals(List.of("${" + topic + "}"),
                Rendered.of(((Map<?, ?>) a.get("Properties")).get("AlarmActions"))));
        s.assertions().hasResourceProperties("AWS::SNS::Topic", Map.of("KmsMasterKeyId",
                Map.of("Fn::GetAtt", List.of(s.logicalId("AWS::KMS::Key", "StorageKey"), "Arn"))));
        s.assertions().hasResourceProperties("AWS::CloudWatch::Alarm", Map.of("MetricName", "Errors",
                "Namespace", "AWS/Lambda", "Statistic", "Sum", "Period", 300, "Threshold", 1));
        s.assertions().hasResourceProperties("AWS::CloudWatch::Alarm", Map.of("MetricName", "Throttles",
                "Namespace", "AWS/Lambda", "Threshold", 1));
        s.assertions().hasResourceProperties("AWS::Logs::MetricFilter", Map.of("FilterPattern", "\"PII_ACCESS_DENIED\"",
                "LogGroupName", Map.of("Ref", s.logicalId("AWS::Logs::LogGroup", "VeilLogs")),
                "MetricTransformations", List.of(Map.of("MetricNamespace", "Veil", "MetricName", "AuditDenials",
                        "MetricValue", "1", "DefaultValue", 0))));
        s.assertions().hasResourceProperties("AWS::CloudWatch::Alarm", Map.of("MetricName", "AuditDenials",
                "Namespace", "Veil", "Statistic", "Sum"));
        for (String metric : List.of("Denials", "Errors")) {
            s.assertions().hasResourceProperties("AWS::CloudWatch::Alarm", Map.of("Metrics", List.of(Match.objectLike(Map.of(
                    "Expression", "SELECT SUM(" + metric + ") FROM SCHEMA(\"Veil\", AccessPoint)", "Period", 300)))));
        }
    }
}
