package dev.veil.cdk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.dynamodb.TableEncryption;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.constructs.Construct;

/**
 * Veil in one stack: storage, the token key, the optional vault, the function, one front door
 * ({@link Front}), alarms and outputs. The function's role gets one statement per need, each
 * scoped to this stack's resources; see the statement ids in the template.
 */
public final class VeilStack extends Stack {
    final VeilConfig config;
    final DataStorage storage;
    final VeilFunction function;
    final Secret keySecret;
    final Table vault;
    final Bucket output;
    final ObjectLambdaFront objectLambda;
    final FunctionUrlFront functionUrl;
    final VeilAlarms alarms;

    public VeilStack(Construct scope, String id, StackProps props, VeilConfig config, String lambdaZip) {
        super(scope, id, props);
        this.config = config;
        storage = new DataStorage(this, "Storage", config);
        keySecret = config.keySsmParameter() == null ? Secret.Builder.create(this, "TokenKey")
                .description("Veil token key file (veil keygen); put its JSON here after the first deploy")
                // The AWS-managed secretsmanager key: GetSecretValue on this one secret is the only
                // grant needed, and the stack key's policy stays free of Secrets Manager's wildcards.
                .removalPolicy(RemovalPolicy.RETAIN)
                .build() : null;
        vault = config.vault() ? Table.Builder.create(this, "Vault")
                .partitionKey(Attribute.builder().name("id").type(AttributeType.STRING).build())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .encryption(TableEncryption.CUSTOMER_MANAGED)
                .encryptionKey(storage.key)
                .pointInTimeRecoverySpecification(PointInTimeRecoverySpecification.builder()
                        .pointInTimeRecoveryEnabled(true).build())
                .timeToLiveAttribute("expiresAt")
                .removalPolicy(RemovalPolicy.RETAIN)
                .build() : null;
        output = config.front() == Front.FUNCTION_URL ? storage.outputBucket(config.outputPrefix()) : null;
        function = new VeilFunction(this, "Veil", config, lambdaZip, environment());
        grantFunction();
        if (config.front() == Front.OBJECT_LAMBDA) {
            objectLambda = new ObjectLambdaFront(this, "ObjectLambda", config, storage, function);
            functionUrl = null;
        } else {
            objectLambda = null;
            functionUrl = new FunctionUrlFront(this, "FunctionUrl", function);
        }
        if (storage.ownsData) {
            String bucketArn = storage.data.getBucketArn();
            if (config.front() == Front.OBJECT_LAMBDA) {
                storage.data.addToResourcePolicy(ResourcePolicies.delegateToAccessPoints(config, bucketArn));
                storage.key.addToResourcePolicy(ResourcePolicies.audienceDecrypts(config));
            }
            storage.data.addToResourcePolicy(ResourcePolicies.denyDirectReads(config, bucketArn));
        }
        alarms = new VeilAlarms(this, "Alarms", config, storage, function);
        outputs();
        VeilNagSuppressions.apply(this);
    }

    /** What the function reads at start: names and switches, never a secret. */
    private Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        if (keySecret != null) {
            env.put("VEIL_KEY_SECRET_ID", keySecret.getSecretArn());
        } else {
            env.put("VEIL_KEY_SSM_PARAMETER", config.keySsmParameter());
        }
        if (vault != null) {
            env.put("VEIL_VAULT_TABLE", vault.getTableName());
        }
        env.put("VEIL_COMPREHEND", config.comprehend() ? "on" : "off");
        env.put("VEIL_TAG_CACHE_SECONDS", Integer.toString(config.tagCacheSeconds()));
        if (output != null) {
            env.put("VEIL_OUTPUT_BUCKET", output.getBucketName());
            env.put("VEIL_OUTPUT_PREFIX", config.outputPrefix());
            env.put("VEIL_POLICY", FunctionUrlFront.policy(config));
        }
        return env;
    }

    private void grantFunction() {
        String keyArn = storage.key.getKeyArn();
        if (config.front() == Front.OBJECT_LAMBDA) {
            // WriteGetObjectResponse has no resource type: AWS accepts only "*" for it.
            function.allow(Statements.allow("WriteTransformedObjects",
                    List.of("s3-object-lambda:WriteGetObjectResponse"), List.of("*")));
        } else {
            function.allow(Statements.allow("ReadDataObjects", ResourcePolicies.OBJECT_READS,
                    List.of(storage.data.arnForObjects("*"))));
            function.allow(Statements.allow("WriteAndShareResults", List.of("s3:PutObject", "s3:GetObject"),
                    List.of(output.arnForObjects(config.outputPrefix() + "*"))));
            function.allow(Statements.allow("DataAndResultsKeyThroughS3", List.of("kms:Decrypt", "kms:GenerateDataKey"),
                    List.of(keyArn), Statements.viaService("s3")));
        }
        if (storage.dataKey != null && (config.front() == Front.OBJECT_LAMBDA || storage.dataKey != storage.key)) {
            function.allow(Statements.allow("DecryptDataThroughS3", List.of("kms:Decrypt"),
                    List.of(storage.dataKey.getKeyArn()), Statements.viaService("s3")));
        }
        if (keySecret != null) {
            function.allow(Statements.allow("ReadTokenKeySecret", List.of("secretsmanager:GetSecretValue"),
                    List.of(keySecret.getSecretArn())));
        } else {
            String name = config.keySsmParameter().startsWith("/") ? config.keySsmParameter().substring(1)
                    : config.keySsmParameter();
            function.allow(Statements.allow("ReadTokenKeyParameter", List.of("ssm:GetParameter"),
                    List.of(formatArn(ArnComponents.builder().service("ssm").resource("parameter")
                            .resourceName(name).build()))));
            if (config.keySsmKmsKeyArn() != null) {
                function.allow(Statements.allow("DecryptTokenKeyParameter", List.of("kms:Decrypt"),
                        List.of(config.keySsmKmsKeyArn()), Statements.viaService("ssm")));
            }
        }
        if (vault != null) {
            function.allow(Statements.allow("UseTokenVault", List.of("dynamodb:GetItem", "dynamodb:PutItem"),
                    List.of(vault.getTableArn())));
            function.allow(Statements.allow("UseTokenVaultKey",
                    List.of("kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey", "kms:DescribeKey"),
                    List.of(keyArn), Statements.viaService("dynamodb")));
        }
        if (config.comprehend()) {
            // Comprehend's detection actions have no resource type: AWS accepts only "*".
            function.allow(Statements.allow("DetectPiiWithComprehend",
                    List.of("comprehend:DetectPiiEntities", "comprehend:ContainsPiiEntities"), List.of("*")));
        }
        if (config.usesTagRules()) {
            // Tag rules match the caller's role or user; any of this account's may call.
            function.allow(Statements.allow("ReadCallerTags", List.of("iam:ListRoleTags", "iam:ListUserTags"), List.of(
                    formatArn(ArnComponents.builder().service("iam").region("").resource("role").resourceName("*").build()),
                    formatArn(ArnComponents.builder().service("iam").region("").resource("user").resourceName("*").build()))));
        }
    }

    private void outputs() {
        output("FunctionAlias", function.alias.getFunctionArn(), "The live alias every front door calls");
        output("DataBucket", storage.data.getBucketName(), "The bucket Veil reads");
        output("AccessLogBucket", storage.accessLogs.getBucketName(),
                "Server access logs (Object Lock); point an existing data bucket's logging here");
        output("AlarmTopic", alarms.topic.getTopicArn(), "Subscribe here for Veil alarms");
        if (keySecret != null) {
            output("TokenKeySecret", keySecret.getSecretArn(), "Put the veil keygen key file JSON here");
        }
        if (vault != null) {
            output("VaultTable", vault.getTableName(), "DynamoDB token vault");
        }
        if (objectLambda != null) {
            output("SupportingAccessPoint", objectLambda.supporting.getAttrArn(), "Supporting access point");
            objectLambda.accessPoints.forEach((name, ap) -> {
                String id = "Audience" + Character.toUpperCase(name.charAt(0)) + name.substring(1).replace("-", "");
                output(id + "Arn", ap.getAttrArn(), "Object Lambda access point ARN of audience " + name);
                output(id + "Alias", ap.getAttrAliasValue(), "Object Lambda access point alias of audience " + name);
                output(id + "ReaderPolicy", objectLambda.readerPolicies.get(name).getManagedPolicyArn(),
                        "Attach to the roles of audience " + name);
            });
        } else {
            output("Url", functionUrl.url.getUrl(), "The function URL (AWS_IAM auth)");
            output("CallerPolicy", functionUrl.callerPolicy.getManagedPolicyArn(), "Attach to the calling roles");
            output("OutputBucket", output.getBucketName(), "Where large results go (expire after a day)");
        }
    }

    private void output(String id, String value, String description) {
        CfnOutput.Builder.create(this, id).value(value).description(description).build();
    }
}
