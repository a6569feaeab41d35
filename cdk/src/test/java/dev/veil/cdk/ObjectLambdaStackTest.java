package dev.veil.cdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;

/** The Object Lambda front with every option on (src/test/resources/object-lambda.json). */
class ObjectLambdaStackTest {
    private static final String ANALYSTS = "arn:aws:iam::111111111111:role/analyst*";
    private static final String AUDITOR = "arn:aws:iam::111111111111:user/auditor";
    private static final String SCIENCE = "arn:aws:iam::111111111111:role/data-science";
    private static final String PARTNERS = "arn:aws:iam::222222222222:role/partner-*";
    private static final String SUPPORTING = "arn:${AWS::Partition}:s3:${AWS::Region}:${AWS::AccountId}:accesspoint/veiltest-supporting";

    private final Synthesized s = Synthesized.objectLambda();

    @Test
    void dataBucketIsPrivateEncryptedWithTheStackKeyVersionedAndLogged() {
        s.assertions().hasResourceProperties("AWS::S3::Bucket", Map.of(
                "PublicAccessBlockConfiguration", Map.of("BlockPublicAcls", true, "BlockPublicPolicy", true,
                        "IgnorePublicAcls", true, "RestrictPublicBuckets", true),
                "BucketEncryption", Map.of("ServerSideEncryptionConfiguration", List.of(Map.of(
                        "BucketKeyEnabled", true,
                        "ServerSideEncryptionByDefault", Map.of("SSEAlgorithm", "aws:kms",
                                "KMSMasterKeyID", Map.of("Fn::GetAtt", List.of(s.logicalId("AWS::KMS::Key", "StorageKey"), "Arn")))))),
                "VersioningConfiguration", Map.of("Status", "Enabled"),
                "LoggingConfiguration", Map.of("DestinationBucketName", Map.of("Ref", s.logicalId("AWS::S3::Bucket", "StorageAccessLogs")),
                        "LogFilePrefix", "data/")));
    }

    @Test
    void everyBucketDeniesRequestsWithoutTls() {
        var buckets = s.resources("AWS::S3::Bucket").keySet();
        var policies = s.resources("AWS::S3::BucketPolicy");
        assertEquals(buckets.size(), policies.size());
        for (String bucket : buckets) {
            var doc = policies.values().stream()
                    .filter(p -> Rendered.of(((Map<?, ?>) p.get("Properties")).get("Bucket")).equals("${" + bucket + "}"))
                    .map(p -> ((Map<?, ?>) p.get("Properties")).get("PolicyDocument")).findFirst().orElseThrow();
            assertTrue(Policies.bySid(doc).values().stream().anyMatch(st -> st.get("Effect").equals("Deny")
                    && st.get("Action").equals("s3:*")
                    && st.get("Condition").equals(Map.of("Bool", Map.of("aws:SecureTransport", "false")))
                    && Policies.resources(st).equals(List.of("${" + bucket + ".Arn}", "${" + bucket + ".Arn}/*"))),
                    bucket + " has no TLS-only statement");
        }
    }

    @Test
    void accessLogsAreLockedInComplianceModeThenArchivedAndExpired() {
        s.assertions().hasResourceProperties("AWS::S3::Bucket", Map.of(
                "ObjectLockEnabled", true,
                "ObjectLockConfiguration", Map.of("ObjectLockEnabled", "Enabled",
                        "Rule", Map.of("DefaultRetention", Map.of("Mode", "COMPLIANCE", "Days", 400))),
                "VersioningConfiguration", Map.of("Status", "Enabled"),
                "BucketEncryption", Map.of("ServerSideEncryptionConfiguration", List.of(Map.of(
                        "ServerSideEncryptionByDefault", Map.of("SSEAlgorithm", "AES256")))),
                "LifecycleConfiguration", Map.of("Rules", List.of(Match.objectLike(Map.of(
                        "Status", "Enabled", "ExpirationInDays", 800,
                        "Transitions", List.of(Map.of("StorageClass", "GLACIER", "TransitionInDays", 30)))))),
                "PublicAccessBlockConfiguration", Map.of("BlockPublicAcls", true, "BlockPublicPolicy", true,
                        "IgnorePublicAcls", true, "RestrictPublicBuckets", true)));
    }

    @Test
    void stackKeyRotatesAndIsKept() {
        s.assertions().hasResource("AWS::KMS::Key", Map.of("Properties", Match.objectLike(Map.of("EnableKeyRotation", true)),
                "DeletionPolicy", "Retain"));
    }

    @Test
    void functionRunsJava21OnArm64WithSnapStartTracingAndItsOwnLogGroup() {
        s.assertions().hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Runtime", "java21", "Architectures", List.of("arm64"), "Timeout", 60, "MemorySize", 3008,
                "Description", "Veil PII filter (object-lambda); key rotated 2026-11-28",
                "Handler", "dev.veil.lambda.ObjectLambdaHandler::handleRequest",
                "SnapStart", Map.of("ApplyOn", "PublishedVersions"),
                "TracingConfig", Map.of("Mode", "Active"),
                "LoggingConfig", Map.of("LogGroup", Map.of("Ref", s.logicalId("AWS::Logs::LogGroup", "VeilLogs")))));
        s.assertions().hasResourceProperties("AWS::Logs::LogGroup", Map.of("RetentionInDays", 180));
        s.assertions().hasResourceProperties("AWS::Lambda::Alias", Map.of("Name", "live",
                "FunctionVersion", Map.of("Fn::GetAtt", List.of(s.logicalId("AWS::Lambda::Version", "VeilFunctionCurrentVersion"), "Version"))));
    }

    @Test
    void environmentNamesWhereSecretsAreButHoldsNone() {
        var env = Rendered.of(s.only("AWS::Lambda::Function").get("Environment"));
        assertEquals(Map.of("Variables", Map.of(
                "VEIL_KEY_SECRET_ID", "${" + s.logicalId("AWS::SecretsManager::Secret", "TokenKey") + "}",
                "VEIL_VAULT_TABLE", "${" + s.logicalId("AWS::DynamoDB::Table", "Vault") + "}",
                "VEIL_COMPREHEND", "on",
                "VEIL_TAG_CACHE_SECONDS", "120")), env);
    }

    @Test
    void functionRoleHoldsExactlyTheStatementsItNeeds() {
        var st = Policies.ofRole(s, "VeilRole");
        String key = "${" + s.logicalId("AWS::KMS::Key", "StorageKey") + ".Arn}";
        assertEquals(List.of("WriteOwnLogGroup", "#1", "WriteTransformedObjects", "DecryptDataThroughS3",
                "ReadTokenKeySecret", "UseTokenVault", "UseTokenVaultKey", "DetectPiiWithComprehend",
                "ReadCallerTags", "ReadThroughSupportingAccessPoint"), List.copyOf(st.keySet()));
        assertStatement(st.get("WriteOwnLogGroup"), List.of("logs:CreateLogStream", "logs:PutLogEvents"),
                List.of("${" + s.logicalId("AWS::Logs::LogGroup", "VeilLogs") + ".Arn}"), null);
        assertStatement(st.get("#1"), List.of("xray:PutTraceSegments", "xray:PutTelemetryRecords"), List.of("*"), null);
        assertStatement(st.get("WriteTransformedObjects"), List.of("s3-object-lambda:WriteGetObjectResponse"), List.of("*"), null);
        assertStatement(st.get("DecryptDataThroughS3"), List.of("kms:Decrypt"), List.of(key),
                Map.of("StringEquals", Map.of("kms:ViaService", "s3.${AWS::Region}.amazonaws.com")));
        assertStatement(st.get("ReadTokenKeySecret"), List.of("secretsmanager:GetSecretValue"),
                List.of("${" + s.logicalId("AWS::SecretsManager::Secret", "TokenKey") + "}"), null);
        assertStatement(st.get("UseTokenVault"), List.of("dynamodb:GetItem", "dynamodb:PutItem"),
                List.of("${" + s.logicalId("AWS::DynamoDB::Table", "Vault") + ".Arn}"), null);
        assertStatement(st.get("UseTokenVaultKey"), List.of("kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey", "kms:DescribeKey"),
                List.of(key), Map.of("StringEquals", Map.of("kms:ViaService", "dynamodb.${AWS::Region}.amazonaws.com")));
        assertStatement(st.get("DetectPiiWithComprehend"),
                List.of("comprehend:DetectPiiEntities", "comprehend:ContainsPiiEntities"), List.of("*"), null);
        assertStatement(st.get("ReadCallerTags"), List.of("iam:ListRoleTags", "iam:ListUserTags"), List.of(
                "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/*", "arn:${AWS::Partition}:iam::${AWS::AccountId}:user/*"), null);
        assertStatement(st.get("ReadThroughSupportingAccessPoint"), List.of("s3:GetObject", "s3:GetObjectVersion"),
                List.of(SUPPORTING + "/object/*"), null);
    }

    @Test
    void oneObjectLambdaAccessPointPerAudienceWithItsPayloadRangesAndMetrics() {
        assertEquals(3, s.resources("AWS::S3ObjectLambda::AccessPoint").size());
        String alias = s.logicalId("AWS::Lambda::Alias", "VeilAlias");
        Map<String, String> payloads = Map.of(
                "veiltest-redacted", "{\"mode\":\"redact\",\"callers\":[{\"tag\":\"pii-access\",\"mode\":\"pass\"}],"
                        + "\"entities\":[\"NAME\",\"EMAIL\"],\"minScore\":0.6,\"style\":\"label\"}",
                "veiltest-tokenised", "{\"mode\":\"tokenise\"}",
                "veiltest-partners", "{\"mode\":\"deny\",\"maxObjectBytes\":10485760,\"unsupported\":\"deny\"}");
        payloads.forEach((name, payload) -> s.assertions().hasResourceProperties("AWS::S3ObjectLambda::AccessPoint", Map.of(
                "Name", name,
                "ObjectLambdaConfiguration", Map.of(
                        "SupportingAccessPoint", Map.of("Fn::GetAtt", List.of(s.logicalId("AWS::S3::AccessPoint", "ObjectLambdaSupporting"), "Arn")),
                        "CloudWatchMetricsEnabled", true,
                        "AllowedFeatures", List.of("GetObject-Range", "GetObject-PartNumber"),
                        "TransformationConfigurations", List.of(Map.of(
                                "Actions", List.of("GetObject", "HeadObject"),
                                "ContentTransformation", Map.of("AwsLambda", Map.of(
                                        "FunctionArn", Map.of("Ref", alias), "FunctionPayload", payload))))))));
    }

    @Test
    void onlyTheNamedPrincipalsMayUseEachAudiencesAccessPoint() {
        Map<String, List<String>> principals = Map.of("redacted", List.of(ANALYSTS, AUDITOR),
                "tokenised", List.of(SCIENCE), "partners", List.of(PARTNERS));
        Map<String, List<Object>> accounts = Map.of("redacted", List.of("arn:${AWS::Partition}:iam::111111111111:root"),
                "tokenised", List.of("arn:${AWS::Partition}:iam::111111111111:root"),
                "partners", List.of("arn:${AWS::Partition}:iam::222222222222:root"));
        principals.forEach((audience, arns) -> {
            var props = s.resources("AWS::S3ObjectLambda::AccessPointPolicy").get(
                    s.logicalId("AWS::S3ObjectLambda::AccessPointPolicy", "ObjectLambdaPolicy" + audience));
            var st = Policies.bySid(((Map<?, ?>) props.get("Properties")).get("PolicyDocument"));
            String arn = "arn:${AWS::Partition}:s3-object-lambda:${AWS::Region}:${AWS::AccountId}:accesspoint/veiltest-" + audience;
            var allow = st.get("NamedPrincipalsRead");
            assertEquals("Allow", allow.get("Effect"));
            assertEquals(Map.of("AWS", accounts.get(audience).size() == 1 ? accounts.get(audience).get(0) : accounts.get(audience)),
                    allow.get("Principal"));
            assertStatement(allow, List.of("s3-object-lambda:GetObject", "s3-object-lambda:ListBucket"), List.of(arn),
                    Map.of("ArnLike", Map.of("aws:PrincipalArn", arns)));
            var deny = st.get("EveryoneElseDenied");
            assertEquals("Deny", deny.get("Effect"));
            assertEquals(Map.of("AWS", "*"), deny.get("Principal"));
            assertStatement(deny, List.of("s3-object-lambda:GetObject", "s3-object-lambda:ListBucket"), List.of(arn),
                    Map.of("ArnNotLike", Map.of("aws:PrincipalArn", arns)));
        });
    }

    @Test
    void supportingAccessPointServesAudiencesOnlyThroughObjectLambda() {
        var ap = s.only("AWS::S3::AccessPoint");
        assertEquals("veiltest-supporting", ap.get("Name"));
        var st = Policies.bySid(ap.get("Policy"));
        assertStatement(st.get("AudiencesOnlyThroughObjectLambda"), List.of("s3:GetObject", "s3:GetObjectVersion", "s3:ListBucket"),
                List.of(SUPPORTING, SUPPORTING + "/object/*"), Map.of(
                        "ForAnyValue:StringEquals", Map.of("aws:CalledVia", List.of("s3-object-lambda.amazonaws.com")),
                        "ArnLike", Map.of("aws:PrincipalArn", List.of(ANALYSTS, AUDITOR, SCIENCE, PARTNERS))));
        assertStatement(st.get("FunctionReadsForHead"), List.of("s3:GetObject", "s3:GetObjectVersion"),
                List.of(SUPPORTING + "/object/*"), null);
        assertEquals(Map.of("AWS", "${" + s.logicalId("AWS::IAM::Role", "VeilRole") + ".Arn}"),
                st.get("FunctionReadsForHead").get("Principal"));
    }

    @Test
    void dataBucketDelegatesToAccessPointsAndDeniesAudiencesDirectReads() {
        String bucket = s.logicalId("AWS::S3::Bucket", "StorageData");
        var policy = s.resources("AWS::S3::BucketPolicy").get(s.logicalId("AWS::S3::BucketPolicy", "StorageDataPolicy"));
        var st = Policies.bySid(((Map<?, ?>) policy.get("Properties")).get("PolicyDocument"));
        assertStatement(st.get("DelegateReadsToOwnAccessPoints"), List.of("s3:GetObject", "s3:GetObjectVersion", "s3:ListBucket"),
                List.of("${" + bucket + ".Arn}", "${" + bucket + ".Arn}/*"),
                Map.of("StringEquals", Map.of("s3:DataAccessPointAccount", "${AWS::AccountId}")));
        var deny = st.get("AudiencesReadOnlyThroughVeil");
        assertEquals("Deny", deny.get("Effect"));
        assertStatement(deny, List.of("s3:GetObject", "s3:GetObjectVersion"), List.of("${" + bucket + ".Arn}/*"), Map.of(
                "ForAllValues:StringNotEquals", Map.of("aws:CalledVia", List.of("s3-object-lambda.amazonaws.com")),
                "ArnLike", Map.of("aws:PrincipalArn", List.of(ANALYSTS, AUDITOR, SCIENCE, PARTNERS))));
    }

    @Test
    void readerPoliciesGrantTheAccessPointTheSupportingPathAndTheFunctionOnlyViaObjectLambda() {
        var p = s.resources("AWS::IAM::ManagedPolicy").get(s.logicalId("AWS::IAM::ManagedPolicy", "ObjectLambdaReaderpartners"));
        var st = Policies.bySid(((Map<?, ?>) p.get("Properties")).get("PolicyDocument"));
        var viaObjectLambda = Map.of("ForAnyValue:StringEquals", Map.of("aws:CalledVia", List.of("s3-object-lambda.amazonaws.com")));
        assertEquals(List.of("ReadThroughVeil", "SupportingAccessPointViaObjectLambda", "InvokeVeilViaObjectLambda",
                "DecryptDataThroughS3"), List.copyOf(st.keySet()));
        assertStatement(st.get("ReadThroughVeil"), List.of("s3-object-lambda:GetObject", "s3-object-lambda:ListBucket"),
                List.of("arn:${AWS::Partition}:s3-object-lambda:${AWS::Region}:${AWS::AccountId}:accesspoint/veiltest-partners"), null);
        assertStatement(st.get("SupportingAccessPointViaObjectLambda"), List.of("s3:GetObject", "s3:GetObjectVersion", "s3:ListBucket"),
                List.of(SUPPORTING, SUPPORTING + "/object/*"), viaObjectLambda);
        assertStatement(st.get("InvokeVeilViaObjectLambda"), List.of("lambda:InvokeFunction"),
                List.of("${" + s.logicalId("AWS::Lambda::Alias", "VeilAlias") + "}"), viaObjectLambda);
    }

    @Test
    void keyLetsAudiencesDecryptOnlyThroughS3AndAlarmsPublish() {
        var st = Policies.bySid(s.only("AWS::KMS::Key").get("KeyPolicy"));
        assertStatement(st.get("AudiencesDecryptThroughS3"), List.of("kms:Decrypt"), List.of("*"), Map.of(
                "StringEquals", Map.of("kms:ViaService", "s3.${AWS::Region}.amazonaws.com"),
                "ArnLike", Map.of("aws:PrincipalArn", List.of(ANALYSTS, AUDITOR, SCIENCE, PARTNERS))));
        assertStatement(st.get("AllowCloudWatchAlarmsToUseTheTopicKey"), List.of("kms:Decrypt", "kms:GenerateDataKey"),
                List.of("*"), null);
        assertEquals(Map.of("Service", "cloudwatch.amazonaws.com"), st.get("AllowCloudWatchAlarmsToUseTheTopicKey").get("Principal"));
    }

    @Test
    void vaultIsKeyedByIdEncryptedRecoverableAndExpires() {
        s.assertions().hasResourceProperties("AWS::DynamoDB::Table", Map.of(
                "KeySchema", List.of(Map.of("AttributeName", "id", "KeyType", "HASH")),
                "AttributeDefinitions", List.of(Map.of("AttributeName", "id", "AttributeType", "S")),
                "BillingMode", "PAY_PER_REQUEST",
                "SSESpecification", Map.of("SSEEnabled", true, "SSEType", "KMS",
                        "KMSMasterKeyId", Map.of("Fn::GetAtt", List.of(s.logicalId("AWS::KMS::Key", "StorageKey"), "Arn"))),
                "PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", true),
                "TimeToLiveSpecification", Map.of("AttributeName", "expiresAt", "Enabled", true)));
    }

    @Test
    void outputsNameEveryAccessPointAndWhatToAttach() {
        var outputs = s.assertions().findOutputs("*", Match.anyValue()).keySet();
        assertTrue(outputs.containsAll(List.of("FunctionAlias", "DataBucket", "AlarmTopic", "TokenKeySecret", "VaultTable",
                "SupportingAccessPoint", "AudienceRedactedArn", "AudienceRedactedAlias", "AudienceRedactedReaderPolicy",
                "AudienceTokenisedArn", "AudienceTokenisedAlias", "AudiencePartnersArn", "AudiencePartnersAlias",
                "AudiencePartnersReaderPolicy")), outputs.toString());
        s.assertions().hasOutput("AudienceRedactedAlias", Map.of("Value",
                Map.of("Fn::GetAtt", List.of(s.logicalId("AWS::S3ObjectLambda::AccessPoint", "ObjectLambdaApredacted"), "Alias.Value"))));
    }

    static void assertStatement(Map<String, Object> statement, List<String> actions, List<String> resources,
                                Map<String, ?> condition) {
        assertEquals(actions, Policies.actions(statement), "actions of " + statement.get("Sid"));
        assertEquals(resources, Policies.resources(statement), "resources of " + statement.get("Sid"));
        assertEquals(condition, statement.get("Condition"), "condition of " + statement.get("Sid"));
    }
}
