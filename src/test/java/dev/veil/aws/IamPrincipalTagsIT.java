package dev.veil.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.veil.policy.CachedPrincipalTags;
import dev.veil.policy.Caller;
import dev.veil.policy.TagLookupException;
import dev.veil.transform.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.iam.IamClient;

/** The IAM tag lookup against a local server speaking IAM's Query protocol. */
class IamPrincipalTagsIT {
    private static final Caller SESSION = new Caller("AssumedRole",
            "arn:aws:sts::111122223333:assumed-role/analyst/alice-session", "111122223333", "AROAEXAMPLE:alice-session",
            "ASIAEXAMPLE", "", "Role", "arn:aws:iam::111122223333:role/team/analyst");
    private static final Caller USER = new Caller("IAMUser", "arn:aws:iam::111122223333:user/ops/jdoe",
            "111122223333", "AIDAEXAMPLE", "AKIAEXAMPLE", "jdoe", "", "");

    private FakeIam iam;
    private IamClient client;
    private IamPrincipalTags tags;

    @BeforeEach
    void start() throws Exception {
        iam = new FakeIam();
        client = iam.client();
        tags = new IamPrincipalTags(client);
        iam.roleTags.put("analyst", FakeIam.tags("pii-access", "redacted", "team", "finance"));
        iam.userTags.put("jdoe", FakeIam.tags("pii-access", "full"));
    }

    @AfterEach
    void stop() {
        client.close();
        iam.close();
    }

    @Test
    void readsTheTagsOfTheRoleThatIssuedTheSession() {
        assertEquals(Map.of("pii-access", "redacted", "team", "finance"), tags.tagsOf(SESSION));
        FakeIam.Received r = iam.received.get(0);
        assertEquals("ListRoleTags", r.form().get("Action"));
        assertEquals("analyst", r.form().get("RoleName"), "the last part of the role's path");
        assertEquals("2010-05-08", r.form().get("Version"));
        assertTrue(r.signed(), "SigV4-signed");
    }

    @Test
    void readsTheTagsOfAnIamUser() {
        assertEquals(Map.of("pii-access", "full"), tags.tagsOf(USER));
        assertEquals("ListUserTags", iam.received.get(0).form().get("Action"));
        assertEquals("jdoe", iam.received.get(0).form().get("UserName"));
    }

    @Test
    void followsEveryPage() {
        Map<String, String> many = FakeIam.tags("a", "1", "b", "2", "c", "3", "d", "4", "e", "5");
        iam.roleTags.put("analyst", many);
        iam.pageSize = 2;
        assertEquals(many, tags.tagsOf(SESSION));
        assertEquals(3, iam.received.size());
        assertEquals("m2", iam.received.get(1).form().get("Marker"));
        assertEquals("m4", iam.received.get(2).form().get("Marker"));
    }

    @ParameterizedTest
    @CsvSource({
            "arn:aws:iam::111122223333:role/analyst, analyst",
            "arn:aws:iam::111122223333:role/team/analyst, analyst",
            "arn:aws:iam::111122223333:role/a/b/c/analyst, analyst",
            "arn:aws-cn:iam::111122223333:role/service-role/x-y_z, x-y_z",
    })
    void theRoleNameIsTheLastPartOfTheRoleArnsPath(String arn, String name) {
        assertEquals(name, IamPrincipalTags.roleName(arn));
    }

    @Test
    void aCallerWithNoRoleOrUserHasNoTagsAndCostsNoCall() {
        assertEquals(Map.of(), tags.tagsOf(Caller.of("arn:aws:sts::111122223333:federated-user/bob", "111122223333")));
        assertEquals(0, iam.received.size());
    }

    @Test
    void anUnknownRoleOrUserIsAFailureNotAnEmptyTagSet() {
        iam.roleTags.clear();
        TagLookupException role = assertThrows(TagLookupException.class, () -> tags.tagsOf(SESSION));
        assertTrue(role.getMessage().contains("NoSuchEntity (HTTP 404)"), role.getMessage());
        iam.userTags.clear();
        assertThrows(TagLookupException.class, () -> tags.tagsOf(USER));
    }

    @Test
    void aServiceFailureIsATagLookupException() {
        iam.failWithStatus = 500;
        assertThrows(TagLookupException.class, () -> tags.tagsOf(SESSION));
    }

    @Test
    void theCacheAnswersRepeatsUntilExpiryAndRetriesAfterAFailure() {
        TestClock clock = new TestClock(Instant.parse("2026-11-28T12:00:00Z"));
        CachedPrincipalTags cached = new CachedPrincipalTags(tags, Duration.ofMinutes(5), 100, clock);
        assertEquals("redacted", cached.tagsOf(SESSION).get("pii-access"));
        assertEquals("redacted", cached.tagsOf(SESSION).get("pii-access"));
        assertEquals(1, iam.received.size(), "second answer from the cache");

        iam.roleTags.put("analyst", FakeIam.tags("pii-access", "none"));
        clock.advance(Duration.ofMinutes(5));
        assertEquals("none", cached.tagsOf(SESSION).get("pii-access"), "expired: read again");
        assertEquals(2, iam.received.size());

        iam.failWithStatus = 503;
        assertThrows(TagLookupException.class, () -> cached.tagsOf(USER), "after the SDK's own retries");
        iam.failWithStatus = 0;
        int beforeSuccess = iam.received.size();
        assertEquals("full", cached.tagsOf(USER).get("pii-access"), "the failure was not cached");
        assertEquals(beforeSuccess + 1, iam.received.size());
        cached.tagsOf(USER);
        assertEquals(beforeSuccess + 1, iam.received.size(), "the success was");
    }
}
