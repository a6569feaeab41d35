package dev.veil.cdk;

import static dev.veil.cdk.ObjectLambdaStackTest.assertStatement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;

/**
 * The function-URL front (src/test/resources/function-url.json, switched by context
 * {@code veil:front}), with the key in an existing SSM SecureString parameter.
 */
class FunctionUrlStackTest {
    private final Synthesized s = Synthesized.functionUrl();

    @Test
    void contextSwitchesTheFrontDoorToAnIamAuthenticatedUrlOnTheAlias() {
        assertTrue(s.resources("AWS::S3ObjectLambda::AccessPoint").isEmpty());
        assertTrue(s.resources("AWS::S3::AccessPoint").isEmpty());
        s.assertions().hasResourceProperties("AWS::Lambda::Url", Map.of("AuthType", "AWS_IAM", "Qualifier", "live",
                "TargetFunctionArn", Map.of("Fn::GetAtt", List.of(s.logicalId("AWS::Lambda::Function", "VeilFunction"), "Arn"))));
        s.assertions().hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Handler", "dev.veil.lambda.FunctionUrlHandler::handleRequest", "Runtime", "java21",
                "Architectures", List.of("arm64"), "Timeout", 60, "MemorySize", 1024,
                "SnapStart", Map.of("ApplyOn", "PublishedVersions")));
    }

    @Test
    void resultsGoToAnEncryptedPrefixThatExpiresAfterADay() {
        String output = s.logicalId("AWS::S3::Bucket", "StorageOutput");
        var props = (Map<?, ?>) s.resources("AWS::S3::Bucket").get(output).get("Properties");
        assertEquals(Map.of("Rules", List.of(Map.of("Id", "expire-results-after-a-day", "Prefix", "veil-results/",
                "ExpirationInDays", 1, "AbortIncompleteMultipartUpload", Map.of("DaysAfterInitiation", 1),
                "Status", "Enabled"))), props.get("LifecycleConfiguration"));
        assertEquals(Map.of("ServerSideEncryptionConfiguration", List.of(Map.of("BucketKeyEnabled", true,
                "ServerSideEncryptionByDefault", Map.of("SSEAlgorithm", "aws:kms",
                        "KMSMasterKeyID", "${" + s.logicalId("AWS::KMS::Key", "StorageKey") + ".Arn}")))),
                Rendered.of(props.get("BucketEncryption")));
    }

    @Test
    void environmentCarriesThePolicyAndWhereResultsGo() {
        var env = Rendered.of(s.only("AWS::Lambda::Function").get("Environment"));
        assertEquals(Map.of("Variables", Map.of(
                "VEIL_KEY_SSM_PARAMETER", "/veil/token-key",
                "VEIL_COMPREHEND", "off",
                "VEIL_TAG_CACHE_SECONDS", "300",
                "VEIL_OUTPUT_BUCKET", "${" + s.logicalId("AWS::S3::Bucket", "StorageOutput") + "}",
                "VEIL_OUTPUT_PREFIX", "veil-results/",
                "VEIL_POLICY", "{\"mode\":\"deny\",\"style\":\"mask\",\"callers\":["
                        + "{\"principal\":\"arn:aws:iam::111111111111:role/analyst*\",\"mode\":\"redact\"},"
                        + "{\"principal\":\"arn:aws:iam::111111111111:role/data-science\",\"mode\":\"tokenise\"}],"
                        + "\"read\":[{\"principal\":\"arn:aws:iam::111111111111:role/analyst*\",\"buckets\":[\"*\"]},"
                        + "{\"principal\":\"arn:aws:iam::111111111111:role/data-science\",\"buckets\":[\"*\"]}]}")), env);
    }

    @Test
    void functionRoleReadsDataWritesResultsAndReadsTheKeyParameterOnly() {
        var st = Policies.ofRole(s, "VeilRole");
        String data = s.logicalId("AWS::S3::Bucket", "StorageData");
        String output = s.logicalId("AWS::S3::Bucket", "StorageOutput");
        assertEquals(List.of("WriteOwnLogGroup", "#1", "ReadDataObjects", "WriteAndShareResults", "DataAndResultsKeyThroughS3",
                "ReadTokenKeyParameter", "DecryptTokenKeyParameter"), List.copyOf(st.keySet()));
        assertStatement(st.get("ReadDataObjects"), List.of("s3:GetObject", "s3:GetObjectVersion"),
                List.of("${" + data + ".Arn}/*"), null);
        assertStatement(st.get("WriteAndShareResults"), List.of("s3:PutObject", "s3:GetObject"),
                List.of("${" + output + ".Arn}/veil-results/*"), null);
        assertStatement(st.get("DataAndResultsKeyThroughS3"), List.of("kms:Decrypt", "kms:GenerateDataKey"),
                List.of("${" + s.logicalId("AWS::KMS::Key", "StorageKey") + ".Arn}"),
                Map.of("StringEquals", Map.of("kms:ViaService", "s3.${AWS::Region}.amazonaws.com")));
        assertStatement(st.get("ReadTokenKeyParameter"), List.of("ssm:GetParameter"),
                List.of("arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/veil/token-key"), null);
        assertStatement(st.get("DecryptTokenKeyParameter"), List.of("kms:Decrypt"),
                List.of("arn:aws:kms:eu-west-1:111111111111:key/0b7e8c3a-1f2d-4c5b-9a8e-7d6c5b4a3f21"),
                Map.of("StringEquals", Map.of("kms:ViaService", "ssm.${AWS::Region}.amazonaws.com")));
        assertTrue(s.resources("AWS::SecretsManager::Secret").isEmpty());
        assertTrue(s.resources("AWS::DynamoDB::Table").isEmpty());
    }

    @Test
    void callerPolicyAllowsTheUrlButNoDirectInvocation() {
        var st = Policies.bySid(s.only("AWS::IAM::ManagedPolicy").get("PolicyDocument"));
        String alias = "${" + s.logicalId("AWS::Lambda::Alias", "VeilAlias") + "}";
        assertEquals(List.of("InvokeVeilUrl", "InvokeVeilOnlyThroughUrl"), List.copyOf(st.keySet()));
        assertStatement(st.get("InvokeVeilUrl"), List.of("lambda:InvokeFunctionUrl"), List.of(alias),
                Map.of("StringEquals", Map.of("lambda:FunctionUrlAuthType", "AWS_IAM")));
        assertStatement(st.get("InvokeVeilOnlyThroughUrl"), List.of("lambda:InvokeFunction"), List.of(alias),
                Map.of("Bool", Map.of("lambda:InvokedViaFunctionUrl", "true")));
    }

    @Test
    void audiencesCannotReadTheDataBucketDirectly() {
        String bucket = s.logicalId("AWS::S3::Bucket", "StorageData");
        var policy = s.resources("AWS::S3::BucketPolicy").get(s.logicalId("AWS::S3::BucketPolicy", "StorageDataPolicy"));
        var deny = Policies.bySid(((Map<?, ?>) policy.get("Properties")).get("PolicyDocument")).get("AudiencesReadOnlyThroughVeil");
        assertEquals("Deny", deny.get("Effect"));
        assertStatement(deny, List.of("s3:GetObject", "s3:GetObjectVersion"), List.of("${" + bucket + ".Arn}/*"),
                Map.of("ArnLike", Map.of("aws:PrincipalArn", List.of("arn:aws:iam::111111111111:role/analyst*",
                        "arn:aws:iam::111111111111:role/data-science"))));
    }

    @Test
    void outputsGiveTheUrlAndTheCallerPolicy() {
        s.assertions().hasOutput("Url", Map.of("Value", Map.of("Fn::GetAtt",
                List.of(s.logicalId("AWS::Lambda::Url", "VeilAliasFunctionUrl"), "FunctionUrl"))));
        assertTrue(s.assertions().findOutputs("*", Match.anyValue()).keySet()
                .containsAll(List.of("CallerPolicy", "OutputBucket", "FunctionAlias", "AlarmTopic")));
    }
}
