package dev.veil.cdk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Policy statements found in a synthesized template, rendered ({@link Rendered}). */
final class Policies {
    private Policies() {
    }

    /** Statements of the inline policies attached to the role whose id starts with {@code rolePrefix}, by Sid. */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> ofRole(Synthesized s, String rolePrefix) {
        String role = s.logicalId("AWS::IAM::Role", rolePrefix);
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        s.resources("AWS::IAM::Policy").values().forEach(p -> {
            Map<String, Object> props = (Map<String, Object>) p.get("Properties");
            if (Rendered.of(props.get("Roles")).toString().contains("${" + role + "}")) {
                out.putAll(bySid(props.get("PolicyDocument")));
            }
        });
        return out;
    }

    /** Statements of a policy document, by Sid (a statement without one is keyed by its position). */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> bySid(Object document) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        List<Object> statements = (List<Object>) ((Map<String, Object>) Rendered.of(document)).get("Statement");
        for (int i = 0; i < statements.size(); i++) {
            Map<String, Object> st = (Map<String, Object>) statements.get(i);
            out.put(st.containsKey("Sid") ? (String) st.get("Sid") : "#" + i, st);
        }
        return out;
    }

    /** Every statement of every policy in the template: IAM, managed, bucket, key, topic, access points. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> all(Synthesized s) {
        List<Map<String, Object>> out = new ArrayList<>();
        Map<String, String> documentProperty = Map.of(
                "AWS::IAM::Policy", "PolicyDocument", "AWS::IAM::ManagedPolicy", "PolicyDocument",
                "AWS::S3::BucketPolicy", "PolicyDocument", "AWS::KMS::Key", "KeyPolicy",
                "AWS::SNS::TopicPolicy", "PolicyDocument", "AWS::S3::AccessPoint", "Policy",
                "AWS::S3ObjectLambda::AccessPointPolicy", "PolicyDocument", "AWS::IAM::Role", "AssumeRolePolicyDocument");
        documentProperty.forEach((type, property) -> s.resources(type).values().forEach(r -> {
            Object doc = ((Map<String, Object>) r.get("Properties")).get(property);
            if (doc != null) {
                out.addAll(bySid(doc).values());
            }
        }));
        return out;
    }

    static List<Object> actions(Map<String, Object> statement) {
        return Rendered.list(statement.get("Action"));
    }

    static List<Object> resources(Map<String, Object> statement) {
        return Rendered.list(statement.get("Resource"));
    }
}
