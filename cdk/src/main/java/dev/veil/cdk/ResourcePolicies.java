package dev.veil.cdk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.services.iam.AccountPrincipal;
import software.amazon.awscdk.services.iam.AccountRootPrincipal;
import software.amazon.awscdk.services.iam.AnyPrincipal;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.IPrincipal;
import software.amazon.awscdk.services.iam.PolicyStatement;

/**
 * Resource-policy statements on the data bucket and its key. Principal ARNs with globs cannot be
 * policy principals, so statements name the accounts and match the ARNs with
 * {@code ArnLike aws:PrincipalArn}.
 */
final class ResourcePolicies {
    static final List<String> OBJECT_READS = List.of("s3:GetObject", "s3:GetObjectVersion");

    private ResourcePolicies() {
    }

    static List<IPrincipal> accounts(Collection<String> accountIds) {
        List<IPrincipal> out = new ArrayList<>();
        accountIds.forEach(a -> out.add(new AccountPrincipal(a)));
        return out;
    }

    /** {@code extra} plus {@code ArnLike aws:PrincipalArn} for {@code principals}. */
    static Map<String, Object> principalsLike(List<String> principals, Map<String, Object> extra) {
        Map<String, Object> c = new LinkedHashMap<>(extra);
        c.put("ArnLike", Map.of("aws:PrincipalArn", principals));
        return c;
    }

    /**
     * The data bucket hands access control to its access points (AWS's delegation pattern): reads
     * are allowed when they come through an access point of this account, whose policy decides.
     */
    static PolicyStatement delegateToAccessPoints(VeilConfig config, String bucketArn) {
        List<IPrincipal> principals = new ArrayList<>();
        principals.add(new AccountRootPrincipal());
        principals.addAll(accounts(config.principalAccounts()));
        return Statements.grant("DelegateReadsToOwnAccessPoints", Effect.ALLOW, principals,
                List.of("s3:GetObject", "s3:GetObjectVersion", "s3:ListBucket"), List.of(bucketArn, bucketArn + "/*"),
                Map.of("StringEquals", Map.of("s3:DataAccessPointAccount", Aws.ACCOUNT_ID)));
    }

    /**
     * Audience principals never read the original objects directly: only S3 Object Lambda may
     * fetch for them (Object Lambda front), or nothing (function-URL front, where Veil reads).
     */
    static PolicyStatement denyDirectReads(VeilConfig config, String bucketArn) {
        Map<String, Object> conditions = new LinkedHashMap<>();
        if (config.front() == Front.OBJECT_LAMBDA) {
            // ForAllValues over an absent key is true: a direct request has no aws:CalledVia.
            conditions.put("ForAllValues:StringNotEquals", Map.of("aws:CalledVia", List.of(Statements.OBJECT_LAMBDA_SERVICE)));
        }
        return Statements.grant("AudiencesReadOnlyThroughVeil", Effect.DENY, List.of(new AnyPrincipal()), OBJECT_READS,
                List.of(bucketArn + "/*"), principalsLike(config.allPrincipals(), conditions));
    }

    /** Audience principals (any account) may decrypt data objects, only through S3. */
    static PolicyStatement audienceDecrypts(VeilConfig config) {
        List<IPrincipal> principals = new ArrayList<>();
        principals.add(new AccountRootPrincipal());
        principals.addAll(accounts(config.principalAccounts()));
        return Statements.grant("AudiencesDecryptThroughS3", Effect.ALLOW, principals, List.of("kms:Decrypt"),
                List.of("*"), principalsLike(config.allPrincipals(), Statements.viaService("s3")));
    }
}
