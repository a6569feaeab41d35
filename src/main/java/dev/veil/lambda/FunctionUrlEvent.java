package dev.veil.lambda;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.veil.policy.Caller;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A Lambda function-URL request: the API Gateway HTTP API payload, version 2.0. Only the fields
 * Veil reads; unknown fields are ignored (new ones may appear). Header names arrive in lower case,
 * repeated headers comma-joined; {@code rawPath} keeps the client's percent-encoding.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FunctionUrlEvent(String version, String rawPath, String rawQueryString, Map<String, String> headers,
                               RequestContext requestContext, String body,
                               @JsonProperty("isBase64Encoded") boolean isBase64Encoded) {
    public FunctionUrlEvent {
        headers = headers == null ? Map.of() : headers;
    }

    /** {@code requestContext}: the request id, the HTTP line and, with AWS_IAM auth, who signed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RequestContext(String requestId, String accountId, Http http, Authorizer authorizer) {
    }

    /** {@code requestContext.http}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Http(String method, String path, String protocol, String sourceIp, String userAgent) {
    }

    /** {@code requestContext.authorizer}; {@code iam} is present only for AWS_IAM auth. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Authorizer(Iam iam) {
    }

    /** {@code requestContext.authorizer.iam}: the identity Lambda verified the SigV4 signature of. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Iam(String accessKey, String accountId, String callerId, String userArn, String userId,
                      String principalOrgId) {
    }

    /** The HTTP method, upper case, or empty. */
    public String method() {
        return requestContext == null || requestContext.http() == null || requestContext.http().method() == null
                ? "" : requestContext.http().method().toUpperCase(Locale.ROOT);
    }

    /** A request header by name, in any case. */
    public String header(String name) {
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /**
     * The caller Lambda authenticated, as the policy sees callers; empty without an IAM context
     * (a URL with auth type NONE, which Veil refuses). An assumed-role session gets its role as
     * session issuer, so tag rules read the role's tags as in the Object Lambda front (the role's
     * IAM path is not in a session ARN; tag lookups go by role name).
     */
    public Optional<Caller> caller() {
        Iam iam = requestContext == null || requestContext.authorizer() == null ? null : requestContext.authorizer().iam();
        if (iam == null || iam.userArn() == null || iam.userArn().isBlank()) {
            return Optional.empty();
        }
        String arn = iam.userArn();
        String[] parts = arn.split(":", 6);
        String account = iam.accountId() != null && !iam.accountId().isBlank() ? iam.accountId()
                : parts.length > 4 ? parts[4] : "";
        String resource = parts.length > 5 ? parts[5] : "";
        String type = "";
        String userName = "";
        String issuerType = "";
        String issuerArn = "";
        if (resource.startsWith("assumed-role/")) {
            type = "AssumedRole";
            String[] r = resource.split("/");
            if (r.length >= 2) {
                issuerType = "Role";
                issuerArn = "arn:" + parts[1] + ":iam::" + account + ":role/" + r[1];
            }
        } else if (resource.startsWith("user/")) {
            type = "IAMUser";
            userName = resource.substring(resource.lastIndexOf('/') + 1);
        } else if (resource.equals("root")) {
            type = "Root";
        } else if (resource.startsWith("federated-user/")) {
            type = "FederatedUser";
        }
        String principalId = iam.callerId() != null ? iam.callerId() : iam.userId();
        return Optional.of(new Caller(type, arn, account, principalId, iam.accessKey(), userName, issuerType, issuerArn));
    }
}
