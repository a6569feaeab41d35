package dev.veil.cdk;

import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.ObjectLockRetention;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.amazon.awscdk.services.s3.StorageClass;
import software.amazon.awscdk.services.s3.Transition;
import software.constructs.Construct;

/**
 * Where the data lives: the stack's customer KMS key, the access-log bucket (Object Lock in
 * compliance mode, so nobody, the account root included, can rewrite who read what), and the
 * data bucket (created hardened, or an existing one taken by name).
 */
final class DataStorage extends Construct {
    /** The stack's customer key: data bucket (when created), results, vault, alarm topic. */
    final Key key;
    final Bucket accessLogs;
    final IBucket data;
    /** The data bucket's key: {@link #key} for a created bucket, the configured one, or null (SSE-S3). */
    final IKey dataKey;
    /** Whether the stack owns the data bucket (only then can it set its policy and settings). */
    final boolean ownsData;

    DataStorage(Construct scope, String id, VeilConfig config) {
        super(scope, id);
        key = Key.Builder.create(this, "Key")
                .description("Veil: data bucket, results, token vault and alarm topic")
                .enableKeyRotation(true)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        // CloudWatch alarms publish to the encrypted topic; the AWS-managed SNS key cannot allow that.
        key.addToResourcePolicy(PolicyStatement.Builder.create()
                .sid("AllowCloudWatchAlarmsToUseTheTopicKey")
                .effect(Effect.ALLOW)
                .principals(List.of(new ServicePrincipal("cloudwatch.amazonaws.com")))
                .actions(List.of("kms:Decrypt", "kms:GenerateDataKey"))
                .resources(List.of("*")) // in a key policy "*" means this key
                .build());
        accessLogs = Bucket.Builder.create(this, "AccessLogs")
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                // S3 server access logging delivers only to SSE-S3 buckets, not SSE-KMS.
                .encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true)
                .versioned(true)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                .objectLockEnabled(true)
                .objectLockDefaultRetention(ObjectLockRetention.compliance(
                        Duration.days(config.accessLogRetentionDays())))
                .lifecycleRules(List.of(LifecycleRule.builder()
                        .id("archive-then-expire-access-logs")
                        .transitions(List.of(Transition.builder()
                                .storageClass(StorageClass.GLACIER)
                                .transitionAfter(Duration.days(config.accessLogArchiveDays()))
                                .build()))
                        .expiration(Duration.days(config.accessLogExpireDays()))
                        .noncurrentVersionExpiration(Duration.days(config.accessLogExpireDays()))
                        .abortIncompleteMultipartUploadAfter(Duration.days(1))
                        .build()))
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        if (config.dataBucketName() == null) {
            data = Bucket.Builder.create(this, "Data")
                    .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                    .encryption(BucketEncryption.KMS)
                    .encryptionKey(key)
                    .bucketKeyEnabled(true)
                    .enforceSsl(true)
                    .minimumTlsVersion(1.2)
                    .versioned(true)
                    .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                    .serverAccessLogsBucket(accessLogs)
                    .serverAccessLogsPrefix("data/")
                    .lifecycleRules(List.of(LifecycleRule.builder()
                            .id("abort-incomplete-uploads")
                            .abortIncompleteMultipartUploadAfter(Duration.days(7))
                            .build()))
                    .removalPolicy(RemovalPolicy.RETAIN)
                    .build();
            dataKey = key;
            ownsData = true;
        } else {
            data = Bucket.fromBucketName(this, "Data", config.dataBucketName());
            dataKey = config.dataBucketKmsKeyArn() == null ? null
                    : Key.fromKeyArn(this, "DataKey", config.dataBucketKmsKeyArn());
            ownsData = false;
        }
    }

    /** A bucket for results of the function-URL front: expires after a day, encrypted, private. */
    Bucket outputBucket(String prefix) {
        return Bucket.Builder.create(this, "Output")
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .encryption(BucketEncryption.KMS)
                .encryptionKey(key)
                .bucketKeyEnabled(true)
                .enforceSsl(true)
                .minimumTlsVersion(1.2)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                .serverAccessLogsBucket(accessLogs)
                .serverAccessLogsPrefix("output/")
                .lifecycleRules(List.of(LifecycleRule.builder()
                        .id("expire-results-after-a-day")
                        .prefix(prefix)
                        .expiration(Duration.days(1))
                        .abortIncompleteMultipartUploadAfter(Duration.days(1))
                        .build()))
                // Like every bucket here: deleting the stack never deletes objects.
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
    }
}
