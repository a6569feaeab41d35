package dev.veil.lambda;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.veil.policy.Caller;
import java.util.Map;

/**
 * The S3 Object Lambda event, in Veil's own records: every field optional, unknown fields ignored
 * (AWS adds fields in minor protocol versions). Exactly one of the four contexts is present.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ObjectLambdaEvent(String xAmzRequestId, GetObjectContext getObjectContext,
                                InputContext headObjectContext, InputContext listObjectsContext,
                                InputContext listObjectsV2Context, Configuration configuration,
                                UserRequest userRequest, UserIdentity userIdentity, String protocolVersion) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GetObjectContext(String inputS3Url, String outputRoute, String outputToken) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record InputContext(String inputS3Url) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Configuration(String accessPointArn, String supportingAccessPointArn, String payload) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UserRequest(String url, Map<String, String> headers) {
        public UserRequest {
            headers = headers == null ? Map.of() : headers;
        }

        /** A header of the caller's request, by case-insensitive name, or null. */
        public String header(String name) {
            for (Map.Entry<String, String> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue();
                }
            }
            return null;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UserIdentity(String type, String principalId, String arn, String accountId, String accessKeyId,
                               String userName, String invokedBy, SessionContext sessionContext) {
        /** The caller the policy sees. */
        public Caller caller() {
            SessionIssuer issuer = sessionContext == null ? null : sessionContext.sessionIssuer();
            return new Caller(type, arn, accountId, principalId, accessKeyId, userName,
                    issuer == null ? null : issuer.type(), issuer == null ? null : issuer.arn());
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SessionContext(Map<String, String> attributes, SessionIssuer sessionIssuer) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SessionIssuer(String type, String principalId, String arn, String accountId, String userName) {
    }

    /** The caller; an event without {@code userIdentity} is an anonymous caller with no ARN. */
    public Caller caller() {
        return userIdentity == null ? new Caller("", "", "", "", "", "", "", "") : userIdentity.caller();
    }
}
