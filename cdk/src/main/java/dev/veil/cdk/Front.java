package dev.veil.cdk;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How callers reach Veil: context {@code veil:front} or {@code "front"} in the config file. */
public enum Front {
    /** One S3 Object Lambda access point per audience (accounts that still have Object Lambda). */
    OBJECT_LAMBDA("object-lambda"),
    /** One Lambda function URL with AWS_IAM auth; the policy maps callers to modes. */
    FUNCTION_URL("function-url");

    private final String id;

    Front(String id) {
        this.id = id;
    }

    /** The name used in configuration. */
    public String id() {
        return id;
    }

    /** The front named {@code id}. */
    public static Front of(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst()
                .orElseThrow(() -> new ConfigException("veil:front \"" + id + "\": use one of "
                        + Arrays.stream(values()).map(Front::id).collect(Collectors.joining(", "))));
    }
}
