package dev.veil.policy;

import java.util.Optional;

/**
 * Who is calling, as the front door saw it (the Object Lambda event's {@code userIdentity}, a
 * function URL's IAM context, or the local gateway's verified access key). Every field but the
 * ARN may be absent; absent fields are empty strings, never null.
 *
 * @param type          {@code IAMUser}, {@code AssumedRole}, {@code Root}, {@code FederatedUser}, …
 * @param arn           the principal ARN (for an assumed role, the session ARN)
 * @param accountId     the principal's account
 * @param principalId   the unique principal id
 * @param accessKeyId   the access key that signed the request
 * @param userName      the IAM user name, for {@code IAMUser}
 * @param issuerType    for a session: the issuer type ({@code Role}, {@code IAMUser})
 * @param issuerArn     for a session: the issuer ARN (the role, for an assumed role)
 */
public record Caller(String type, String arn, String accountId, String principalId, String accessKeyId,
                     String userName, String issuerType, String issuerArn) {
    public Caller {
        type = orEmpty(type);
        arn = orEmpty(arn);
        accountId = orEmpty(accountId);
        principalId = orEmpty(principalId);
        accessKeyId = orEmpty(accessKeyId);
        userName = orEmpty(userName);
        issuerType = orEmpty(issuerType);
        issuerArn = orEmpty(issuerArn);
    }

    /** A caller known only by ARN and account (tests, the CLI). */
    public static Caller of(String arn, String accountId) {
        return new Caller("", arn, accountId, "", "", "", "", "");
    }

    /** The IAM role whose tags apply: the session issuer when it is a role. */
    public Optional<String> roleArn() {
        if (issuerType.equalsIgnoreCase("Role") && !issuerArn.isEmpty()) {
            return Optional.of(issuerArn);
        }
        if (arn.contains(":role/")) {
            return Optional.of(arn);
        }
        return Optional.empty();
    }

    /** The IAM user whose tags apply, by user name. */
    public Optional<String> iamUserName() {
        if (type.equalsIgnoreCase("IAMUser") && !userName.isEmpty()) {
            return Optional.of(userName);
        }
        if (type.equalsIgnoreCase("IAMUser") && arn.contains(":user/")) {
            String path = arn.substring(arn.indexOf(":user/") + 6);
            return Optional.of(path.substring(path.lastIndexOf('/') + 1));
        }
        return Optional.empty();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
