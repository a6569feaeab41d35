package dev.veil.aws;

import dev.veil.policy.Caller;
import dev.veil.policy.PrincipalTags;
import dev.veil.policy.TagLookupException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.Tag;

/**
 * Reads a caller's IAM tags: {@code iam:ListRoleTags} for the role behind a session (or a role
 * ARN), else {@code iam:ListUserTags} for an IAM user, following every page. A caller with neither
 * has no tags. Any failure, including a role or user IAM does not know, is a
 * {@link TagLookupException}, so the decision fails closed. Uncached: wrap it in
 * {@link dev.veil.policy.CachedPrincipalTags}. Does not close the client.
 */
public final class IamPrincipalTags implements PrincipalTags {
    private final IamClient client;

    public IamPrincipalTags(IamClient client) {
        this.client = Objects.requireNonNull(client);
    }

    /** A client for IAM, a global service, with the URL-connection HTTP client (the Lambda package's). */
    public static IamClient client() {
        return IamClient.builder().region(Region.AWS_GLOBAL).httpClient(UrlConnectionHttpClient.create()).build();
    }

    @Override
    public Map<String, String> tagsOf(Caller caller) {
        Optional<String> role = caller.roleArn().map(IamPrincipalTags::roleName);
        if (role.isPresent()) {
            return collect("ListRoleTags", marker -> {
                var page = client.listRoleTags(r -> r.roleName(role.get()).marker(marker));
                return new Page(page.tags(), page.isTruncated(), page.marker());
            });
        }
        Optional<String> user = caller.iamUserName();
        if (user.isPresent()) {
            return collect("ListUserTags", marker -> {
                var page = client.listUserTags(r -> r.userName(user.get()).marker(marker));
                return new Page(page.tags(), page.isTruncated(), page.marker());
            });
        }
        return Map.of();
    }

    /** The role name: the last part of the role ARN's path ({@code role/team/analyst} → {@code analyst}). */
    static String roleName(String roleArn) {
        String path = roleArn.substring(roleArn.indexOf(":role/") + ":role/".length());
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.isEmpty()) {
            throw new TagLookupException("role ARN without a role name", null);
        }
        return name;
    }

    private record Page(List<Tag> tags, Boolean truncated, String marker) {
    }

    private interface PageCall {
        Page fetch(String marker);
    }

    private static Map<String, String> collect(String operation, PageCall call) {
        Map<String, String> tags = new LinkedHashMap<>();
        String marker = null;
        try {
            for (int pages = 0; ; pages++) {
                if (pages == 1000) {
                    throw new TagLookupException("IAM " + operation + ": too many pages", null);
                }
                Page page = call.fetch(marker);
                page.tags().forEach(t -> tags.put(t.key(), t.value()));
                if (!Boolean.TRUE.equals(page.truncated())) {
                    return Map.copyOf(tags);
                }
                if (page.marker() == null || page.marker().isEmpty() || page.marker().equals(marker)) {
                    throw new TagLookupException("IAM " + operation + ": truncated page without a new marker", null);
                }
                marker = page.marker();
            }
        } catch (SdkException e) {
            throw new TagLookupException("IAM " + operation + " failed: " + ThrottleRetry.describe(e), e);
        }
    }
}
