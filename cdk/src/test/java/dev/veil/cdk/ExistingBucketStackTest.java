package dev.veil.cdk;

import static dev.veil.cdk.ObjectLambdaStackTest.assertStatement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An existing data bucket with its own KMS key (src/test/resources/existing-bucket.json). */
class ExistingBucketStackTest {
    private static final String KEY = "arn:aws:kms:eu-west-1:111111111111:key/5f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e";
    private static final String SUPPORTING =
            "arn:${AWS::Partition}:s3:${AWS::Region}:${AWS::AccountId}:accesspoint/veilold-supporting";

    private final Synthesized s = Synthesized.existingBucket();

    @Test
    void createsOnlyTheLogBucketAndPutsTheAccessPointOnTheNamedBucket() {
        assertEquals(1, s.resources("AWS::S3::Bucket").size());
        s.logicalId("AWS::S3::Bucket", "StorageAccessLogs");
        assertEquals(List.of(s.logicalId("AWS::S3::BucketPolicy", "StorageAccessLogsPolicy")),
                List.copyOf(s.resources("AWS::S3::BucketPolicy").keySet()));
        assertEquals("acme-customer-records", s.only("AWS::S3::AccessPoint").get("Bucket"));
        s.assertions().hasOutput("DataBucket", Map.of("Value", "acme-customer-records"));
    }

    @Test
    void functionAndReadersDecryptWithTheBucketsOwnKeyOnlyThroughS3() {
        var viaS3 = Map.of("StringEquals", Map.of("kms:ViaService", "s3.${AWS::Region}.amazonaws.com"));
        var fn = Policies.ofRole(s, "VeilRole");
        assertEquals(List.of("WriteOwnLogGroup", "#1", "WriteTransformedObjects", "DecryptDataThroughS3",
                "ReadTokenKeySecret", "ReadThroughSupportingAccessPoint"), List.copyOf(fn.keySet()));
        assertStatement(fn.get("DecryptDataThroughS3"), List.of("kms:Decrypt"), List.of(KEY), viaS3);
        assertStatement(fn.get("ReadThroughSupportingAccessPoint"), List.of("s3:GetObject", "s3:GetObjectVersion"),
                List.of(SUPPORTING + "/object/*"), null);
        var reader = Policies.bySid(s.only("AWS::IAM::ManagedPolicy").get("PolicyDocument"));
        assertStatement(reader.get("DecryptDataThroughS3"), List.of("kms:Decrypt"), List.of(KEY), viaS3);
    }

    @Test
    void stackKeyGrantsAudiencesNothingWhenItDoesNotEncryptTheData() {
        var key = Policies.bySid(s.only("AWS::KMS::Key").get("KeyPolicy"));
        assertFalse(key.containsKey("AudiencesDecryptThroughS3"), key.keySet().toString());
    }

    @Test
    void rangesOffMeansNoAllowedFeatures() {
        var config = (Map<?, ?>) s.only("AWS::S3ObjectLambda::AccessPoint").get("ObjectLambdaConfiguration");
        assertFalse(config.containsKey("AllowedFeatures") && !((List<?>) config.get("AllowedFeatures")).isEmpty(),
                config.toString());
    }
}
