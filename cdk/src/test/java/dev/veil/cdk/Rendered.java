package dev.veil.cdk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Template values with CloudFormation intrinsics written out as text, so a test can compare a
 * policy with one readable string: {@code Ref X} becomes {@code ${X}}, {@code GetAtt X.Arn}
 * becomes {@code ${X.Arn}}, {@code Fn::Join} is joined. Logical ids keep their hash suffix.
 */
final class Rendered {
    private Rendered() {
    }

    @SuppressWarnings("unchecked")
    static Object of(Object v) {
        if (v instanceof Map<?, ?> m) {
            if (m.size() == 1 && m.containsKey("Ref")) {
                return "${" + m.get("Ref") + "}";
            }
            if (m.size() == 1 && m.containsKey("Fn::GetAtt")) {
                return "${" + String.join(".", (List<String>) m.get("Fn::GetAtt")) + "}";
            }
            if (m.size() == 1 && m.containsKey("Fn::Join")) {
                List<Object> args = (List<Object>) m.get("Fn::Join");
                StringBuilder sb = new StringBuilder();
                List<Object> parts = (List<Object>) args.get(1);
                for (int i = 0; i < parts.size(); i++) {
                    if (i > 0) {
                        sb.append(args.get(0));
                    }
                    sb.append(of(parts.get(i)));
                }
                return sb.toString();
            }
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put((String) k, of(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(of(x)));
            return out;
        }
        return v;
    }

    /** A value that may be one item or a list, as a list (IAM allows both). */
    static List<Object> list(Object v) {
        return v instanceof List<?> l ? new ArrayList<>(l) : List.of(v);
    }

    /** Replaces each logical id's hash suffix (8 hex digits) with nothing, for stable comparisons. */
    static String stable(Object v) {
        return String.valueOf(v).replaceAll("([A-Za-z0-9]+?)[0-9A-F]{8}(?=[.}])", "$1");
    }
}
