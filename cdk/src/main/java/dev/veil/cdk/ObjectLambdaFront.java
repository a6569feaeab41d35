package dev.veil.cdk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.AnyPrincipal;
import software.amazon.awscdk.services.iam.ArnPrincipal;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.IPrincipal;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.PolicyDocument;
import software.amazon.awscdk.services.s3.CfnAccessPoint;
import software.amazon.awscdk.services.s3objectlambda.CfnAccessPointPolicy;
import software.constructs.Construct;

/**
 * The Object Lambda front: a supporting access point on the data bucket and one Object Lambda
 * access point per audience, each with its payload. Only the audience's principals may use its
 * access point (an explicit deny for everyone else, so a broad identity policy cannot widen it),
 * and the supporting access point serves only requests that S3 Object Lambda makes for them.
 */
final class ObjectLambdaFront extends Construct {
    static final List<String> ALLOWED_FEATURES = List.of("GetObject-Range", "GetObject-PartNumber");
    static final List<String> TRANSFORMED_ACTIONS = List.of("GetObject", "HeadObject");
    static final List<String> READ_ACTIONS = List.of("s3-object-lambda:GetObject", "s3-object-lambda:ListBucket");
    private static final ObjectMapper JSON = new ObjectMapper();

    final CfnAccessPoint supporting;
    final String supportingArn;
    final Map<String, software.amazon.awscdk.services.s3objectlambda.CfnAccessPoint> accessPoints = new LinkedHashMap<>();
    final Map<String, ManagedPolicy> readerPolicies = new LinkedHashMap<>();

    ObjectLambdaFront(Construct scope, String id, VeilConfig config, DataStorage storage, VeilFunction fn) {
        super(scope, id);
        Stack stack = Stack.of(this);
        String supportingName = config.namePrefix() + "-supporting";
        supportingArn = stack.formatArn(ArnComponents.builder().service("s3").resource("accesspoint")
                .resourceName(supportingName).build());
        List<IPrincipal> accounts = ResourcePolicies.accounts(config.principalAccounts());
        PolicyDocument supportingPolicy = PolicyDocument.Builder.create().statements(List.of(
                Statements.grant("AudiencesOnlyThroughObjectLambda", Effect.ALLOW, accounts,
                        List.of("s3:GetObject", "s3:GetObjectVersion", "s3:ListBucket"),
                        List.of(supportingArn, supportingArn + "/object/*"),
                        ResourcePolicies.principalsLike(config.allPrincipals(), Statements.calledViaObjectLambda())),
                // HEAD must report the transformed length, so the function reads the object itself
                // after the caller's own HEAD through the presigned URL has been allowed.
                Statements.grant("FunctionReadsForHead", Effect.ALLOW, List.of(new ArnPrincipal(fn.role.getRoleArn())),
                        List.of("s3:GetObject", "s3:GetObjectVersion"),
                        List.of(supportingArn + "/object/*"), Map.of()))).build();
        supporting = CfnAccessPoint.Builder.create(this, "Supporting")
                .name(supportingName)
                .bucket(storage.data.getBucketName())
                .publicAccessBlockConfiguration(CfnAccessPoint.PublicAccessBlockConfigurationProperty.builder()
                        .blockPublicAcls(true).blockPublicPolicy(true).ignorePublicAcls(true)
                        .restrictPublicBuckets(true).build())
                .policy(supportingPolicy)
                .build();
        fn.allow(Statements.allow("ReadThroughSupportingAccessPoint",
                List.of("s3:GetObject", "s3:GetObjectVersion"), List.of(supportingArn + "/object/*")));
        for (Audience audience : config.audiences()) {
            addAudience(config, audience, fn, storage);
        }
    }

    private void addAudience(VeilConfig config, Audience audience, VeilFunction fn, DataStorage storage) {
        Stack stack = Stack.of(this);
        String name = config.namePrefix() + "-" + audience.name();
        String arn = stack.formatArn(ArnComponents.builder().service("s3-object-lambda").resource("accesspoint")
                .resourceName(name).build());
        var ap = software.amazon.awscdk.services.s3objectlambda.CfnAccessPoint.Builder.create(this, "Ap-" + audience.name())
                .name(name)
                .objectLambdaConfiguration(software.amazon.awscdk.services.s3objectlambda.CfnAccessPoint
                        .ObjectLambdaConfigurationProperty.builder()
                        .supportingAccessPoint(supporting.getAttrArn())
                        .cloudWatchMetricsEnabled(true)
                        .allowedFeatures(config.ranges() ? ALLOWED_FEATURES : List.of())
                        .transformationConfigurations(List.of(software.amazon.awscdk.services.s3objectlambda
                                .CfnAccessPoint.TransformationConfigurationProperty.builder()
                                .actions(TRANSFORMED_ACTIONS)
                                // Typed as a JSON object in CloudFormation: a builder here would be
                                // written with a lower-case key that the service rejects.
                                .contentTransformation(Map.of("AwsLambda", Map.of(
                                        "FunctionArn", fn.alias.getFunctionArn(),
                                        "FunctionPayload", payload(audience))))
                                .build()))
                        .build())
                .build();
        List<IPrincipal> accounts = ResourcePolicies.accounts(audience.accounts());
        CfnAccessPointPolicy.Builder.create(this, "Policy-" + audience.name())
                .objectLambdaAccessPoint(ap.getRef())
                .policyDocument(PolicyDocument.Builder.create().statements(List.of(
                        Statements.grant("NamedPrincipalsRead", Effect.ALLOW, accounts, READ_ACTIONS, List.of(arn),
                                ResourcePolicies.principalsLike(audience.principals(), Map.of())),
                        Statements.grant("EveryoneElseDenied", Effect.DENY, List.of(new AnyPrincipal()), READ_ACTIONS,
                                List.of(arn), Map.of("ArnNotLike", Map.of("aws:PrincipalArn", audience.principals())))))
                        .build())
                .build();
        accessPoints.put(audience.name(), ap);
        List<software.amazon.awscdk.services.iam.PolicyStatement> reader = new ArrayList<>(List.of(
                Statements.allow("ReadThroughVeil", READ_ACTIONS, List.of(arn)),
                Statements.allow("SupportingAccessPointViaObjectLambda",
                        List.of("s3:GetObject", "s3:GetObjectVersion", "s3:ListBucket"),
                        List.of(supportingArn, supportingArn + "/object/*"), Statements.calledViaObjectLambda()),
                Statements.allow("InvokeVeilViaObjectLambda", List.of("lambda:InvokeFunction"),
                        List.of(fn.alias.getFunctionArn()), Statements.calledViaObjectLambda())));
        if (storage.dataKey != null) {
            reader.add(Statements.allow("DecryptDataThroughS3", List.of("kms:Decrypt"),
                    List.of(storage.dataKey.getKeyArn()), Statements.viaService("s3")));
        }
        readerPolicies.put(audience.name(), ManagedPolicy.Builder.create(this, "Reader-" + audience.name())
                .description("Attach to the roles of audience " + audience.name() + " (Veil access point " + name + ")")
                .statements(reader)
                .build());
    }

    /** The access-point payload: the audience's mode first, then its other keys in name order. */
    static String payload(Audience audience) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("mode", audience.mode());
        p.putAll(new TreeMap<>(audience.payload()));
        try {
            return JSON.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            throw new ConfigException("audience " + audience.name() + ": the payload cannot be written as JSON");
        }
    }
}
